import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { addDays, daysBetween, LIVE_OUTCOME_STAGES, OutcomeKind, OutcomeStage } from '@crm/domain';
import type { Actor } from '../common/actor';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { conflict, fieldErrors, notFound } from '../common/errors';
import { constraintKind } from '../common/error.filter';
import { ListSpec, parseListQuery } from '../common/list-query';
import { msg } from '../common/i18n';
import { APP_CONFIG, AppConfig } from '../config/config';
import { WriteQueue } from '../database/write-queue';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Outcome } from '../outcomes/outcome.entity';
import { OutcomesService } from '../outcomes/outcomes.service';
import { Staff } from '../staff/staff.entity';
import { TASK_TITLE_MAX } from '../tasks/task.dto';
import { Task } from '../tasks/task.entity';
import { TasksService } from '../tasks/tasks.service';
import { AgreementTerm } from './agreement-term.entity';

/** Kinds whose follow-up belongs to the Employment Office when the outcome has no owner. */
const PLACEMENT_KINDS: readonly OutcomeKind[] = ['internship_base', 'order_class', 'employment_positions'];
/** Ended agreements stay at the top of the expiry list, and get a renewal task, for this long after their end. */
const ENDED_SHOWN_DAYS = 365;
/** Agreements handled per transaction by the daily run. */
const BATCH = 200;

export type ExpiryStatus = 'ended' | 'expiring';

export interface ExpiringAgreement {
  outcomeId: number;
  title: string;
  kind: OutcomeKind;
  stage: OutcomeStage;
  enterpriseId: number;
  enterpriseName: string;
  ownerId: number | null;
  endDate: string;
  daysLeft: number;
  /** "ended": past its end and not renewed; "expiring": ends within the warning window. */
  status: ExpiryStatus;
  renewalTaskId: number | null;
}

export interface ExpiryReport {
  today: string;
  expiryDays: number;
  /** Every agreement listed, whatever the page. */
  total: number;
  /** The page's first and last position in the whole list. */
  range: [number, number];
  agreements: ExpiringAgreement[];
}

/** The expiry list's sorts, as the list contract names them (within each group: ended, then expiring). */
const EXPIRY_SORTS: ListSpec = {
  fields: { title: 'string', kind: 'string', enterpriseName: 'string', endDate: 'date', daysLeft: 'number' },
  search: [],
  defaultSort: ['endDate', 'ASC'],
};
const EXPIRY_SORT_EXPRESSIONS: Record<string, string> = {
  id: 'outcome.id',
  createdAt: 'outcome.createdAt',
  updatedAt: 'outcome.updatedAt',
  title: 'outcome.title',
  kind: 'outcome.kind',
  enterpriseName: 'enterprise.nameSortKey',
  endDate: 'outcome.endDate',
  daysLeft: 'outcome.endDate',
};

/** The key that makes the renewal task of one agreement term once, across restarts and instances. */
export const renewalKey = (outcomeId: number, endDate: string) => `renewal:${outcomeId}:${endDate}`;

/**
 * The renewal task's title, in the school's language: it says when the agreement has already ended.
 * An outcome's title may be as long as a task's, so a long one is shortened to keep the title within
 * the task's rules (the daily run's update of it is checked like any other).
 */
export function renewalTitle(title: string, endDate: string, today: string): string {
  const [before, after] =
    endDate < today ? ['续签协议：', `（已于 ${endDate} 到期，未续签）`] : ['续签协议：', `（${endDate} 到期）`];
  const room = TASK_TITLE_MAX - before.length - after.length;
  // cut on a character, not inside a surrogate pair
  const shortened = title.length > room ? `${title.slice(0, room - 1).replace(/[\uD800-\uDBFF]$/, '')}…` : title;
  return `${before}${shortened}${after}`;
}

