import { HttpException, Injectable, Type } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, In, IsNull, Not, ObjectLiteral, Repository } from 'typeorm';
import { ADMIN_ONLY_FIELDS, canOnRecord, grantOf, type Action, type RowFacts } from '@crm/domain';
import type { Actor } from './actor';
import { AuditEntry, AuditService } from './audit.service';
import { WriteQueue } from '../database/write-queue';
import { conflict, fieldErrors, FieldProblems, forbidden, notFound, RecordNoun } from './errors';
import { Message, msg, vocabularyLabel } from './i18n';
import { ListQueryInput, ListSpec, queryPage } from './list-query';
import { liveRecordById } from './record-by-id';
import { Clock } from './clock';
import { RecordChanges } from './record-changes';
import { Dependent, dependentsOf, nounsOf, Reference, referencesOf } from './relations';
import { insertReturningIds } from '../database/inserted-ids';
import { TrackedEntity } from './tracked.entity';
import { insertRecords } from '../database/bulk-insert';
import { shareTheThread } from '../database/turns';
import { bodyContentProblems, MAX_BODY_DEPTH } from './request-guards';
import { dtoProblems } from './validation';

export interface ListPage<R> {
  records: R[];
  total: number;
  range: [number, number];
  /** A search counted up to its cap, which more records match (list-query.ts). */
  capped?: boolean;
}

/** A body of a bulk write the pipeline refused: its index, and what the API answers a create of it. */
export interface Refused {
  index: number;
  refusal: HttpException;
}

/** What every write body may carry that is not written: the record's identity and bookkeeping, as read. */
const BOOKKEEPING = ['id', 'version', 'createdAt', 'updatedAt', 'deletedAt'];

/**
 * Writes that another write causes (a merge's moves, the other record's delete, the survivor's
 * edit): each still runs every rule of its own write and its change listeners, but its audit entries
 * are gathered here instead of being written as events of their own, and the causing write folds
 * them into its one event. A merge moving forty rows is one event in the trail, which names every
 * row it changed, and one notification to the owner ("merged"), not forty edits and a delete that
 * nobody made by hand (the notifications follow the audit events).
 */
export class Cause {
  readonly entries: AuditEntry[] = [];
}

/** How a write of the pipeline is made: by itself (audited as its own event) or caused by another. */
export interface WriteOptions {
  cause?: Cause;
  /** Values the system sets that no body may carry (a renewal task's once-only key): set after the body's checks. */
  system?: Record<string, unknown>;
}

/** What every resource service needs, injected as one. */
@Injectable()
export class CrudDependencies {
  constructor(
    readonly dataSource: DataSource,
    readonly writes: WriteQueue,
    readonly audit: AuditService,
    readonly changes: RecordChanges,
    /** "Today" for what a record shows that depends on the day (an enterprise's health). */
    readonly clock: Clock,
  ) {}
}

/**
 * The rules every resource shares: list, read, create, update with optimistic locking, soft delete
 * and restore, each write in one queued transaction with its audit event. A resource's service
 * extends it and says what is particular to it through the hooks below.
 */
export abstract class CrudService<E extends TrackedEntity, R extends object = E> {
  /** The resource's name in the API and the audit trail, e.g. "enterprises". */
  abstract readonly resource: string;
  protected abstract readonly spec: ListSpec;
  /** Fields a client may send back as it read them but that are derived, not written. */
  protected readonly derivedFields: string[] = [];
  /** Fields written by afterWrite into other tables (a meeting's attendee ids). */
  protected readonly linkFields: string[] = [];
  /**
   * The resource's create DTO. Every create checks its body against it, whatever the path in (an
   * import, a merge, a renewal): a request's body has passed the validation pipe already, and the
   * same rules are asked again of a body made any other way.
   */
  protected readonly createBody?: Type<object>;
  /**
   * The resource's update DTO, asked of every update as createBody is of every create: a renewal,
   * a sign-in sheet or the daily run writes through updateIn with a body no validation pipe saw.
   */
  protected readonly updateBody?: Type<object>;
  /** Link rows that are part of the record (a meeting's attendance): they never stop its delete, and go with it when it is purged. */
  protected readonly parts: { target: EntityTarget<ObjectLiteral>; field: string }[] = [];
  private relations?: { references: Reference[]; dependents: Dependent[] };

  protected readonly repository: Repository<E>;
  protected readonly dataSource: DataSource;
  protected readonly writes: WriteQueue;
  protected readonly audit: AuditService;
  protected readonly changes: RecordChanges;
  protected readonly clock: Clock;

  constructor(
    protected readonly entity: new () => E,
    dependencies: CrudDependencies,
  ) {
    this.dataSource = dependencies.dataSource;
    this.writes = dependencies.writes;
    this.audit = dependencies.audit;
    this.changes = dependencies.changes;
    this.clock = dependencies.clock;
    this.repository = dependencies.dataSource.getRepository(entity);
  }

  /** The singular in sentences, a noun of the `nouns` catalogue section, e.g. "enterprise" (the entity's @RecordNouns). */
  get noun(): RecordNoun {
    return nounsOf(this.entity).one;
  }

  /** What the entity points at and what points at it, read once from the metadata (after the subclass has named its parts). */
  protected get references(): Reference[] {
    return this.relationsOfEntity().references;
  }

  protected get dependents(): Dependent[] {
    return this.relationsOfEntity().dependents;
  }

