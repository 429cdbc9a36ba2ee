import { BadRequestException, GoneException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, EntityTarget, LessThan, ObjectLiteral } from 'typeorm';
import { can, Locale, normaliseUscc, organisationNameKey } from '@crm/domain';
import type { Actor } from '../common/actor';
import { AuditService } from '../common/audit.service';
import { Chamber } from '../chambers/chamber.entity';
import { conflict, fieldErrors, forbidden, notFound } from '../common/errors';
import { msg, translate, vocabularyLabel } from '../common/i18n';
import { searchableNameKeys } from '../common/pinyin';
import { Contact } from '../contacts/contact.entity';
import { insertRecords } from '../database/bulk-insert';
import { addTwinKeys } from '../duplicates/twin-keys';
import { WriteQueue } from '../database/write-queue';
import { EnterpriseStanding } from '../standing/enterprise-standing.service';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Meeting, MeetingChamber, MeetingContact, MeetingEnterprise } from '../meetings/meeting.entity';
import { Membership } from '../memberships/membership.entity';
import { Staff } from '../staff/staff.entity';
import { cellList, findLayout, IMPORT_WRITES, ImportKind, rowValues, SkippedColumn } from './columns';
import { countActions, ImportCounts, KnownRecords, planImport, PreviewRow } from './import-plan';
import { ImportPreview } from './import-preview.entity';
import { MAX_ROWS, readSpreadsheet, tooManyRows } from './spreadsheet';

const PREVIEW_HOURS = 1;

export interface ImportPreviewAnswer {
  id: string;
  kind: ImportKind;
  expiresAt: Date;
  rows: PreviewRow[];
  counts: ImportCounts;
  /** Headed columns the import leaves out (answered by the upload only). */
  skippedColumns?: SkippedColumn[];
}

export interface ImportCommitAnswer {
  counts: ImportCounts;
  /** Records written, per resource (a sign-in sheet also creates enterprises and links the meeting). */
  created: Record<string, number>;
}

