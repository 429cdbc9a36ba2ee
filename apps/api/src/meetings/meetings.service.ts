import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { academicYearOf, type RowFacts } from '@crm/domain';
import { Chamber } from '../chambers/chamber.entity';
import { CrudDependencies, CrudService, Dependent, Reference } from '../common/crud.service';
import { fieldErrors, FieldProblems, RecordNoun } from '../common/errors';
import { ListSpec, through } from '../common/list-query';
import { FULL_TEXT } from '../database/full-text';
import { Contact } from '../contacts/contact.entity';
import { EnterpriseStanding } from '../enterprises/enterprise-standing.service';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { Task } from '../tasks/task.entity';
import { Major } from '../majors/major.entity';
import { Meeting, MeetingChamber, MeetingContact, MeetingEnterprise, MeetingMajor, MeetingStaff } from './meeting.entity';
import { msg } from '../common/i18n';

/** Each list of ids on a meeting, its link table, the column there and what it names. */
const LINKS = [
  { field: 'staffIds', table: MeetingStaff, column: 'staffId', target: Staff, label: 'staffMember' },
  { field: 'contactIds', table: MeetingContact, column: 'contactId', target: Contact, label: 'contact' },
  { field: 'enterpriseIds', table: MeetingEnterprise, column: 'enterpriseId', target: Enterprise, label: 'enterprise' },
  { field: 'chamberIds', table: MeetingChamber, column: 'chamberId', target: Chamber, label: 'chamber' },
  { field: 'majorIds', table: MeetingMajor, column: 'majorId', target: Major, label: 'major' },
] as const satisfies readonly { field: string; table: EntityTarget<ObjectLiteral>; column: string; target: EntityTarget<ObjectLiteral>; label: RecordNoun }[];

type LinkField = (typeof LINKS)[number]['field'];
/** What only a visit made to an enterprise (访企拓岗) records. */
const VISIT_FIELDS = ['positionsOffered', 'internsWanted', 'graduatesWanted'] as const;

export type MeetingRecord = Meeting & Record<LinkField, number[]> & { followUpMeetingIds: number[]; outcomeIds: number[] };

@Injectable()
export class MeetingsService extends CrudService<Meeting, MeetingRecord> {
  readonly resource = 'meetings';
  readonly noun = 'meeting';
  protected readonly spec: ListSpec = {
    fields: { title: 'string', kind: 'string', startsAt: 'datetime', academicYear: 'string', location: 'string', chairId: 'id', followsMeetingId: 'id' },
    // the columns of its full-text index
    search: [...FULL_TEXT.meetings],
    relations: {
      staffIds: through('meeting_staff', 'meetingId', 'staffId'),
      contactIds: through('meeting_contacts', 'meetingId', 'contactId'),
      enterpriseIds: through('meeting_enterprises', 'meetingId', 'enterpriseId'),
      chamberIds: through('meeting_chambers', 'meetingId', 'chamberId'),
      majorIds: through('meeting_majors', 'meetingId', 'majorId'),
    },
    defaultSort: ['startsAt', 'DESC'],
  };
  protected readonly references: Reference[] = [
    { field: 'chairId', target: Staff, label: 'staffMember' },
    { field: 'followsMeetingId', target: Meeting, label: 'meeting' },
  ];
  protected readonly dependents: Dependent[] = [
    { target: Task, field: 'meetingId', label: 'followUpTasks' },
    { target: Outcome, field: 'meetingId', label: 'outcomes' },
    { target: Meeting, field: 'followsMeetingId', label: 'followUpMeetings' },
  ];
  protected readonly derivedFields = ['academicYear', 'followUpMeetingIds', 'outcomeIds'];
  protected readonly linkFields = LINKS.map((link) => link.field);
  protected readonly parts = LINKS.map((link) => ({ target: link.table, field: 'meetingId' }));

  constructor(
    dependencies: CrudDependencies,
    private readonly standing: EnterpriseStanding,
  ) {
    super(Meeting, dependencies);
  }

  /** "A meeting it attends": its school attendees and chair, and the units they belong to. */
  protected async rowFacts(manager: EntityManager, meeting: MeetingRecord): Promise<RowFacts> {
    const attendeeIds = [...meeting.staffIds, ...(meeting.chairId ? [meeting.chairId] : [])];
    const attendees = attendeeIds.length ? await manager.find(Staff, { where: { id: In(attendeeIds) }, select: { id: true, unitId: true }, withDeleted: true }) : [];
    return { id: meeting.id, attendeeIds, attendeeUnitIds: attendees.map((staff) => staff.unitId) };
  }

  protected derive(draft: Meeting): void {
    if (draft.startsAt) draft.academicYear = academicYearOf(draft.startsAt);
  }