  private relationsOfEntity(): { references: Reference[]; dependents: Dependent[] } {
    this.relations ??= {
      references: referencesOf(this.repository.metadata),
      dependents: dependentsOf(
        this.dataSource,
        this.repository.metadata,
        this.parts.map((part) => part.target),
      ),
    };
    return this.relations;
  }

  /** What the list of this resource filters, sorts and searches by (the bench builds its rows from it). */
  get listSpec(): ListSpec {
    return this.spec;
  }

  // ---- hooks -------------------------------------------------------------------------------

  /** Sets fields derived from others (academic year…) before a save. */
  protected derive(_draft: E): void {}

  /** Lists of ids in a write body that name records of another table (a meeting's attendees): checked with the record's own references. */
  protected listReferences(_body: Record<string, unknown>): (Reference & { ids: number[] })[] {
    return [];
  }

  /**
   * A new record's values with what a create derives from them, for a bulk writer that inserts
   * many rows at once without the create path (the demo generator): the rule stays this service's.
   */
  withDerived<T extends object>(values: T): T {
    this.derive(values as unknown as E);
    return values;
  }

  /** Rules beyond the DTO's: throws 400 or 409. `before` is null on create. */
  protected async check(
    _manager: EntityManager,
    _draft: E,
    _before: E | null,
    _body: Record<string, unknown>,
  ): Promise<void> {}

  /** Writes what belongs to the record outside its row (links), in the same transaction. */
  protected async afterWrite(
    _manager: EntityManager,
    _record: E,
    _body: Record<string, unknown>,
    _before: E | null,
  ): Promise<void> {}

  /** Work to do after a delete or restore, in the same transaction (refreshing derived values). */
  protected async afterStatusChange(_manager: EntityManager, _record: E): Promise<void> {}

  /** What the permission table's row rules read of a record, as presented; a resource adds what the record does not carry. */
  protected async rowFacts(_manager: EntityManager, record: R): Promise<RowFacts> {
    const { id, unitId, assigneeId, kind } = record as Record<string, never>;
    return { id, unitId, assigneeId, kind };
  }

  /**
   * Whether `actor` may do `action` on the stored record `id` (also one in the trash when asked), by the permission
   * table and the same row facts as the record's own routes; null when there is no such record. A part kept
   * elsewhere (a file on a meeting) asks its record this, so a meeting's attendees count as they do for the meeting.
   */
  async mayOn(
    manager: EntityManager,
    actor: Actor,
    action: Action,
    id: number,
    withDeleted = false,
  ): Promise<boolean | null> {
    const stored = await manager.findOne(this.entity, { where: { id } as never, withDeleted });
    if (!stored) return null;
    return this.permits(manager, actor, action, async () => (await this.present([stored], manager))[0]);
  }

  /** The permission table's answer for `actor` on a record; the record (and its row facts) is read only when a row rule needs it. */
  private async permits(
    manager: EntityManager,
    actor: Actor,
    action: Action,
    record: () => Promise<R>,
  ): Promise<boolean> {
    const grant = grantOf(actor.role, this.resource, action);
    const facts = grant === undefined || grant === true ? {} : await this.rowFacts(manager, await record());
    return canOnRecord(actor, this.resource, action, facts);
  }

  /** A record just created, as the API shows it: a resource that knows its parts from the body need not read them back. */
  protected async presentCreated(record: E, _body: Record<string, unknown>, manager: EntityManager): Promise<R> {
    return (await this.present([record], manager))[0];
  }

  /** The record as the API shows it; loads what a whole page needs in a constant number of queries. */
  protected async present(records: E[], _manager: EntityManager): Promise<R[]> {
    return records as unknown as R[];
  }

  // ---- reads ---------------------------------------------------------------------------------

  async list(input: ListQueryInput): Promise<ListPage<R>> {
    const page = await queryPage(this.repository, this.spec, input);
    const records = await this.present(page.rows, this.dataSource.manager);
    return { records, total: page.total, range: page.range, ...(page.capped ? { capped: true } : {}) };
  }

  async findOne(id: number): Promise<R> {
    const record = await liveRecordById(this.repository, id);
    if (!record) throw notFound(this.noun, id);
    return (await this.present([record], this.dataSource.manager))[0];
  }

  /**
   * Throws what the route of `action` on this stored record would answer a refused actor (404, or
   * 403 from the row rules): for a path that acts on a record before it writes it (a sign-in sheet
   * imported into a meeting is checked before its file is read).
   */
  async authorizeOn(manager: EntityManager, actor: Actor | null, action: Action, id: number): Promise<void> {
    const stored = await manager.findOne(this.entity, { where: { id } as never });
    if (!stored) throw notFound(this.noun, id);
    const [record] = await this.present([stored], manager);
    await this.authorize(manager, actor, action, record, {}, record);
  }

  // ---- writes --------------------------------------------------------------------------------

  async create(body: object, actor: Actor | null): Promise<R> {
    return this.writes.transaction((manager) => this.createIn(manager, body, actor));
  }

