import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { academicYearOf, type RowFacts } from '@crm/domain';
import { Chamber } from '../chambers/chamber.entity';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { fieldErrors, FieldProblems, RecordNoun } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { FULL_TEXT } from '../database/full-text';
import { insertRecords } from '../database/bulk-insert';
import { Contact } from '../contacts/contact.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Staff } from '../staff/staff.entity';
import { Major } from '../majors/major.entity';
import {
  Meeting,
  MeetingChamber,
  MeetingContact,
  MeetingEnterprise,
  MeetingMajor,
  MeetingStaff,
} from './meeting.entity';
import { msg } from '../common/i18n';
import { UpdateMeetingBody } from './meeting.dto';

/** Each list of ids on a meeting, its link table, the column there and what it names. */
const LINKS = [
  { field: 'staffIds', table: MeetingStaff, column: 'staffId', target: Staff, label: 'staffMember' },
  { field: 'contactIds', table: MeetingContact, column: 'contactId', target: Contact, label: 'contact' },
  { field: 'enterpriseIds', table: MeetingEnterprise, column: 'enterpriseId', target: Enterprise, label: 'enterprise' },
  { field: 'chamberIds', table: MeetingChamber, column: 'chamberId', target: Chamber, label: 'chamber' },
  { field: 'majorIds', table: MeetingMajor, column: 'majorId', target: Major, label: 'major' },
] as const satisfies readonly {
  field: string;
  table: EntityTarget<ObjectLiteral>;
  column: string;
  target: EntityTarget<ObjectLiteral>;
  label: RecordNoun;
}[];

type LinkField = (typeof LINKS)[number]['field'];
/** What only a visit made to an enterprise (访企拓岗) records. */
const VISIT_FIELDS = ['positionsOffered', 'internsWanted', 'graduatesWanted'] as const;

export type MeetingRecord = Meeting &
  Record<LinkField, number[]> & { followUpMeetingIds: number[]; outcomeIds: number[] };

@Injectable()
export class MeetingsService extends CrudService<Meeting, MeetingRecord> {
  readonly resource = 'meetings';
  protected readonly spec: ListSpec = {
    fields: {
      title: 'string',
      kind: 'string',
      startsAt: 'datetime',
      academicYear: 'string',
      location: 'string',
      chairId: 'id',
      followsMeetingId: 'id',
    },
    // the columns of its full-text index
    search: [...FULL_TEXT.meetings],
    relations: {
      staffIds: through('meeting_staff', 'meetingId', 'staffId'),
      contactIds: through('meeting_contacts', 'meetingId', 'contactId'),
      enterpriseIds: through('meeting_enterprises', 'meetingId', 'enterpriseId'),
      chamberIds: through('meeting_chambers', 'meetingId', 'chamberId'),
      majorIds: through('meeting_majors', 'meetingId', 'majorId'),
      // a college's own view: meetings its staff attend or chair (the row rule "attended"), and those its live outcomes came out of
      unitId: (alias, param) => {
        const staffOfUnit = `SELECT "id" FROM "staff" WHERE "unitId" IN (:...${param})`;
        return (
          `("${alias}"."chairId" IN (${staffOfUnit}) OR "${alias}"."id" IN (SELECT "meetingId" FROM "meeting_staff" WHERE "staffId" IN (${staffOfUnit}))` +
          ` OR ${through('outcomes', 'meetingId', 'unitId', { liveOnly: true })(alias, param)})`
        );
      },
    },
    defaultSort: ['startsAt', 'DESC'],
  };
  protected readonly derivedFields = ['academicYear', 'followUpMeetingIds', 'outcomeIds'];
  protected readonly linkFields = LINKS.map((link) => link.field);
  protected readonly parts = LINKS.map((link) => ({ target: link.table, field: 'meetingId' }));

  protected readonly updateBody = UpdateMeetingBody;

  constructor(dependencies: CrudDependencies) {
    super(Meeting, dependencies);
  }

  /** "A meeting it attends": its school attendees and chair, and the units they belong to. */
  protected async rowFacts(manager: EntityManager, meeting: MeetingRecord): Promise<RowFacts> {
    const attendeeIds = [...meeting.staffIds, ...(meeting.chairId ? [meeting.chairId] : [])];
    const attendees = attendeeIds.length
      ? await manager.find(Staff, {
          where: { id: In(attendeeIds) },
          select: { id: true, unitId: true },
          withDeleted: true,
        })
      : [];
    return { id: meeting.id, attendeeIds, attendeeUnitIds: attendees.map((staff) => staff.unitId) };
  }

  protected derive(draft: Meeting): void {
    if (draft.startsAt) draft.academicYear = academicYearOf(draft.startsAt);
  }