/**
 * Spreadsheet import: a preview that writes nothing but itself, then a commit that writes every
 * previewed row in one transaction with an audit event per record.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly standing: EnterpriseStanding,
  ) {}

  async preview(kind: ImportKind, file: Buffer, target: { chamberId?: number; meetingId?: number }, actor: Actor | null, locale: Locale): Promise<ImportPreviewAnswer> {
    this.checkRight(kind, actor);
    await this.checkTarget(kind, target);
    const sheet = await readSpreadsheet(file);
    const layout = findLayout(kind, sheet);
    const data = sheet.slice(layout.headerRow + 1);
    if (data.length > MAX_ROWS) throw tooManyRows();
    const rows = data
      .map((cells, index) => ({ row: layout.headerRow + index + 2, values: rowValues(layout, cells) }))
      .filter((row) => Object.keys(row.values).length > 0);
    if (rows.length === 0) throw new BadRequestException({ message: msg('imports.noRows'), errors: { file: msg('imports.hasNoRows') } });
    const planned = planImport(kind, rows, await this.known(this.dataSource.manager, kind, target));
    const now = new Date();
    const stored: ImportPreview = {
      id: randomUUID(),
      kind,
      chamberId: target.chamberId ?? null,
      meetingId: target.meetingId ?? null,
      preview: planned,
      counts: countActions(planned),
      createdById: actor?.id ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + PREVIEW_HOURS * 3600_000),
      committedAt: null,
    };
    await this.writes.transaction(async (manager) => {
      await manager.delete(ImportPreview, { expiresAt: LessThan(now) });
      await manager.insert(ImportPreview, stored as never);
    });
    return { id: stored.id, kind, expiresAt: stored.expiresAt, rows: readable(planned, locale), counts: stored.counts, skippedColumns: layout.skipped };
  }

  async findPreview(id: string, locale: Locale): Promise<ImportPreviewAnswer> {
    const stored = await this.livePreview(this.dataSource.manager, id);
    return { id: stored.id, kind: stored.kind, expiresAt: stored.expiresAt, rows: readable(stored.preview, locale), counts: stored.counts };
  }

  /** Importing writes records of the kind's resource: the guard let the route through, the table decides the kind. */
  private checkRight(kind: ImportKind, actor: Actor | null): void {
    const { resource, action } = IMPORT_WRITES[kind];
    if (actor && !can(actor, resource, action)) throw forbidden(msg('security.roleMayNot', { role: vocabularyLabel('roles', actor.role), action, resource }));
  }

  async commit(id: string, actor: Actor | null): Promise<ImportCommitAnswer> {
    return this.writes.transaction(async (manager) => {
      const stored = await this.livePreview(manager, id);
      if (stored.committedAt) throw conflict(msg('imports.alreadyCommitted'));
      this.checkRight(stored.kind, actor);
      const target = { chamberId: stored.chamberId ?? undefined, meetingId: stored.meetingId ?? undefined };
      // planned again on what is stored now, so a record made since the preview is matched, not doubled
      const planned = planImport(stored.kind, stored.preview, await this.known(manager, stored.kind, target));
      const created = await this.write(manager, stored.kind, planned, target, actor);
      await manager.update(ImportPreview, id, { committedAt: new Date() });
      return { counts: countActions(planned), created };
    });
  }

  private async livePreview(manager: EntityManager, id: string): Promise<ImportPreview> {
    const stored = await manager.findOne(ImportPreview, { where: { id } });
    if (!stored) throw notFound('importPreview', id);
    if (stored.expiresAt.getTime() < Date.now()) throw new GoneException({ message: msg('imports.expired') });
    return stored;
  }

  private async checkTarget(kind: ImportKind, target: { chamberId?: number; meetingId?: number }): Promise<void> {
    const manager = this.dataSource.manager;
    if (kind === 'attendees') {
      if (!target.meetingId) throw fieldErrors({ meetingId: msg('imports.meetingRequired') });
      if (!(await manager.exists(Meeting, { where: { id: target.meetingId } }))) throw fieldErrors({ meetingId: msg('records.namesNo', { noun: msg('nouns.meeting'), id: target.meetingId }) });
    }
    if (kind === 'memberships' && target.chamberId && !(await manager.exists(Chamber, { where: { id: target.chamberId } }))) {
      throw fieldErrors({ chamberId: msg('records.namesNo', { noun: msg('nouns.chamber'), id: target.chamberId }) });
    }
  }

  /** The stored records this kind of import is matched against. */
  private async known(manager: EntityManager, kind: ImportKind, target: { chamberId?: number }): Promise<KnownRecords> {
    const person = kind === 'contacts' || kind === 'attendees';
    const [enterprises, chambers, contacts, memberships, staff] = await Promise.all([
      manager
        .createQueryBuilder(Enterprise, 'e')
        .select(['e.id AS "id"', 'e.name AS "name"', 'e.uscc AS "uscc"', 'e.aliases AS "aliases"'])
        .getRawMany<{ id: number; name: string; uscc: string | null; aliases: string }>(),
      manager.createQueryBuilder(Chamber, 'c').select(['c.id AS "id"', 'c.name AS "name"']).getRawMany<{ id: number; name: string }>(),
      person
        ? manager
            .createQueryBuilder(Contact, 'c')
            .select(['c.id AS "id"', 'c.name AS "name"', 'c.enterpriseId AS "enterpriseId"', 'c.chamberId AS "chamberId"', 'c.phone AS "phone"', 'c.email AS "email"'])
            .getRawMany<KnownRecords['contacts'][number]>()
        : [],
      kind === 'memberships'
        ? manager.createQueryBuilder(Membership, 'm').select(['m.id AS "id"', 'm.enterpriseId AS "enterpriseId"', 'm.chamberId AS "chamberId"']).getRawMany<KnownRecords['memberships'][number]>()
        : [],
      manager.createQueryBuilder(Staff, 's').select(['s.id AS "id"', 's.name AS "name"', 's.username AS "username"']).getRawMany<KnownRecords['staff'][number]>(),
    ]);
    return {
      enterprises: enterprises.map((row) => ({ ...row, aliases: JSON.parse(row.aliases || '[]') as string[] })),
      chambers,
      contacts,
      memberships,
      staff,
      chamberId: target.chamberId,
    };
  }

  /** Writes the plan: new enterprises first (contacts and memberships point at them), then the kind's own records. */
  private async write(manager: EntityManager, kind: ImportKind, planned: PreviewRow[], target: { meetingId?: number }, actor: Actor | null): Promise<Record<string, number>> {
    const now = new Date();
    const created: Record<string, number> = {};
    const enterpriseOfRow = new Map<number, number>();
    const recordOfRow = new Map<number, number>();

    const newEnterprises = planned.filter((row) =>
      row.action !== 'invalid' && (kind === 'enterprises' ? row.action === 'create' : row.organisation?.resource === 'enterprises' && row.organisation.creates),
    );
    const enterpriseIds = await this.insertAudited(
      manager,
      Enterprise,
      'enterprises',
      newEnterprises.map((row) => this.enterpriseRecord(kind === 'contacts' || kind === 'attendees' ? { name: row.values.organisation } : row.values, now)),
      actor,
    );
    newEnterprises.forEach((row, index) => enterpriseOfRow.set(row.row, enterpriseIds[index]));
    created.enterprises = enterpriseIds.length;
    if (kind === 'enterprises') return created;

    const organisationId = (row: PreviewRow) => row.organisation!.id ?? enterpriseOfRow.get(row.organisation!.row!)!;

    if (kind === 'memberships') {
      const rows = planned.filter((row) => row.action === 'create');
      const ids = await this.insertAudited(
        manager,
        Membership,
        'memberships',
        rows.map((row) => ({ enterpriseId: organisationId(row), chamberId: row.chamberId!, role: row.values.role?.slice(0, 100) ?? null, since: null, createdAt: now, updatedAt: now, deletedAt: null, version: 1 })),
        actor,
      );
      created.memberships = ids.length;
      return created;
    }

    const newContacts = planned.filter((row) => row.action === 'create');
    const contactIds = await this.insertAudited(
      manager,
      Contact,
      'contacts',
      newContacts.map((row) => {
        const atChamber = row.organisation!.resource === 'chambers';
        const name = row.values.name!.slice(0, 100);
        return {
          name,
          ...searchableNameKeys(name),
          title: row.values.title?.slice(0, 100) ?? null,
          enterpriseId: atChamber ? null : organisationId(row),
          chamberId: atChamber ? organisationId(row) : null,
          phone: row.values.phone?.slice(0, 40) ?? null,
          email: row.values.email?.slice(0, 200) ?? null,
          wechat: row.values.wechat?.slice(0, 100) ?? null,
          permission: row.values.permission ?? 'free',
          notes: row.values.notes ?? null,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          version: 1,
        };
      }),
      actor,
    );
    newContacts.forEach((row, index) => recordOfRow.set(row.row, contactIds[index]));
    created.contacts = contactIds.length;
    if (kind === 'attendees') Object.assign(created, await this.addToMeeting(manager, target.meetingId!, planned, recordOfRow, organisationId, actor));
    return created;
  }

  /** The sign-in sheet's people and their organisations join the meeting; the meeting's audit event shows the lists before and after. */
  private async addToMeeting(
    manager: EntityManager,
    meetingId: number,
    planned: PreviewRow[],
    contactOfRow: Map<number, number>,
    organisationId: (row: PreviewRow) => number,
    actor: Actor | null,
  ): Promise<Record<string, number>> {
    const present = planned.filter((row) => row.action !== 'invalid');
    const wanted = {
      contacts: present.map((row) => row.matchId ?? contactOfRow.get(row.matchRow ?? row.row)!),
      enterprises: present.filter((row) => row.organisation!.resource === 'enterprises').map(organisationId),
      chambers: present.filter((row) => row.organisation!.resource === 'chambers').map(organisationId),
    };
    const links = [
      { name: 'contacts', table: MeetingContact, column: 'contactId', field: 'contactIds', counted: 'meetingContacts' },
      { name: 'enterprises', table: MeetingEnterprise, column: 'enterpriseId', field: 'enterpriseIds', counted: 'meetingEnterprises' },
      { name: 'chambers', table: MeetingChamber, column: 'chamberId', field: 'chamberIds', counted: 'meetingChambers' },
    ] as const;
    const before: Record<string, number[]> = {};
    const after: Record<string, number[]> = {};
    const added: Record<string, number> = {};
    for (const link of links) {
      const existing = (await manager.find(link.table as EntityTarget<ObjectLiteral>, { where: { meetingId } })).map((row) => row[link.column] as number);
      const adding = [...new Set(wanted[link.name])].filter((id) => !existing.includes(id));
      await insertRecords(manager, link.table as EntityTarget<ObjectLiteral>, adding.map((id) => ({ meetingId, [link.column]: id })));
      before[link.field] = existing;
      after[link.field] = [...existing, ...adding].sort((a, b) => a - b);
      added[link.counted] = adding.length;
    }
    if (Object.values(added).some(Boolean)) {
      const meeting = await manager.findOneOrFail(Meeting, { where: { id: meetingId } });
      await manager.update(Meeting, meetingId, { version: meeting.version + 1, updatedAt: new Date() });
      await this.standing.refresh(manager, after.enterpriseIds);
      await this.audit.record(manager, { actor, resource: 'meetings', recordId: meetingId, action: 'update', before: { ...meeting, ...before }, after: { ...meeting, version: meeting.version + 1, ...after } });
    }
    return added;
  }

  private enterpriseRecord(values: PreviewRow['values'], now: Date): Partial<Enterprise> {
    const name = values.name!.slice(0, 200);
    const aliases = cellList(values.aliases ?? '')
      .map((alias) => alias.slice(0, 200))
      .filter((alias) => organisationNameKey(alias) !== organisationNameKey(name));
    return {
      name,
      ...searchableNameKeys(name),
      uscc: values.uscc ? normaliseUscc(values.uscc) : null,
      aliases: [...new Set(aliases)].slice(0, 20),
      industry: values.industry?.slice(0, 100) ?? null,
      ownership: (values.ownership as Enterprise['ownership']) ?? null,
      size: (values.size as Enterprise['size']) ?? null,
      city: values.city?.slice(0, 60) ?? null,
      address: values.address?.slice(0, 300) ?? null,
      website: values.website?.slice(0, 300) ?? null,
      tier: (values.tier as Enterprise['tier']) ?? 'general',
      ownerId: values.ownerId ?? null,
      notes: values.notes ?? null,
      relationshipStage: 'prospect',
      lastContactDate: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      version: 1,
    };
  }

  /** Inserts records in statements of many rows, each with its audit event; answers their ids in order. */
  private async insertAudited(manager: EntityManager, target: EntityTarget<ObjectLiteral>, resource: string, records: ObjectLiteral[], actor: Actor | null): Promise<number[]> {
    const ids = await insertRecords(manager, target, records);
    // what a twin check finds the new records under (duplicates/twin-keys.ts)
    if (resource === 'enterprises' || resource === 'contacts') await addTwinKeys(manager, resource, records.map((record, index) => ({ ...record, id: ids[index] })));
    await this.audit.recordMany(
      manager,
      actor,
      records.map((record, index) => ({ resource, recordId: ids[index], action: 'create', before: null, after: { id: ids[index], ...record } })),
    );
    return ids;
  }
}

/** The rows with their reasons in the reader's language. */
function readable(rows: PreviewRow[], locale: Locale): PreviewRow[] {
  return rows.map((row) => (row.errors ? { ...row, errors: Object.fromEntries(Object.entries(row.errors).map(([field, problem]) => [field, translate(problem, locale)])) } : row));
}