  /**
   * A create inside a transaction the caller holds (an acceptance that writes an enterprise, its
   * contact and the meeting's attendance at once): the same rules, audit and listeners as create().
   */
  async createIn(manager: EntityManager, body: object, actor: Actor | null, options: WriteOptions = {}): Promise<R> {
    this.admit(body);
    const values = this.writable(body);
    const draft = manager.create(this.entity, { ...values, ...options.system } as never) as E;
    // set here rather than by the database's default, which has no milliseconds, so that times compare exactly
    draft.createdAt = draft.updatedAt = new Date();
    this.derive(draft);
    await this.checkReferences(manager, draft, body as Record<string, unknown>);
    await this.check(manager, draft, null, body as Record<string, unknown>);
    // a plain INSERT rather than save(): the record is read back below anyway, so TypeORM need not re-read its defaults
    [draft.id] = await insertReturningIds(
      manager
        .createQueryBuilder()
        .insert()
        .into(this.entity)
        .values(draft as never)
        .updateEntity(false),
      1,
    );
    await this.afterWrite(manager, draft, body as Record<string, unknown>, null);
    const record = await this.presentCreated(
      await this.reload(manager, draft.id),
      body as Record<string, unknown>,
      manager,
    );
    await this.authorize(manager, actor, 'create', record, body, null);
    await this.changed(manager, null, record);
    await this.audited(manager, actor, options, [
      { resource: this.resource, recordId: draft.id, action: 'create', before: null, after: record },
    ]);
    return record;
  }

  /**
   * The bulk form of createIn, for imports, merges and the daily run: every body goes through the
   * same steps (DTO and text rules, the permission table with its row rules, derived fields,
   * references, the resource's checks), then all are inserted in statements of many rows, with
   * their bookkeeping, their audit events and the change listeners, in the caller's transaction.
   * One refused body refuses the whole write (nothing of it is kept when the caller's transaction
   * rolls back), its answer naming the body by `rowName` (a sheet's row number). Answers the ids
   * in the order of the bodies. Resources whose records carry link rows (afterWrite) use createIn.
   */
  async createMany(
    manager: EntityManager,
    bodies: object[],
    actor: Actor | null,
    rowName: (index: number) => number = (index) => index + 1,
  ): Promise<number[]> {
    const { drafts, refused } = await this.draftMany(manager, bodies, actor);
    if (refused.length) {
      const { index, refusal } = refused[0];
      const answer = refusal.getResponse() as Record<string, unknown>;
      throw new HttpException(
        {
          ...answer,
          message: msg('records.rowRefused', { row: rowName(index), reason: answer.message as Message }),
          row: rowName(index),
        },
        refusal.getStatus(),
      );
    }
    const records = drafts as E[];
    const ids = await insertRecords(
      manager,
      this.entity,
      records.map((draft) => this.columnValues(draft)),
    );
    records.forEach((record, index) => (record.id = ids[index]));
    await this.changes.changedMany(
      manager,
      this.resource,
      records.map((after) => ({ before: null, after: after as unknown as Record<string, unknown> })),
    );
    await this.audit.recordMany(
      manager,
      actor,
      records.map((record) => ({
        resource: this.resource,
        recordId: record.id,
        action: 'create',
        before: null,
        after: record,
      })),
    );
    return ids;
  }

  /**
   * The dry run of createMany (an import's preview): what a create of each body would answer,
   * without writing. `pending(index)` names fields of a body that point at a record the same write
   * makes first (a contact's new enterprise), which cannot be looked up yet: those are left unchecked.
   */
  async checkMany(
    manager: EntityManager,
    bodies: object[],
    actor: Actor | null,
    pending: (index: number) => readonly string[] = () => [],
  ): Promise<Refused[]> {
    return (await this.draftMany(manager, bodies, actor, pending)).refused;
  }

  /**
   * Undoes records a bulk write created (an import whose commit failed or whose server died part
   * way): they go for good, as a purge does, since nothing but that write made them. The rows'
   * triggers take them out of the counters, search indexes and report tallies; the change
   * listeners hear of them as deleted (the twin keys drop them); each gets a `purge` audit event
   * beside its `create`, so the trail shows that they existed for a while (other users may have
   * read them) and why they went. In the caller's transaction.
   */
  async removeCreated(manager: EntityManager, ids: number[], actor: Actor | null): Promise<void> {
    if (ids.length === 0) return;
    const records = await manager.find(this.entity, { where: { id: In(ids) } as never, withDeleted: true });
    if (records.length === 0) return;
    const found = records.map((record) => record.id);
    for (const part of this.parts) await manager.delete(part.target, { [part.field]: In(found) });
    await manager.delete(this.entity, found as never);
    const gone = new Date();
    await this.changes.changedMany(
      manager,
      this.resource,
      records.map((record) => ({
        before: record as unknown as Record<string, unknown>,
        after: { ...record, deletedAt: gone } as unknown as Record<string, unknown>,
      })),
    );
    await this.audit.recordMany(
      manager,
      actor,
      records.map((record) => ({
        resource: this.resource,
        recordId: record.id,
        action: 'purge',
        before: record,
        after: null,
      })),
    );
  }

