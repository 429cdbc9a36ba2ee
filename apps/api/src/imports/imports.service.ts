import {
  BadRequestException,
  GoneException,
  HttpException,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, EntityTarget, In, IsNull, LessThan, Not, ObjectLiteral } from 'typeorm';
import { can, Locale, organisationNameKey } from '@crm/domain';
import type { Actor } from '../common/actor';
import { Chamber } from '../chambers/chamber.entity';
import type { Refused } from '../common/crud.service';
import { conflict, fieldErrors, forbidden, notFound } from '../common/errors';
import { Message, msg, translate, vocabularyLabel } from '../common/i18n';
import { Contact } from '../contacts/contact.entity';
import { ContactsService } from '../contacts/contacts.service';
import { WriteQueue } from '../database/write-queue';
import { Enterprise } from '../enterprises/enterprise.entity';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { Meeting, MeetingChamber, MeetingContact, MeetingEnterprise } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { Membership } from '../memberships/membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { Staff } from '../staff/staff.entity';
import { TeacherPractice } from '../teacher-practices/teacher-practice.entity';
import { TeacherPracticesService } from '../teacher-practices/teacher-practices.service';
import { cellList, findLayout, IMPORT_WRITES, ImportKind, requiredField, rowValues, SkippedColumn } from './columns';
import { countActions, ImportCounts, KnownRecords, planImport, PreviewRow } from './import-plan';
import { ImportPreview, ImportPreviewRows, WrittenIds } from './import-preview.entity';
import { MAX_ROWS, readSpreadsheet, tooManyRows } from './spreadsheet';

const PREVIEW_HOURS = 1;
/**
 * Rows a commit writes per transaction. Another user's save waits for the chunk being written, so
 * a chunk must be short; each chunk also pays its COMMIT and the bulk insert's trigger set-up. Side
 * by side on 20,000 rows (bench:import, a loaded machine): 500 rows cost 6.5 s of CPU and another
 * create's p99 974 ms; 200 rows 7.8 s and 566 ms. At 200, a bulk insert still fills the search
 * indexes as one set (BULK_ROWS).
 */
export const CHUNK_ROWS = 200;
/** A chunk commits in a write group of its own: another user's save is not made to wait for it (WriteQueue.transaction). */
const ALONE = { alone: true };

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

/** What the rows of a kind write as records of another resource: the enterprises a sheet of people or members names anew. */
const createsEnterprise = (kind: ImportKind) => (row: PreviewRow) =>
  row.action !== 'invalid' &&
  (kind === 'enterprises'
    ? row.action === 'create'
    : row.organisation?.resource === 'enterprises' && !!row.organisation.creates);

/** A body as a form would send it: the fields a row leaves empty are left out. */
const filled = (body: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));

/**
 * Spreadsheet import: a preview that writes nothing but itself, then a commit that writes every
 * previewed row in one transaction. Both go through the resources' write pipeline
 * (CrudService.checkMany and createMany): a row is judged and written as a create through the API
 * would be, by the importer's rights, with its audit event and the change listeners.
 */