  protected async check(
    manager: EntityManager,
    draft: Meeting,
    _before: Meeting | null,
    body: Record<string, unknown>,
  ): Promise<void> {
    const errors: FieldProblems = {};
    if (draft.endsAt && draft.startsAt && draft.endsAt < draft.startsAt)
      errors.endsAt = msg('validation.notBefore', { other: 'startsAt' });
    if (draft.followsMeetingId != null && draft.followsMeetingId === draft.id)
      errors.followsMeetingId = msg('workflow.anotherMeeting');
    if (draft.kind !== 'visit_made') {
      for (const field of VISIT_FIELDS) if (draft[field] != null) errors[field] = msg('workflow.visitOnly');
      const majors = body.majorIds as number[] | undefined;
      if (majors?.length) errors.majorIds = msg('workflow.visitOnly');
    }
    if (Object.keys(errors).length) throw fieldErrors(errors);
  }

  /** Each list of ids must name live records, checked with the chair and the meeting followed up (one query per table). */
  protected listReferences(body: Record<string, unknown>) {
    return LINKS.filter((link) => body[link.field]).map((link) => ({
      field: link.field,
      target: link.target,
      noun: link.label,
      ids: body[link.field] as number[],
    }));
  }

  /** Replaces each list of ids the body carries; a list left out stays as it was. */
  protected async afterWrite(
    manager: EntityManager,
    meeting: Meeting,
    body: Record<string, unknown>,
    before: Meeting | null,
  ): Promise<void> {
    for (const link of LINKS) {
      const ids = body[link.field] as number[] | undefined;
      if (!ids) continue;
      // eslint-disable-next-line no-restricted-syntax -- the meeting's link rows, written by its afterWrite hook inside the pipeline
      if (before) await manager.delete(link.table, { meetingId: meeting.id });
      const rows = [...new Set(ids)].map((id) => ({ meetingId: meeting.id, [link.column]: id }));
      // eslint-disable-next-line no-restricted-syntax -- the meeting's link rows, written by its afterWrite hook inside the pipeline
      await insertRecords(manager, link.table, rows);
    }
  }

  /** A new meeting's lists are the body's (in id order, as read back), and nothing follows it up or was born in it yet. */
  protected async presentCreated(meeting: Meeting, body: Record<string, unknown>): Promise<MeetingRecord> {
    const lists = Object.fromEntries(
      LINKS.map((link) => [
        link.field,
        [...new Set((body[link.field] as number[] | undefined) ?? [])].sort((a, b) => a - b),
      ]),
    );
    return Object.assign(meeting, lists, { followUpMeetingIds: [], outcomeIds: [] }) as unknown as MeetingRecord;
  }

  /** Adds the four lists of ids for a whole page: one query per link table, whatever the page size. */
  protected async present(meetings: Meeting[], manager: EntityManager): Promise<MeetingRecord[]> {
    const ids = meetings.map((meeting) => meeting.id);
    const records = meetings.map(
      (meeting) =>
        Object.assign(meeting, {
          staffIds: [],
          contactIds: [],
          enterpriseIds: [],
          chamberIds: [],
          majorIds: [],
          followUpMeetingIds: [],
          outcomeIds: [],
        }) as MeetingRecord,
    );
    if (ids.length === 0) return records;
    const byId = new Map(records.map((record) => [record.id, record]));
    // every list of ids in one statement, whatever the page size: the link tables, then where the
    // meeting led (the meetings that follow it up and the outcomes born in it)
    const table = (target: EntityTarget<ObjectLiteral>) => manager.connection.getMetadata(target).tableName;
    const parts = [
      ...LINKS.map(
        (link) =>
          `SELECT '${link.field}' AS "field", "meetingId", "${link.column}" AS "id" FROM "${table(link.table)}" WHERE "meetingId" IN (:...ids)`,
      ),
      `SELECT 'followUpMeetingIds' AS "field", "followsMeetingId" AS "meetingId", "id" FROM "meetings" WHERE "followsMeetingId" IN (:...ids) AND "deletedAt" IS NULL`,
      `SELECT 'outcomeIds' AS "field", "meetingId", "id" FROM "outcomes" WHERE "meetingId" IN (:...ids) AND "deletedAt" IS NULL`,
    ];
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      `${parts.join(' UNION ALL ')} ORDER BY "id"`,
      { ids },
    );
    const rows: { field: keyof MeetingRecord; meetingId: number; id: number }[] = await manager.query(sql, parameters);
    for (const row of rows) (byId.get(Number(row.meetingId))![row.field] as number[]).push(Number(row.id));
    return records;
  }
}