  /** The drafts of createMany and checkMany: each body's own checks, then references and the resource's rules for all of them at once. */
  private async draftMany(
    manager: EntityManager,
    bodies: object[],
    actor: Actor | null,
    pending: (index: number) => readonly string[] = () => [],
  ): Promise<{ drafts: (E | null)[]; refused: Refused[] }> {
    const refused: Refused[] = [];
    const drafts: (E | null)[] = [];
    const refuse = (index: number, error: unknown) => {
      if (!(error instanceof HttpException)) throw error;
      refused.push({ index, refusal: error });
      drafts[index] = null;
    };
    const now = new Date();
    for (let index = 0; index < bodies.length; index++) {
      // while a 50,000-row import is checked, health checks and other users' reads are answered in between
      await shareTheThread();
      try {
        drafts[index] = await this.draft(manager, bodies[index], actor, now, pending(index));
      } catch (error) {
        refuse(index, error);
      }
    }
    const checked = drafts.flatMap((draft, index) => (draft ? [index] : []));
    const unreferenced = await this.referenceProblems(
      manager,
      checked.map((index) => ({
        draft: drafts[index]!,
        body: bodies[index] as Record<string, unknown>,
        pending: pending(index),
      })),
    );
    unreferenced.forEach((problem, position) => problem && refuse(checked[position], problem));
    const remaining = checked.filter((index) => drafts[index]);
    const problems = await this.checkAll(
      manager,
      remaining.map((index) => ({ draft: drafts[index]!, body: bodies[index] as Record<string, unknown> })),
    );
    problems.forEach((problem, position) => problem && refuse(remaining[position], problem));
    refused.sort((a, b) => a.index - b.index);
    return { drafts, refused };
  }

  /** One body made a new record's draft, as createIn makes it, with the bookkeeping the insert writes; throws what the API would answer. */
  private async draft(
    manager: EntityManager,
    body: object,
    actor: Actor | null,
    now: Date,
    pending: readonly string[],
  ): Promise<E> {
    this.admit(body, pending);
    const draft = manager.create(this.entity, this.writable(body) as never) as E;
    this.derive(draft);
    const metadata = this.repository.metadata;
    for (const column of metadata.columns) {
      const property = column.propertyName as keyof E & string;
      if (draft[property] !== undefined || column.isGenerated) continue;
      // what the table's default would store, so that the audit event and the listeners see the record as stored
      const fallback =
        typeof column.default === 'string' && column.type === 'simple-json'
          ? JSON.parse(column.default)
          : column.default;
      (draft as Record<string, unknown>)[property] = typeof fallback === 'function' ? null : (fallback ?? null);
    }
    draft.createdAt = draft.updatedAt = now;
    draft.deletedAt = null;
    // the first version, where TypeORM's save starts it
    draft.version = 1;
    await this.authorize(manager, actor, 'create', draft as unknown as R, body, null);
    return draft;
  }

  /** A draft's columns by property, as insertRecords takes them: the same properties for every draft. */
  private columnValues(draft: E): Partial<E> {
    return Object.fromEntries(
      this.repository.metadata.columns
        .filter((column) => !column.isGenerated)
        .map((column) => [column.propertyName, (draft as Record<string, unknown>)[column.propertyName]]),
    ) as Partial<E>;
  }

  /**
   * The rules of check() for many new records at once, answering each record's refusal or null; a
   * resource whose check reads the database overrides it to read for all of them in a few statements.
   */
  protected async checkAll(
    manager: EntityManager,
    records: { draft: E; body: Record<string, unknown> }[],
  ): Promise<(HttpException | null)[]> {
    const problems: (HttpException | null)[] = [];
    for (const { draft, body } of records) {
      try {
        await this.check(manager, draft, null, body);
        problems.push(null);
      } catch (error) {
        if (!(error instanceof HttpException)) throw error;
        problems.push(error);
      }
    }
    return problems;
  }

  /**
   * The text rules of every body and the resource's DTO (its create body unless told): a 400 naming
   * each field, as the validation pipe answers a request. `pending` fields are left unchecked (they
   * point at a record not written yet).
   */
  protected admit(
    body: object,
    pending: readonly string[] = [],
    dto: Type<object> | undefined = this.createBody,
  ): void {
    const content = bodyContentProblems(body);
    if (content === 'tooDeep') throw fieldErrors({ body: msg('security.tooDeep', { max: MAX_BODY_DEPTH }) });
    const errors: FieldProblems = { ...(dto ? dtoProblems(dto, body) : null), ...content };
    for (const field of pending) delete errors[field];
    if (Object.keys(errors).length) throw fieldErrors(errors);
  }

  async update(id: number, body: object & { version?: number }, actor: Actor | null): Promise<R> {
    return this.updateAs('update', id, body, actor);
  }

  /**
   * The one update path, also for an update by another name of the permission table (a card moved
   * on the board): the lock, the version check (409 with the stored record), the rules, the row
   * rules before and after, the audit event. A `move` may leave the version out.
   */
  protected async updateAs(
    action: 'update' | 'move',
    id: number,
    body: object & { version?: number },
    actor: Actor | null,
    stale?: Message,
  ): Promise<R> {
    return this.writes.transaction((manager) => this.updateIn(manager, action, id, body, actor, stale));
  }