/**
 * Agreements over time: an agreement in force whose end date has passed without a renewal is
 * derived as lapsed (nobody types it), an agreement ending soon gets one renewal task per term,
 * and a renewal extends the term while the earlier terms stay on record.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly outcomes: OutcomesService,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The daily work, safe to run any number of times and on several instances at once: each write
   * is conditional (a stage still live, a key not yet taken), so a second run finds nothing to do.
   */
  async runDaily(): Promise<{ lapsed: number; tasksCreated: number }> {
    const today = this.clock.today();
    const live = [...LIVE_OUTCOME_STAGES];
    const manager = this.dataSource.manager;
    // each read in the records' order, so that every engine and every run writes the same tasks under the same ids
    const ended = await manager
      .createQueryBuilder(Outcome, 'outcome')
      .where('outcome.stage IN (:...live)', { live })
      .andWhere('outcome.endDate < :today', { today })
      .orderBy('outcome.id')
      .getMany();
    // an agreement that ended long ago is lapsed but gets no task: the list would drown the recent ones
    const since = addDays(today, -ENDED_SHOWN_DAYS);
    // lapsed as it was written (endedWithoutRenewal in @crm/domain): its renewal task is still to make
    const lapsedOnWrite = await manager
      .createQueryBuilder(Outcome, 'outcome')
      .where('outcome.stage = :lapsed', { lapsed: 'lapsed' })
      .andWhere('outcome.endDate >= :since AND outcome.endDate < :today', { since, today })
      .orderBy('outcome.id')
      .getMany();
    const expiring = await manager
      .createQueryBuilder(Outcome, 'outcome')
      .where('outcome.stage IN (:...live)', { live })
      .andWhere('outcome.endDate BETWEEN :today AND :until', { today, until: addDays(today, this.config.expiryDays) })
      .orderBy('outcome.id')
      .getMany();
    if (ended.length === 0 && expiring.length === 0 && lapsedOnWrite.length === 0)
      return { lapsed: 0, tasksCreated: 0 };
    const heads = await this.officeHeads(manager);
    const due = [...ended.filter((outcome) => outcome.endDate! >= since), ...lapsedOnWrite, ...expiring];

    // in batches, each its own transaction, so that a first run over years of history never holds
    // the writer long enough to stall the requests queued behind it
    let lapsed = 0;
    let tasksCreated = 0;
    for (let start = 0; start < ended.length; start += BATCH) {
      lapsed += await this.writes.transaction((manager) =>
        this.lapse(manager, ended.slice(start, start + BATCH), today),
      );
    }
    for (let start = 0; start < due.length; start += BATCH) {
      tasksCreated += await this.writes.transaction(async (manager) => {
        let created = 0;
        for (const outcome of due.slice(start, start + BATCH))
          if (await this.remindOf(manager, outcome, heads, today)) created++;
        return created;
      });
    }
    return { lapsed, tasksCreated };
  }

  /**
   * Lapses those of `outcomes` still in force past their end, each an update through the outcomes'
   * pipeline (its derived stage, version, audit event, the enterprise's standing); the number it lapsed.
   */
  private async lapse(manager: EntityManager, outcomes: Outcome[], today: string): Promise<number> {
    const live: readonly string[] = LIVE_OUTCOME_STAGES;
    let lapsed = 0;
    for (const { id } of outcomes) {
      // read again under the row lock: another instance's run may have lapsed it since the list was read
      const current = await manager.findOne(Outcome, { where: { id }, lock: this.writes.lock });
      if (!current || !live.includes(current.stage) || !current.endDate || current.endDate >= today) continue;
      await this.outcomes.updateIn(
        manager,
        'update',
        id,
        { version: current.version, stage: 'lapsed' } as Partial<Outcome>,
        null,
      );
      lapsed++;
    }
    return lapsed;
  }

  /** The term's renewal task made, or when it exists and the agreement has ended since, retitled to say so; true when made. */
  private async remindOf(
    manager: EntityManager,
    outcome: Outcome,
    heads: Map<'placement' | 'other', number>,
    today: string,
  ): Promise<boolean> {
    if (await this.createRenewalTask(manager, outcome, heads, today)) return true;
    if (outcome.endDate! < today) await this.sayEnded(manager, outcome, today);
    return false;
  }

  /**
   * Makes the term's renewal task through the pipeline unless its key is taken; true when this call
   * made it. Once only, whichever instance gets there first: the key's unique index decides. The
   * key is read first (the usual case: made on an earlier day), and the create runs in a savepoint,
   * so that the instance losing a race at the same moment (the other's row not yet visible to its
   * read) has only the savepoint rolled back and carries on with the rest of its run.
   */
  private async createRenewalTask(
    manager: EntityManager,
    outcome: Outcome,
    heads: Map<'placement' | 'other', number>,
    today: string,
  ): Promise<boolean> {
    const endDate = outcome.endDate!;
    const key = renewalKey(outcome.id, endDate);
    if (await manager.exists(Task, { where: { renewalKey: key }, withDeleted: true })) return false;
    const body = {
      title: renewalTitle(outcome.title, endDate, today),
      dueDate: endDate < today ? today : endDate,
      assigneeId: outcome.ownerId ?? heads.get(PLACEMENT_KINDS.includes(outcome.kind) ? 'placement' : 'other') ?? null,
      outcomeId: outcome.id,
      enterpriseId: outcome.enterpriseId,
    };
    try {
      await manager.transaction((savepoint) =>
        this.tasks.createIn(savepoint, body, null, { system: { renewalKey: key } }),
      );
      return true;
    } catch (error) {
      if (constraintKind(error) === 'unique') return false;
      throw error;
    }
  }

  /** An open renewal task made while the agreement was still running now says that it ended. */
  private async sayEnded(manager: EntityManager, outcome: Outcome, today: string): Promise<void> {
    const task = await manager.findOne(Task, {
      where: { renewalKey: renewalKey(outcome.id, outcome.endDate!), doneAt: IsNull() },
    });
    const title = renewalTitle(outcome.title, outcome.endDate!, today);
    if (!task || task.title === title) return;
    await this.tasks.updateIn(manager, 'update', task.id, { version: task.version, title } as Partial<Task>, null);
  }

  /** Who takes a renewal when the outcome has no owner: the first active account of the office concerned. */
  private async officeHeads(manager: EntityManager): Promise<Map<'placement' | 'other', number>> {
    const heads = new Map<'placement' | 'other', number>();
    for (const [which, role] of [
      ['placement', 'employment'],
      ['other', 'office'],
    ] as const) {
      const head = await manager.findOne(Staff, {
        where: { role, active: true },
        order: { id: 'ASC' },
        select: { id: true },
      });
      if (head) heads.set(which, head.id);
    }
    return heads;
  }

  /**
   * Agreements that ended without renewal (first, most recently ended at the top) and those ending
   * within the window (soonest first), or in the order of `sort` within each of the two groups.
   * Sorted and paged in SQL: `range` gives one page, `total` counts them all.
   */
  async expiring(query: { sort?: string; range?: string; kind?: OutcomeKind } = {}): Promise<ExpiryReport> {
    const today = this.clock.today();
    const { sort, range } = parseListQuery(query, EXPIRY_SORTS);
    const parameters = {
      live: [...LIVE_OUTCOME_STAGES],
      today,
      until: addDays(today, this.config.expiryDays),
      lapsed: 'lapsed',
      since: addDays(today, -ENDED_SHOWN_DAYS),
    };
    const listed = () =>
      this.dataSource.manager
        .createQueryBuilder(Outcome, 'outcome')
        .innerJoin(Enterprise, 'enterprise', 'enterprise.id = outcome.enterpriseId')
        .where('outcome.endDate IS NOT NULL')
        .andWhere(
          '((outcome.stage IN (:...live) AND outcome.endDate BETWEEN :today AND :until) OR (outcome.stage = :lapsed AND outcome.endDate >= :since AND outcome.endDate < :today))',
          parameters,
        )
        .andWhere(query.kind ? 'outcome.kind = :kind' : '1 = 1', { kind: query.kind });
    const total = Number(
      (await listed().select('COUNT(*)', 'total').getRawOne<{ total: number | string }>())?.total ?? 0,
    );
    const page = listed()
      .select([
        'outcome.id AS "outcomeId"',
        'outcome.title AS "title"',
        'outcome.kind AS "kind"',
        'outcome.stage AS "stage"',
        'outcome.enterpriseId AS "enterpriseId"',
      ])
      .addSelect([
        'enterprise.name AS "enterpriseName"',
        'outcome.ownerId AS "ownerId"',
        'outcome.endDate AS "endDate"',
      ])
      .addSelect('CASE WHEN outcome.endDate < :today THEN 0 ELSE 1 END', 'endedFirst')
      .orderBy('"endedFirst"', 'ASC');
    if (query.sort !== undefined)
      page.addSelect(EXPIRY_SORT_EXPRESSIONS[sort[0]], 'sortValue').addOrderBy('"sortValue"', sort[1]);
    else
      page
        .addSelect('CASE WHEN outcome.endDate < :today THEN outcome.endDate END', 'endedOn')
        .addOrderBy('"endedOn"', 'DESC')
        .addOrderBy('outcome.endDate', 'ASC');
    page.addOrderBy('outcome.id', 'ASC');
    if (query.range !== undefined) page.offset(range[0]).limit(range[1] - range[0] + 1);
    const rows = await page.getRawMany<
      Omit<ExpiringAgreement, 'daysLeft' | 'status' | 'renewalTaskId'> & Record<string, unknown>
    >();
    const tasks = rows.length
      ? await this.dataSource.manager.find(Task, {
          select: { id: true, renewalKey: true },
          where: { renewalKey: In(rows.map((row) => renewalKey(row.outcomeId, row.endDate))) },
        })
      : [];
    const taskByKey = new Map(tasks.map((task) => [task.renewalKey, task.id]));
    const agreements = rows.map(({ endedFirst: _endedFirst, endedOn: _endedOn, sortValue: _sortValue, ...row }) => ({
      ...row,
      outcomeId: Number(row.outcomeId),
      enterpriseId: Number(row.enterpriseId),
      ownerId: row.ownerId === null ? null : Number(row.ownerId),
      daysLeft: daysBetween(today, row.endDate),
      status: (row.endDate < today ? 'ended' : 'expiring') as ExpiryStatus,
      renewalTaskId: taskByKey.get(renewalKey(row.outcomeId, row.endDate)) ?? null,
    }));
    return {
      today,
      expiryDays: this.config.expiryDays,
      total,
      range: [range[0], range[0] + agreements.length - 1],
      agreements,
    };
  }

  /** The terms a renewal replaced, oldest first; the current term is the outcome's own dates. */
  async terms(outcomeId: number): Promise<AgreementTerm[]> {
    if (!(await this.dataSource.manager.exists(Outcome, { where: { id: outcomeId } })))
      throw notFound('outcome', outcomeId);
    return this.dataSource.manager.find(AgreementTerm, { where: { outcomeId }, order: { id: 'ASC' } });
  }

  /**
   * Extends an agreement to a new end date: the term it replaces goes into the history, an agreement
   * that had lapsed or completed is active again, the old term's open renewal task is done, and the
   * audit trail has the change, all in one transaction.
   */
  async renew(
    outcomeId: number,
    body: { endDate: string; signedDate?: string },
    actor: Actor | null,
  ): Promise<Outcome & { terms: AgreementTerm[] }> {
    return this.writes.transaction(async (manager) => {
      const current = await manager.findOne(Outcome, { where: { id: outcomeId }, lock: this.writes.lock });
      if (!current) throw notFound('outcome', outcomeId);
      // the right to edit this outcome, row rules included, as its PUT asks it (before anything is written)
      await this.outcomes.authorizeOn(manager, actor, 'update', outcomeId);
      if (!['signed', 'active', 'lapsed', 'completed'].includes(current.stage)) {
        throw conflict(msg('workflow.onlySignedRenews', { stage: current.stage }));
      }
      if (current.endDate && body.endDate <= current.endDate)
        throw fieldErrors({ endDate: msg('workflow.afterCurrentEnd', { endDate: current.endDate }) });
      if (current.startDate && body.endDate < current.startDate)
        throw fieldErrors({ endDate: msg('workflow.notBeforeStart') });
      const now = this.clock.now();
      const previous = await manager.findOne(AgreementTerm, { where: { outcomeId }, order: { id: 'DESC' } });
      // eslint-disable-next-line no-restricted-syntax -- not a record: a term is history kept beside its outcome, written with the outcome's update
      await manager.insert(AgreementTerm, {
        outcomeId,
        startDate: previous?.endDate ? addDays(previous.endDate, 1) : current.startDate,
        endDate: current.endDate,
        signedDate: current.signedDate,
        renewedAt: now,
        renewedById: actor?.id ?? null,
        renewedByName: actor?.name ?? null,
      });
      const stage: OutcomeStage =
        current.stage === 'lapsed' || current.stage === 'completed' ? 'active' : current.stage;
      await this.outcomes.updateIn(
        manager,
        'update',
        outcomeId,
        {
          version: current.version,
          endDate: body.endDate,
          signedDate: body.signedDate ?? this.clock.today(),
          stage,
        } as Partial<Outcome>,
        actor,
      );
      const renewed = await manager.findOneByOrFail(Outcome, { id: outcomeId });
      if (current.endDate) {
        const task = await manager.findOne(Task, {
          where: { renewalKey: renewalKey(outcomeId, current.endDate), doneAt: IsNull() },
        });
        // the renewal closes its task whoever it is assigned to: done by the system, the outcome's event says who renewed
        if (task)
          await this.tasks.updateIn(
            manager,
            'update',
            task.id,
            { version: task.version, doneAt: now.toISOString() } as object,
            null,
          );
      }
      return Object.assign(renewed, {
        terms: await manager.find(AgreementTerm, { where: { outcomeId }, order: { id: 'ASC' } }),
      });
    });
  }
}