  protected async check(manager: EntityManager, draft: Meeting, _before: Meeting | null, body: Record<string, unknown>): Promise<void> {
    const errors: FieldProblems = {};
    if (draft.endsAt && draft.startsAt && draft.endsAt < draft.startsAt) errors.endsAt = msg('validation.notBefore', { other: 'startsAt' });
    if (draft.followsMeetingId != null && draft.followsMeetingId === draft.id) errors.followsMeetingId = msg('workflow.anotherMeeting');
    if (draft.kind !== 'visit_made') {
      for (const field of VISIT_FIELDS) if (draft[field] != null) errors[field] = msg('workflow.visitOnly');
      const majors = body.majorIds as number[] | undefined;
      if (majors?.length) errors.majorIds = msg('workflow.visitOnly');
    }
    for (const link of LINKS) {
      const ids = body[link.field] as number[] | undefined;
      if (!ids) continue;
      const missing = await this.missingIds(manager, link.target, [...new Set(ids)]);
      if (missing.length) errors[link.field] = msg('records.namesNoMany', { noun: msg(`nouns.${link.label}`), ids: missing.join(', ') });
    }
    if (Object.keys(errors).length) throw fieldErrors(errors);
  }

  /** Replaces each list of ids the body carries; a list left out stays as it was. */
  protected async afterWrite(manager: EntityManager, meeting: Meeting, body: Record<string, unknown>, before: Meeting | null): Promise<void> {
    const previousEnterprises = before ? await this.linkedIds(manager, MeetingEnterprise, 'enterpriseId', meeting.id) : [];
    for (const link of LINKS) {
      const ids = body[link.field] as number[] | undefined;
      if (!ids) continue;
      if (before) await manager.delete(link.table, { meetingId: meeting.id });
      const rows = [...new Set(ids)].map((id) => ({ meetingId: meeting.id, [link.column]: id }));
      if (rows.length) await manager.insert(link.table, rows);
    }
    const enterprises = (body.enterpriseIds as number[] | undefined) ?? previousEnterprises;
    if (!before) return this.standing.meetingAdded(manager, enterprises, meeting.startsAt);
    // the date may have moved, so every enterprise present before or now has a new last contact
    await this.standing.refresh(manager, [...previousEnterprises, ...enterprises]);
  }

  protected async afterStatusChange(manager: EntityManager, meeting: Meeting): Promise<void> {
    await this.standing.refresh(manager, await this.linkedIds(manager, MeetingEnterprise, 'enterpriseId', meeting.id));
  }

  private async linkedIds(manager: EntityManager, table: EntityTarget<ObjectLiteral>, column: string, meetingId: number): Promise<number[]> {
    const rows = await manager.find(table, { where: { meetingId } });
    return rows.map((row) => row[column] as number);
  }

  /** Adds the four lists of ids for a whole page: one query per link table, whatever the page size. */
  protected async present(meetings: Meeting[], manager: EntityManager): Promise<MeetingRecord[]> {
    const ids = meetings.map((meeting) => meeting.id);
    const records = meetings.map(
      (meeting) => Object.assign(meeting, { staffIds: [], contactIds: [], enterpriseIds: [], chamberIds: [], majorIds: [], followUpMeetingIds: [], outcomeIds: [] }) as MeetingRecord,
    );
    if (ids.length === 0) return records;
    const byId = new Map(records.map((record) => [record.id, record]));
    // every list of ids in one statement, whatever the page size: the link tables, then where the
    // meeting led (the meetings that follow it up and the outcomes born in it)
    const table = (target: EntityTarget<ObjectLiteral>) => manager.connection.getMetadata(target).tableName;
    const parts = [
      ...LINKS.map((link) => `SELECT '${link.field}' AS "field", "meetingId", "${link.column}" AS "id" FROM "${table(link.table)}" WHERE "meetingId" IN (:...ids)`),
      `SELECT 'followUpMeetingIds' AS "field", "followsMeetingId" AS "meetingId", "id" FROM "meetings" WHERE "followsMeetingId" IN (:...ids) AND "deletedAt" IS NULL`,
      `SELECT 'outcomeIds' AS "field", "meetingId", "id" FROM "outcomes" WHERE "meetingId" IN (:...ids) AND "deletedAt" IS NULL`,
    ];
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(`${parts.join(' UNION ALL ')} ORDER BY "id"`, { ids });
    const rows: { field: keyof MeetingRecord; meetingId: number; id: number }[] = await manager.query(sql, parameters);
    for (const row of rows) (byId.get(Number(row.meetingId))![row.field] as number[]).push(Number(row.id));
    return records;
  }
}