  /** An update inside a transaction the caller holds: the same lock, version check, rules, audit and listeners as update(). */
  async updateIn(
    manager: EntityManager,
    action: 'update' | 'move',
    id: number,
    body: object & { version?: number },
    actor: Actor | null,
    stale?: Message,
    options: WriteOptions = {},
  ): Promise<R> {
    // a move may leave the version out (the board's card need not know it); every other rule holds
    this.admit(body, action === 'move' && body.version === undefined ? ['version'] : [], this.updateBody);
    const current = await manager.findOne(this.entity, { where: { id } as never, lock: this.writes.lock });
    if (!current) throw notFound(this.noun, id);
    // present a copy: merge() below changes `current` in place, and the audit's before must not follow it
    const previous = manager.create(this.entity, { ...current } as never) as E;
    const [before] = await this.present([manager.create(this.entity, { ...current } as never) as E], manager);
    await this.authorize(manager, actor, action, before, body, before);
    if ((action === 'update' || body.version !== undefined) && body.version !== current.version) {
      throw conflict(
        stale ??
          msg('records.staleVersion', {
            noun: msg(`nouns.${this.noun}`),
            yours: String(body.version),
            current: current.version,
          }),
        {
          errors: { version: msg('records.versionField', { yours: String(body.version), current: current.version }) },
          current: before,
        },
      );
    }
    const draft = manager.merge(this.entity, current, this.writable(body) as never);
    this.derive(draft);
    await this.checkReferences(manager, draft, body as Record<string, unknown>);
    await this.check(manager, draft, previous, body as Record<string, unknown>);
    draft.updatedAt = new Date();
    const saved = await manager.save(this.entity, draft);
    await this.afterWrite(manager, saved, body as Record<string, unknown>, previous);
    const [record] = await this.present([await this.reload(manager, id)], manager);
    // the record as changed must pass the row rules too: a college cannot hand its outcome to another
    await this.authorize(manager, actor, action, record, {}, before);
    await this.changed(manager, before, record);
    await this.audited(manager, actor, options, [
      {
        resource: this.resource,
        recordId: id,
        action: action === 'move' ? 'move' : this.updateAction(before, record),
        before,
        after: record,
      },
    ]);
    return record;
  }

  async remove(id: number, actor: Actor | null): Promise<R> {
    return this.writes.transaction((manager) => this.removeIn(manager, id, actor));
  }

  /** A soft delete inside a transaction the caller holds (a merge's other record): the same rules, listeners and audit as remove(). */
  async removeIn(manager: EntityManager, id: number, actor: Actor | null, options: WriteOptions = {}): Promise<R> {
    const current = await manager.findOne(this.entity, { where: { id } as never, lock: this.writes.lock });
    if (!current) throw notFound(this.noun, id);
    const [before] = await this.present([current], manager);
    await this.authorize(manager, actor, 'delete', before, {}, before);
    await this.checkRemove(manager, current);
    await this.checkDependents(manager, id);
    await manager.update(
      this.entity,
      id as never,
      { deletedAt: new Date(), updatedAt: new Date(), version: current.version + 1 } as never,
    );
    const deleted = await this.reload(manager, id);
    await this.afterStatusChange(manager, deleted);
    const [record] = await this.present([deleted], manager);
    await this.changed(manager, before, record);
    await this.audited(manager, actor, options, [
      { resource: this.resource, recordId: id, action: 'delete', before, after: record },
    ]);
    return record;
  }

  /**
   * The set-based form of updateIn, for a write that changes the same fields of many records at
   * once (a merge points every contact of the other enterprise at the survivor, those in the trash
   * too, so that a restore finds the survivor). Each record gets the rules of a single update: its
   * derived fields, the row rules before and after, references and the resource's checks (for the
   * records that stay live: a restore asks them again of one in the trash), a new version and
   * updatedAt, the change listeners and the audit. The rows are written in one statement per
   * distinct change. `deletedAt` in `changes` moves live records to the trash, with a delete's
   * rules (its row rule, the records still pointing at it). Answers the records as changed.
   */
  async updateManyIn(
    manager: EntityManager,
    ids: number[],
    changes: Partial<E>,
    actor: Actor | null,
    options: WriteOptions = {},
  ): Promise<R[]> {
    if (ids.length === 0) return [];
    const deleting = (changes as TrackedEntity).deletedAt != null;
    const action = deleting ? 'delete' : 'update';
    const byIds = { where: { id: In(ids) } as never, withDeleted: true, order: { id: 'ASC' } as never };
    const current = await manager.find(this.entity, { ...byIds, lock: this.writes.lock });
    const copies = () => current.map((row) => manager.create(this.entity, { ...row } as never) as E);
    const before = await this.present(copies(), manager);
    for (const record of before) await this.authorize(manager, actor, action, record, changes, record);
    const drafts = copies().map((draft) => {
      Object.assign(draft, changes);
      this.derive(draft);
      return draft;
    });
    const live = drafts
      .map((draft, index) => ({ draft, previous: current[index] }))
      .filter((row) => !row.draft.deletedAt);
    const [unreferenced] = (
      await this.referenceProblems(
        manager,
        live.map(({ draft }) => ({ draft, body: {}, pending: [] })),
      )
    ).filter((problem) => problem);
    if (unreferenced) throw unreferenced;
    for (const { draft, previous } of live)
      await this.check(manager, draft, previous, changes as Record<string, unknown>);
    if (deleting)
      for (const row of current) {
        await this.checkRemove(manager, row);
        await this.checkDependents(manager, row.id);
      }
    // one statement per distinct change (the derived values may differ from record to record)
    const columns = this.repository.metadata.columns.filter(
      (column) => !column.isGenerated && !['version', 'updatedAt', 'createdAt'].includes(column.propertyName),
    );
    const statements = new Map<string, { values: Record<string, unknown>; ids: number[] }>();
    drafts.forEach((draft, index) => {
      const values = Object.fromEntries(
        columns
          .map((column) => column.propertyName)
          .filter(
            (property) =>
              JSON.stringify((draft as Record<string, unknown>)[property]) !==
              JSON.stringify((current[index] as Record<string, unknown>)[property]),
          )
          .map((property) => [property, (draft as Record<string, unknown>)[property]]),
      );
      const key = JSON.stringify(values);
      const statement = statements.get(key) ?? { values, ids: [] };
      statement.ids.push(draft.id);
      statements.set(key, statement);
    });
    const now = new Date();
    for (const { values, ids: changed } of statements.values())
      await manager
        .createQueryBuilder()
        .update(this.entity)
        .set({ ...values, updatedAt: now, version: () => '"version" + 1' } as never)
        .where('"id" IN (:...ids)', { ids: changed })
        .execute();
    const written = await manager.find(this.entity, byIds);
    if (deleting) for (const record of written) await this.afterStatusChange(manager, record);
    const after = await this.present(written, manager);
    for (const [index, record] of after.entries())
      await this.authorize(manager, actor, action, record, {}, before[index]);
    await this.changes.changedMany(
      manager,
      this.resource,
      after.map((record, index) => ({
        before: before[index] as Record<string, unknown>,
        after: record as Record<string, unknown>,
      })),
    );
    await this.audited(
      manager,
      actor,
      options,
      after.map((record, index) => ({
        resource: this.resource,
        recordId: written[index].id,
        action,
        before: before[index],
        after: record,
      })),
    );
    return after;
  }