@Injectable()
export class ImportsService implements OnApplicationBootstrap, OnModuleDestroy {
  /** How long a commit's claim holds unless a chunk renews it: a chunk takes well under a second. */
  leaseMs = 10_000;
  private readonly services: Record<
    keyof WrittenIds,
    EnterprisesService | ContactsService | MembershipsService | TeacherPracticesService
  >;
  private readonly logger = new Logger(ImportsService.name);
  private sweeper?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly enterprises: EnterprisesService,
    private readonly contacts: ContactsService,
    private readonly memberships: MembershipsService,
    private readonly meetings: MeetingsService,
    private readonly teacherPractices: TeacherPracticesService,
  ) {
    this.services = { enterprises, contacts, memberships, 'teacher-practices': teacherPractices };
  }

  async preview(
    kind: ImportKind,
    file: Buffer,
    target: { chamberId?: number; meetingId?: number },
    actor: Actor | null,
    locale: Locale,
  ): Promise<ImportPreviewAnswer> {
    this.checkRight(kind, actor);
    // before the file is read: a refused importer costs the server no parse
    await this.checkTarget(kind, target, actor);
    const sheet = await readSpreadsheet(file);
    const layout = findLayout(kind, sheet);
    const data = sheet.slice(layout.headerRow + 1);
    if (data.length > MAX_ROWS) throw tooManyRows();
    const rows = data
      .map((cells, index) => ({ row: layout.headerRow + index + 2, values: rowValues(layout, cells) }))
      .filter((row) => Object.keys(row.values).length > 0);
    if (rows.length === 0)
      throw new BadRequestException({ message: msg('imports.noRows'), errors: { file: msg('imports.hasNoRows') } });
    const manager = this.dataSource.manager;
    const planned = await this.judge(
      manager,
      kind,
      planImport(kind, rows, await this.known(manager, kind, target)),
      actor,
    );
    const now = new Date();
    const stored: ImportPreview = {
      id: randomUUID(),
      kind,
      chamberId: target.chamberId ?? null,
      meetingId: target.meetingId ?? null,
      counts: countActions(planned),
      createdById: actor?.id ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + PREVIEW_HOURS * 3600_000),
      committedAt: null,
      committingBy: null,
      committingUntil: null,
      written: null,
    };
    await this.writes.transaction(async (manager) => {
      const expired = await manager.find(ImportPreview, { select: { id: true }, where: { expiresAt: LessThan(now) } });
      if (expired.length) {
        const ids = expired.map((preview) => preview.id);
        // eslint-disable-next-line no-restricted-syntax -- not a record: an import preview
        await manager.delete(ImportPreviewRows, { previewId: In(ids) });
        // eslint-disable-next-line no-restricted-syntax -- not a record: an import preview
        await manager.delete(ImportPreview, { id: In(ids) });
      }
      // eslint-disable-next-line no-restricted-syntax -- not a record: an import preview
      await manager.insert(ImportPreview, stored as never);
      // eslint-disable-next-line no-restricted-syntax -- not a record: an import preview
      await manager.insert(ImportPreviewRows, { previewId: stored.id, rows: planned } as never);
    });
    return {
      id: stored.id,
      kind,
      expiresAt: stored.expiresAt,
      rows: readable(planned, locale),
      counts: stored.counts,
      skippedColumns: layout.skipped,
    };
  }

  async findPreview(id: string, locale: Locale): Promise<ImportPreviewAnswer> {
    const stored = await this.livePreview(this.dataSource.manager, id);
    return {
      id: stored.id,
      kind: stored.kind,
      expiresAt: stored.expiresAt,
      rows: readable(await this.previewRows(this.dataSource.manager, id), locale),
      counts: stored.counts,
    };
  }

  /** Importing writes records of the kind's resource: the guard let the route through, the table decides the kind. */
  private checkRight(kind: ImportKind, actor: Actor | null): void {
    const { resource, action } = IMPORT_WRITES[kind];
    if (actor && !can(actor, resource, action))
      throw forbidden(msg('security.roleMayNot', { role: vocabularyLabel('roles', actor.role), action, resource }));
  }

  /**
   * Writes what the preview showed, or nothing — in chunks, so that the server does not stall.
   *
   * One transaction for a 50,000-row sheet would hold SQLite's single writer (and, its driver being
   * synchronous, the event loop) for the whole import: every other user's save waited for it. So
   * the commit claims the preview (a lease, renewed by every chunk), then writes CHUNK_ROWS rows
   * per transaction through the pipeline (createMany: every rule, audit event and listener as a
   * create through the API), recording the ids each chunk wrote in the same transaction; other
   * requests' reads and writes take their turns between chunks. All or nothing still holds, by
   * compensation: when a chunk fails (a row the pipeline now refuses, the importer lost a right) or
   * the server dies mid-commit (its lease runs out, and any instance's sweep finds it), every record
   * the commit wrote is removed again (CrudService.removeCreated: hard, with its counters, search
   * entries and tallies, and a purge audit event), and the answer names the row that failed. What
   * is given up: while a commit runs, other users can already read its first rows. The sign-in
   * sheet's change to the meeting is written last, with the commit's mark, in one transaction.
   */
  async commit(id: string, actor: Actor | null): Promise<ImportCommitAnswer> {
    const token = randomUUID();
    const stored = await this.writes.transaction(async (manager) => {
      const stored = await this.livePreview(manager, id);
      if (stored.committedAt) throw conflict(msg('imports.alreadyCommitted'));
      if (stored.committingBy) throw conflict(msg('imports.committing'));
      this.checkRight(stored.kind, actor);
      if (stored.kind === 'attendees') await this.meetings.authorizeOn(manager, actor, 'update', stored.meetingId!);
      // eslint-disable-next-line no-restricted-syntax -- not a record: an import preview
      await manager.update(ImportPreview, id, { committingBy: token, committingUntil: this.leaseEnd(), written: {} });
      return stored;
    });
    try {
      const target = { chamberId: stored.chamberId ?? undefined, meetingId: stored.meetingId ?? undefined };
      // planned again on what is stored now, so a record made since the preview is matched, not doubled;
      // the rows the preview found invalid stay out (nothing of the file is matched to them)
      const rows = await this.previewRows(this.dataSource.manager, id);
      const previewed = rows.filter((row) => row.action !== 'invalid');
      const planned = planImport(
        stored.kind,
        previewed,
        await this.known(this.dataSource.manager, stored.kind, target),
      );
      const broken = planned.find((row) => row.action === 'invalid');
      if (broken) {
        const errors = broken.errors as Record<string, Message>;
        throw conflict(
          msg('records.rowRefused', {
            row: broken.row,
            reason: msg('imports.rowChanged', { reasons: Object.values(errors) }),
          }),
          { errors: errors as never, row: broken.row },
        );
      }
      // the pipeline judges each row again as it writes it: a refusal (the importer lost a right) names its row, and what was written is undone
      const created = await this.write(id, token, stored.kind, planned, target, actor);
      return { counts: { ...countActions(planned), invalid: rows.length - previewed.length }, created };
    } catch (error) {
      await this.undo(id, token, actor);
      throw error;
    }
  }

  /** When a lease taken or renewed now runs out. */
  private leaseEnd(): Date {
    return new Date(Date.now() + this.leaseMs);
  }

  /**
   * The chunk's bookkeeping, in its transaction: the ids written so far, and the lease renewed. A
   * commit whose lease another instance took (it stalled so long that it was taken for dead, and
   * undone) stops here rather than write on: its chunk rolls back.
   */
  private async keep(
    manager: EntityManager,
    id: string,
    token: string,
    written: WrittenIds,
    done?: Date,
  ): Promise<void> {
    const settled = done
      ? { committedAt: done, committingBy: null, committingUntil: null, written: null }
      : { committingUntil: this.leaseEnd(), written };
    // eslint-disable-next-line no-restricted-syntax -- not a record: an import preview
    const { affected } = await manager.update(ImportPreview, { id, committingBy: token }, settled);
    if (!affected) throw conflict(msg('imports.commitTakenOver'));
  }

  /**
   * Removes what a commit wrote, newest first, in chunks as it was written, so that undoing a large
   * commit does not stall the server either; then frees the preview (it may be committed again).
   * `token` is the commit's own lease, or null for a sweep taking over an abandoned one.
   */
  private async undo(id: string, token: string | null, actor: Actor | null): Promise<void> {
    const undoing = randomUUID();
    const now = new Date();
    const written = await this.writes.transaction(async (manager) => {
      const taken = token
        ? { id, committingBy: token }
        : { id, committingBy: Not(IsNull()), committingUntil: LessThan(now) };
      // eslint-disable-next-line no-restricted-syntax -- not a record: an import preview
      const { affected } = await manager.update(ImportPreview, taken, {
        committingBy: undoing,
        committingUntil: this.leaseEnd(),
      });
      return affected
        ? ((await manager.findOne(ImportPreview, { where: { id }, select: { id: true, written: true } }))?.written ??
            {})
        : null;
    });
    if (!written) return;
    // contacts and memberships point at the enterprises of the same commit: they go first
    for (const resource of ['contacts', 'memberships', 'enterprises'] as const) {
      const service = this.services[resource];
      let ids = idsOf(written[resource] ?? []);
      while (ids.length) {
        const chunk = ids.slice(-CHUNK_ROWS);
        const rest = ids.slice(0, -CHUNK_ROWS);
        await this.writes.transaction(async (manager) => {
          await service.removeCreated(manager, chunk, actor);
          await this.keep(manager, id, undoing, { ...written, [resource]: rangesOf(rest) });
        }, ALONE);
        ids = rest;
        written[resource] = rangesOf(rest);
      }
    }
    await this.writes.transaction((manager) =>
      // eslint-disable-next-line no-restricted-syntax -- not a record: an import preview
      manager.update(
        ImportPreview,
        { id, committingBy: undoing },
        { committingBy: null, committingUntil: null, written: null },
      ),
    );
  }

  /**
   * Undoes every commit whose server died part way (its lease ran out): at start-up, and then once a
   * lease, since on PostgreSQL the instance that died need not be the one that starts again.
   */
  async undoAbandoned(): Promise<number> {
    const abandoned = await this.dataSource.manager.find(ImportPreview, {
      select: { id: true },
      where: { committingBy: Not(IsNull()), committingUntil: LessThan(new Date()) },
    });
    for (const { id } of abandoned) await this.undo(id, null, null);
    return abandoned.length;
  }

  onApplicationBootstrap(): void {
    const sweep = () => {
      this.sweeping = this.undoAbandoned().catch((error: unknown) =>
        this.logger.error(`Undoing an abandoned import commit failed: ${String(error)}`),
      );
    };
    sweep();
    this.sweeper = setInterval(sweep, this.leaseMs);
    this.sweeper.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweeper);
    await this.sweeping;
  }

  /**
   * The write pipeline's dry run on a plan: a row whose records a create through the API would
   * refuse (the DTO's text rules and caps, the importer's rights, references) is invalid with the
   * API's reasons, and so is each row that leans on one (a contact of the enterprise that row
   * cannot create, a repeat of that row).
   */
  private async judge(
    manager: EntityManager,
    kind: ImportKind,
    planned: PreviewRow[],
    actor: Actor | null,
  ): Promise<PreviewRow[]> {
    const rows = [...planned];
    const refuse = (positions: number[], refused: Refused[], field?: string, reasonAt?: string) => {
      for (const { index, refusal } of refused) {
        const row = rows[positions[index]];
        rows[positions[index]] = {
          row: row.row,
          action: 'invalid',
          errors: problemsOf(refusal, field, reasonAt),
          values: row.values,
        };
      }
    };
    const positions = (test: (row: PreviewRow) => boolean) =>
      rows.flatMap((row, position) => (test(row) ? [position] : []));
    const person = kind === 'contacts' || kind === 'attendees';

    const newEnterprises = positions(createsEnterprise(kind));
    // on a row of people the enterprise is the organisation cell: its problems are shown there
    refuse(
      newEnterprises,
      await this.enterprises.checkMany(
        manager,
        newEnterprises.map((position) => this.enterpriseBody(kind, rows[position])),
        actor,
      ),
      person ? 'organisation' : undefined,
    );

    if (kind !== 'enterprises') {
      const own = positions((row) => row.action === 'create');
      const bodies = own.map((position) => this.recordBody(kind, rows[position], rows[position].organisation!.id ?? 0));
      const pending = (index: number) => (rows[own[index]].organisation!.id ? [] : ['enterpriseId']);
      // a refusal of the whole row (the importer's rights) stands on the kind's first column: a practice's teacher, a contact's name
      refuse(
        own,
        await this.services[ownRecords(kind)].checkMany(manager, bodies, actor, pending),
        undefined,
        requiredField(kind),
      );
    }

    if (kind === 'enterprises') {
      // a row the plan found invalid (a label nobody knows) also lists what the API would refuse of its other cells
      const refusedByPlan = positions((row) => row.action === 'invalid');
      for (const { index, refusal } of await this.enterprises.checkMany(
        manager,
        refusedByPlan.map((position) => this.enterpriseBody(kind, rows[position])),
        actor,
      )) {
        const row = rows[refusedByPlan[index]];
        rows[refusedByPlan[index]] = { ...row, errors: { ...problemsOf(refusal), ...row.errors } };
      }
    }

    const invalid = new Set<number>();
    return rows.map((row) => {
      const leansOn = [row.matchRow, row.organisation?.row].find(
        (other) => other !== undefined && other !== row.row && invalid.has(other),
      );
      const judged: PreviewRow =
        leansOn !== undefined
          ? {
              row: row.row,
              action: 'invalid',
              errors: {
                [row.matchRow === leansOn ? 'name' : 'organisation']: msg('imports.leansOnRow', { row: leansOn }),
              },
              values: row.values,
            }
          : row;
      if (judged.action === 'invalid') invalid.add(row.row);
      return judged;
    });
  }
  /** The rows a preview showed, stored beside it. */
  private async previewRows(manager: EntityManager, id: string): Promise<PreviewRow[]> {
    return (await manager.findOneOrFail(ImportPreviewRows, { where: { previewId: id } })).rows;
  }

  private async livePreview(manager: EntityManager, id: string): Promise<ImportPreview> {
    const stored = await manager.findOne(ImportPreview, { where: { id } });
    if (!stored) throw notFound('importPreview', id);
    if (stored.expiresAt.getTime() < Date.now()) throw new GoneException({ message: msg('imports.expired') });
    return stored;
  }

  private async checkTarget(
    kind: ImportKind,
    target: { chamberId?: number; meetingId?: number },
    actor: Actor | null,
  ): Promise<void> {
    const manager = this.dataSource.manager;
    if (kind === 'attendees') {
      if (!target.meetingId) throw fieldErrors({ meetingId: msg('imports.meetingRequired') });
      if (!(await manager.exists(Meeting, { where: { id: target.meetingId } })))
        throw fieldErrors({ meetingId: msg('records.namesNo', { noun: msg('nouns.meeting'), id: target.meetingId }) });
      // a sign-in sheet changes the meeting: the importer needs the right to edit it, row rules included
      await this.meetings.authorizeOn(manager, actor, 'update', target.meetingId);
    }
    if (
      kind === 'memberships' &&
      target.chamberId &&
      !(await manager.exists(Chamber, { where: { id: target.chamberId } }))
    ) {
      throw fieldErrors({ chamberId: msg('records.namesNo', { noun: msg('nouns.chamber'), id: target.chamberId }) });
    }
  }

  /** The stored records this kind of import is matched against. */
  private async known(manager: EntityManager, kind: ImportKind, target: { chamberId?: number }): Promise<KnownRecords> {
    const person = kind === 'contacts' || kind === 'attendees';
    const [enterprises, chambers, contacts, memberships, staff, practices] = await Promise.all([
      manager
        .createQueryBuilder(Enterprise, 'e')
        .select(['e.id AS "id"', 'e.name AS "name"', 'e.uscc AS "uscc"', 'e.aliases AS "aliases"'])
        .getRawMany<{ id: number; name: string; uscc: string | null; aliases: string }>(),
      manager
        .createQueryBuilder(Chamber, 'c')
        .select(['c.id AS "id"', 'c.name AS "name"'])
        .getRawMany<{ id: number; name: string }>(),
      person
        ? manager
            .createQueryBuilder(Contact, 'c')
            .select([
              'c.id AS "id"',
              'c.name AS "name"',
              'c.enterpriseId AS "enterpriseId"',
              'c.chamberId AS "chamberId"',
              'c.phone AS "phone"',
              'c.email AS "email"',
            ])
            .getRawMany<KnownRecords['contacts'][number]>()
        : [],
      kind === 'memberships'
        ? manager
            .createQueryBuilder(Membership, 'm')
            .select(['m.id AS "id"', 'm.enterpriseId AS "enterpriseId"', 'm.chamberId AS "chamberId"'])
            .getRawMany<KnownRecords['memberships'][number]>()
        : [],
      manager
        .createQueryBuilder(Staff, 's')
        .select(['s.id AS "id"', 's.name AS "name"', 's.username AS "username"'])
        .getRawMany<KnownRecords['staff'][number]>(),
      kind === 'teacher-practices'
        ? manager
            .createQueryBuilder(TeacherPractice, 'p')
            .select([
              'p.id AS "id"',
              'p.staffId AS "staffId"',
              'p.enterpriseId AS "enterpriseId"',
              'p.startsOn AS "startsOn"',
            ])
            .getRawMany<KnownRecords['practices'][number]>()
        : [],
    ]);
    return {
      enterprises: enterprises.map((row) => ({ ...row, aliases: JSON.parse(row.aliases || '[]') as string[] })),
      chambers,
      contacts,
      memberships,
      staff,
      practices,
      chamberId: target.chamberId,
    };
  }

  /**
   * Writes the plan through the pipeline, CHUNK_ROWS rows a transaction: new enterprises first
   * (contacts and memberships point at them), then the kind's own records, then (a sign-in sheet)
   * the meeting's attendance with the commit's mark.
   */
  private async write(
    id: string,
    token: string,
    kind: ImportKind,
    planned: PreviewRow[],
    target: { meetingId?: number },
    actor: Actor | null,
  ): Promise<Record<string, number>> {
    const written: WrittenIds = {};
    const inChunks = async (
      resource: keyof WrittenIds,
      rows: PreviewRow[],
      body: (row: PreviewRow) => Record<string, unknown>,
    ): Promise<number[]> => {
      const ids: number[] = [];
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        const chunk = rows.slice(start, start + CHUNK_ROWS);
        const made = await this.writes.transaction(async (manager) => {
          const made = await this.services[resource].createMany(
            manager,
            chunk.map(body),
            actor,
            (index) => chunk[index].row,
          );
          // the chunk's ranges after the earlier ones: ids only grow, so nothing before need be sorted again
          await this.keep(manager, id, token, {
            ...written,
            [resource]: [...(written[resource] ?? []), ...rangesOf(made)],
          });
          return made;
        }, ALONE);
        ids.push(...made);
        written[resource] = [...(written[resource] ?? []), ...rangesOf(made)];
      }
      return ids;
    };
    const created: Record<string, number> = {};
    const enterpriseOfRow = new Map<number, number>();

    const newEnterprises = planned.filter(createsEnterprise(kind));
    const enterpriseIds = await inChunks('enterprises', newEnterprises, (row) => this.enterpriseBody(kind, row));
    newEnterprises.forEach((row, index) => enterpriseOfRow.set(row.row, enterpriseIds[index]));
    created.enterprises = enterpriseIds.length;

    if (kind !== 'enterprises') {
      const organisationId = (row: PreviewRow) => row.organisation!.id ?? enterpriseOfRow.get(row.organisation!.row!)!;
      const own = planned.filter((row) => row.action === 'create');
      const resource = ownRecords(kind);
      const ids = await inChunks(resource, own, (row) => this.recordBody(kind, row, organisationId(row)));
      created[resource] = ids.length;
      if (kind === 'attendees') {
        const contactOfRow = new Map(own.map((row, index) => [row.row, ids[index]]));
        return this.writes.transaction(async (manager) => {
          const added = await this.addToMeeting(
            manager,
            target.meetingId!,
            planned,
            contactOfRow,
            organisationId,
            actor,
          );
          await this.keep(manager, id, token, written, new Date());
          return { ...created, ...added };
        });
      }
    }
    await this.writes.transaction((manager) => this.keep(manager, id, token, written, new Date()));
    return created;
  }

  /** The sign-in sheet's people and their organisations join the meeting: an update of the meeting through its pipeline (rights, version, audit, standing). */
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
      {
        name: 'enterprises',
        table: MeetingEnterprise,
        column: 'enterpriseId',
        field: 'enterpriseIds',
        counted: 'meetingEnterprises',
      },
      { name: 'chambers', table: MeetingChamber, column: 'chamberId', field: 'chamberIds', counted: 'meetingChambers' },
    ] as const;
    const lists: Record<string, number[]> = {};
    const added: Record<string, number> = {};
    for (const link of links) {
      const existing = (await manager.find(link.table as EntityTarget<ObjectLiteral>, { where: { meetingId } })).map(
        (row) => row[link.column] as number,
      );
      const adding = [...new Set(wanted[link.name])].filter((id) => !existing.includes(id));
      lists[link.field] = [...existing, ...adding];
      added[link.counted] = adding.length;
    }
    if (Object.values(added).some(Boolean)) {
      const { version } = await manager.findOneOrFail(Meeting, {
        where: { id: meetingId },
        select: { id: true, version: true },
      });
      await this.meetings.updateIn(manager, 'update', meetingId, { version, ...lists }, actor);
    }
    return added;
  }

  /** The enterprise a row creates, as the body of a create: on a row of people or members, its name is the organisation cell. */
  private enterpriseBody(kind: ImportKind, row: PreviewRow): Record<string, unknown> {
    const { values } = row;
    if (kind === 'contacts' || kind === 'attendees') return { name: values.organisation };
    const name = values.name!;
    // another spelling is an alias only when it is not the name itself
    const aliases = [...new Set(cellList(values.aliases ?? ''))].filter(
      (alias) => organisationNameKey(alias) !== organisationNameKey(name),
    );
    if (kind === 'memberships')
      return filled({ name, uscc: values.uscc, city: values.city, industry: values.industry });
    return filled({
      name,
      uscc: values.uscc,
      aliases: values.aliases === undefined ? undefined : aliases,
      industry: values.industry,
      ownership: values.ownership,
      size: values.size,
      city: values.city,
      address: values.address,
      website: values.website,
      tier: values.tier,
      ownerId: values.ownerId,
      notes: values.notes,
    });
  }

  /** The contact, membership or practice a row creates, as the body of a create, at the organisation given. */
  private recordBody(kind: ImportKind, row: PreviewRow, organisationId: number): Record<string, unknown> {
    const { values } = row;
    if (kind === 'memberships')
      return filled({ enterpriseId: organisationId, chamberId: row.chamberId, role: values.role });
    if (kind === 'teacher-practices') {
      // a days cell that is not a number is the DTO's to refuse, with its reason, as a form's would be
      const days =
        values.days === undefined ? undefined : /^\d+$/.test(values.days) ? Number(values.days) : values.days;
      return filled({
        staffId: values.ownerId,
        enterpriseId: organisationId,
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        days,
        content: values.content,
      });
    }
    const atChamber = row.organisation!.resource === 'chambers';
    return filled({
      name: values.name,
      title: values.title,
      enterpriseId: atChamber ? undefined : organisationId,
      chamberId: atChamber ? organisationId : undefined,
      phone: values.phone,
      email: values.email,
      wechat: values.wechat,
      permission: values.permission,
      notes: values.notes,
    });
  }
}