  /**
   * Points this resource's link rows (a meeting's enterprises or contacts, written by its afterWrite)
   * from one record at another, for every record of this resource that has one, those in the trash
   * too: a link the record already has to `to` is dropped, not doubled. An edit of each record so
   * linked: `to` must be live, the row rules before and after, a new version and updatedAt (a form
   * open on it cannot write the old list back), the change listeners (an enterprise's standing
   * follows its meetings) and the audit. Answers how many links moved (one dropped as doubled is not counted).
   */
  async relinkIn(
    manager: EntityManager,
    link: { target: EntityTarget<ObjectLiteral>; column: string; ownerKey: string },
    from: number,
    to: number,
    actor: Actor | null,
    options: WriteOptions = {},
  ): Promise<number> {
    const metadata = manager.connection.getMetadata(link.target);
    const { tableName: table } = metadata;
    const owners = async (): Promise<number[]> =>
      (
        (await manager.query(
          ...manager.connection.driver.escapeQueryWithParameters(
            `SELECT DISTINCT "${link.ownerKey}" AS "owner" FROM "${table}" WHERE "${link.column}" = :from`,
            { from },
          ),
        )) as { owner: number }[]
      ).map((row) => Number(row.owner));
    const ids = await owners();
    if (ids.length === 0) return 0;
    const linked = metadata.relations.find((relation) => relation.joinColumns[0]?.databaseName === link.column)!;
    if (!(await this.liveIds(manager, linked.inverseEntityMetadata.target, [to])).has(to))
      throw fieldErrors({
        [link.column]: msg('records.namesNo', {
          noun: msg(`nouns.${nounsOf(linked.inverseEntityMetadata.target as Type<object>).one}`),
          id: String(to),
        }),
      });
    const byIds = { where: { id: In(ids) } as never, withDeleted: true, order: { id: 'ASC' } as never };
    const current = await manager.find(this.entity, { ...byIds, lock: this.writes.lock });
    const before = await this.present(
      current.map((row) => manager.create(this.entity, { ...row } as never) as E),
      manager,
    );
    for (const record of before) await this.authorize(manager, actor, 'update', record, {}, record);
    const pair = { from, to };
    await manager
      .createQueryBuilder()
      .delete()
      .from(link.target)
      .where(
        `"${link.column}" = :from AND "${link.ownerKey}" IN (SELECT "${link.ownerKey}" FROM "${table}" WHERE "${link.column}" = :to)`,
        pair,
      )
      .execute();
    const moved = (await owners()).length;
    await manager
      .createQueryBuilder()
      .update(link.target)
      .set({ [link.column]: to })
      .where(`"${link.column}" = :from`, pair)
      .execute();
    await manager
      .createQueryBuilder()
      .update(this.entity)
      .set({ updatedAt: new Date(), version: () => '"version" + 1' } as never)
      .where('"id" IN (:...ids)', { ids })
      .execute();
    const written = await manager.find(this.entity, byIds);
    const after = await this.present(written, manager);
    for (const [index, record] of after.entries())
      await this.authorize(manager, actor, 'update', record, {}, before[index]);
    await this.changes.changedMany(
      manager,
      this.resource,
      after.map((record, index) => ({
        before: before[index] as Record<string, unknown>,
        after: record as Record<string, unknown>,
      })),
    );
    await this.audited(
      manager,
      actor,
      options,
      after.map((record, index) => ({
        resource: this.resource,
        recordId: written[index].id,
        action: 'update',
        before: before[index],
        after: record,
      })),
    );
    return moved;
  }

  /** A write's audit entries: its own events, or gathered for the write that caused it (Cause). */
  private async audited(
    manager: EntityManager,
    actor: Actor | null,
    options: WriteOptions,
    entries: AuditEntry[],
  ): Promise<void> {
    if (options.cause) options.cause.entries.push(...entries);
    else await this.audit.recordMany(manager, actor, entries);
  }

  async restore(id: number, actor: Actor | null): Promise<R> {
    return this.writes.transaction(async (manager) => {
      const current = await manager.findOne(this.entity, {
        where: { id, deletedAt: Not(IsNull()) } as never,
        withDeleted: true,
      });
      if (!current) throw notFound(this.noun, id, { deleted: true });
      const [before] = await this.present([current], manager);
      await this.authorize(manager, actor, 'restore', before, {}, before);
      const draft = manager.create(this.entity, { ...current, deletedAt: null } as never) as E;
      await this.checkReferences(manager, draft);
      await this.check(manager, draft, current, {});
      await manager.update(
        this.entity,
        id as never,
        { deletedAt: null, updatedAt: new Date(), version: current.version + 1 } as never,
      );
      const restored = await this.reload(manager, id);
      await this.afterStatusChange(manager, restored);
      const [record] = await this.present([restored], manager);
      await this.changed(manager, before, record);
      await this.audit.record(manager, {
        actor,
        resource: this.resource,
        recordId: id,
        action: 'restore',
        before,
        after: record,
      });
      return record;
    });
  }

  /**
   * Deletes a record in the trash for good. Refused with 409 while any row, live or deleted,
   * still points at it; the rows that are part of it (a meeting's attendance) go with it.
   */
  async purge(id: number, actor: Actor | null): Promise<R> {
    return this.writes.transaction(async (manager) => {
      const current = await manager.findOne(this.entity, {
        where: { id } as never,
        withDeleted: true,
        lock: this.writes.lock,
      });
      if (!current) throw notFound(this.noun, id);
      const [before] = await this.present([current], manager);
      await this.authorize(manager, actor, 'purge', before, {}, before);
      if (!current.deletedAt) throw conflict(msg('security.purgeOnlyDeleted', { noun: msg(`nouns.${this.noun}`) }));
      await this.checkReferrers(manager, id);
      for (const part of this.parts) await manager.delete(part.target, { [part.field]: id });
      await manager.delete(this.entity, id as never);
      await this.audit.record(manager, {
        actor,
        resource: this.resource,
        recordId: id,
        action: 'purge',
        before,
        after: null,
      });
      return before;
    });
  }

  // ---- shared rules ------------------------------------------------------------------------------

  /** Tells those above (an enterprise's standing) that a record of this resource was written. */
  protected changed(manager: EntityManager, before: R | null, after: R): Promise<void> {
    return this.changes.changed(manager, {
      resource: this.resource,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown>,
    });
  }

  /** Rules that stop a delete beyond the records pointing at it (the last admin). */
  protected async checkRemove(_manager: EntityManager, _current: E): Promise<void> {}

  /** The audit action of an update: a resource names some changes more precisely (a role change). */
  protected updateAction(_before: R, _after: R): 'update' | 'role_change' {
    return 'update';
  }

  /**
   * The permission table applied to a record: the row rule of the actor's role (own college, own
   * task…), and the fields only the admin may change. `before` is the stored record, null on create.
   * The system itself (start-up, demo data) acts without an actor.
   */
  protected async authorize(
    manager: EntityManager,
    actor: Actor | null,
    action: Action,
    record: R,
    body: object,
    before: R | null,
  ): Promise<void> {
    if (!actor) return;
    if (!(await this.permits(manager, actor, action, async () => record))) {
      const role = vocabularyLabel('roles', actor.role);
      const noun = msg(`nouns.${this.noun}`);
      throw forbidden(
        action === 'create'
          ? msg('security.roleMayNotCreate', { role, noun })
          : msg('security.roleMayNotOnRecord', { role, action, noun }),
      );
    }
    if (actor.role === 'admin') return;
    const stored = (before ?? {}) as Record<string, unknown>;
    const changed = (ADMIN_ONLY_FIELDS[this.resource] ?? []).filter((field) => {
      const value = (body as Record<string, unknown>)[field];
      return value !== undefined && (!(field in stored) || stored[field] !== value);
    });
    if (changed.length)
      throw forbidden(
        msg('security.adminOnlyFields', { fields: changed }),
        Object.fromEntries(changed.map((field) => [field, msg('security.adminOnlyField')])),
      );
  }

  /** Rows of any table, live or in the trash, whose foreign key names this record (parts excepted). */
  private async checkReferrers(manager: EntityManager, id: number): Promise<void> {
    const parts = new Set(this.parts.map((part) => part.target));
    const found: Message[] = [];
    for (const metadata of manager.connection.entityMetadatas) {
      if (parts.has(metadata.target)) continue;
      for (const key of metadata.foreignKeys) {
        if (key.referencedEntityMetadata.target !== this.entity) continue;
        const count = await manager
          .createQueryBuilder(metadata.target, 'row')
          .withDeleted()
          .where(`row.${key.columns[0].propertyName} = :id`, { id })
          .getCount();
        if (count > 0)
          found.push(
            msg('security.referrer', { count, table: metadata.tableName, field: key.columns[0].propertyName }),
          );
      }
    }
    if (found.length) {
      throw conflict(msg('security.purgeReferenced', { noun: msg(`nouns.${this.noun}`), referrers: found }));
    }
  }