/** A refusal of the pipeline as a row's reasons: its fields' problems, or its sentence on `field` (a 403 names no field). */
/** What a kind's sheet writes of its own, beside the enterprises it may create (a sign-in sheet's people are contacts). */
function ownRecords(kind: Exclude<ImportKind, 'enterprises'>): 'contacts' | 'memberships' | 'teacher-practices' {
  return kind === 'memberships' || kind === 'teacher-practices' ? kind : 'contacts';
}

function problemsOf(refusal: HttpException, field = 'name', reasonAt = field): Record<string, Message> {
  const answer = refusal.getResponse() as { message: Message; errors?: Record<string, Message> };
  if (!answer.errors) return { [reasonAt]: answer.message };
  // an enterprise's name is the organisation cell of a row of people
  return field === 'name' ? answer.errors : { [field]: answer.errors.name ?? answer.message };
}

/** The rows with their reasons in the reader's language. */
function readable(rows: PreviewRow[], locale: Locale): PreviewRow[] {
  return rows.map((row) =>
    row.errors
      ? {
          ...row,
          errors: Object.fromEntries(
            Object.entries(row.errors).map(([field, problem]) => [field, translate(problem, locale)]),
          ),
        }
      : row,
  );
}

/** Ids as the inclusive ranges a preview keeps (WrittenIds). */
export function rangesOf(ids: number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const last = ranges[ranges.length - 1];
    if (last && id === last[1] + 1) last[1] = id;
    else ranges.push([id, id]);
  }
  return ranges;
}

export function idsOf(ranges: [number, number][]): number[] {
  return ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, offset) => first + offset));
}