  /** The body without bookkeeping, derived fields and undefined values (PUT leaves absent fields as they are). */
  protected writable(body: object): Partial<E> {
    const skipped = new Set([...BOOKKEEPING, ...this.derivedFields, ...this.linkFields]);
    const values: Record<string, unknown> = {};
    const errors: FieldProblems = {};
    for (const [key, value] of Object.entries(body)) {
      if (skipped.has(key) || value === undefined) continue;
      // An update body has every field optional; a required column still cannot be cleared.
      const column = this.repository.metadata.findColumnWithPropertyName(key);
      if (value === null && column && !column.isNullable) errors[key] = msg('validation.notEmpty');
      // Times arrive as ISO strings (checked by the DTO) and are stored as instants.
      values[key] = column?.type === 'datetime' && typeof value === 'string' ? new Date(value) : value;
    }
    if (Object.keys(errors).length) throw fieldErrors(errors);
    return values as Partial<E>;
  }

  protected async reload(manager: EntityManager, id: number): Promise<E> {
    // a list's values are bound: SQLite's driver writes a lone number (also find's In([id])) into the SQL, a new statement to compile for every record
    return (await manager
      .createQueryBuilder(this.entity, 'record')
      .withDeleted()
      .where('"record"."id" IN (:...ids)', { ids: [id] })
      .getOne())!;
  }

  /** Another live record with the same values as `draft` in `fields` (a unique rule), or null. */
  protected findTwin(manager: EntityManager, draft: E, fields: (keyof E & string)[]): Promise<E | null> {
    const where: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field, draft[field]]));
    if (draft.id) where.id = Not(draft.id);
    return manager.findOne(this.entity, { where: where as never });
  }

  /**
   * Every id a record points at, and every id of the body's lists (listReferences), must name a live
   * record: a clear 400 instead of a broken link. One query per table named, however many fields name it.
   */
  protected async checkReferences(manager: EntityManager, draft: E, body: Record<string, unknown> = {}): Promise<void> {
    const [problem] = await this.referenceProblems(manager, [{ draft, body, pending: [] }]);
    if (problem) throw problem;
  }

  /** The references of many records checked at once (a statement per table named, of up to 5,000 ids): each record's 400, or null. */
  private async referenceProblems(
    manager: EntityManager,
    records: { draft: E; body: Record<string, unknown>; pending: readonly string[] }[],
  ): Promise<(HttpException | null)[]> {
    const askedOf = records.map(({ draft, body, pending }) => {
      const asked: { reference: Reference; ids: number[]; list: boolean }[] = [];
      for (const reference of this.references) {
        const id = (draft as Record<string, unknown>)[reference.field];
        if (id !== null && id !== undefined && !pending.includes(reference.field))
          asked.push({ reference, ids: [id as number], list: false });
      }
      for (const { ids, ...reference } of this.listReferences(body))
        if (ids.length) asked.push({ reference, ids: [...new Set(ids)], list: true });
      return asked;
    });
    const byTable = new Map<EntityTarget<ObjectLiteral>, Set<number>>();
    for (const { reference, ids } of askedOf.flat()) {
      const named = byTable.get(reference.target) ?? new Set<number>();
      for (const id of ids) named.add(id);
      byTable.set(reference.target, named);
    }
    const live = new Map<EntityTarget<ObjectLiteral>, Set<unknown>>();
    for (const [target, ids] of byTable) {
      const all = [...ids];
      const found = new Set<unknown>();
      for (let start = 0; start < all.length; start += 5000)
        for (const id of await this.liveIds(manager, target, all.slice(start, start + 5000))) found.add(id);
      live.set(target, found);
    }
    return askedOf.map((asked) => {
      const errors: FieldProblems = {};
      for (const { reference, ids, list } of asked) {
        const missing = ids.filter((id) => !live.get(reference.target)!.has(id));
        if (!missing.length) continue;
        const noun = msg(`nouns.${reference.noun}`);
        errors[reference.field] = list
          ? msg('records.namesNoMany', { noun, ids: missing.join(', ') })
          : msg('records.namesNo', { noun, id: String(missing[0]) });
      }
      return Object.keys(errors).length ? fieldErrors(errors) : null;
    });
  }

  /** Which of `ids` are live records of `target`: one statement, written by hand (a write checks several tables). */
  private async liveIds(
    manager: EntityManager,
    target: EntityTarget<ObjectLiteral>,
    ids: number[],
  ): Promise<Set<unknown>> {
    const metadata = manager.connection.getMetadata(target);
    const live = metadata.deleteDateColumn ? ` AND "${metadata.deleteDateColumn.databaseName}" IS NULL` : '';
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      `SELECT "id" FROM "${metadata.tableName}" WHERE "id" IN (:...ids)${live}`,
      { ids },
    );
    const rows: { id: unknown }[] = await manager.query(sql, parameters);
    return new Set(rows.map((row) => row.id));
  }

  private async checkDependents(manager: EntityManager, id: number): Promise<void> {
    const found: Message[] = [];
    for (const dependent of this.dependents) {
      const count = dependent.owner
        ? await manager
            .createQueryBuilder(dependent.target, 'link')
            .innerJoin(`link.${dependent.owner}`, 'owner')
            .where(`link.${dependent.field} = :id`, { id })
            .andWhere('owner.deletedAt IS NULL')
            .getCount()
        : await manager.count(dependent.target, { where: { [dependent.field]: id } as never });
      if (count > 0) found.push(msg(`nouns.${dependent.noun}`, { count }));
    }
    if (found.length) {
      throw conflict(msg('records.stillUsed', { noun: msg(`nouns.${this.noun}`), dependents: found }));
    }
  }
}
