import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Dialect, dialectOf } from './dialect';
import { shareTheThread } from './turns';
import { BACKSTOP_PAGES, WalCheckpointer } from './wal-checkpointer';

/** Writes between two refreshes of the planner's statistics. */
const WRITES_PER_OPTIMIZE = 1000;
/** The most writes one commit carries. */
const MAX_GROUP = 64;
/**
 * No write arriving while a group runs joins it once it has been running this long: the first
 * write of a group waits for the COMMIT after the last, so this bounds the wait a group adds to a
 * write's own time. The writes already waiting when the group starts all join it (up to MAX_GROUP):
 * they would otherwise wait for this group's COMMIT and then their own, one fsync each, which is
 * what made group commit degrade to one write per COMMIT once a write took longer than this.
 */
const MAX_GROUP_MS = 15;

type Runner = ReturnType<DataSource['createQueryRunner']>;
/** SQLite's one query runner, whose statements already let a held event loop go round first. */
const sharing = new WeakSet<Runner>();

/** Every statement of a write group (its COMMIT too) lets a held event loop go round first (turns.ts). */
function takingTurns(runner: Runner): void {
  if (sharing.has(runner)) return;
  sharing.add(runner);
  const query = runner.query.bind(runner);
  runner.query = (async (...args: Parameters<typeof query>) => {
    await shareTheThread();
    return query(...args);
  }) as typeof runner.query;
}

interface Job {
  work: (manager: EntityManager) => Promise<unknown>;
  /** A long write (a chunk of an import) that commits in a group of its own. */
  alone: boolean;
  done: (value: unknown) => void;
  fail: (error: unknown) => void;
}

/**
 * TypeORM keeps one connection for SQLite, so two transactions open at once would interleave their
 * statements (or fail with "cannot start a transaction within a transaction"). Every write goes
 * through this queue.
 *
 * Group commit: the writes waiting when the queue gets its turn, and those arriving while it runs
 * them (for up to MAX_GROUP_MS), run one after another in one transaction, each inside its own
 * savepoint, and share one COMMIT — one fsync under
 * synchronous=FULL instead of one each. A write that fails is rolled back to its savepoint and
 * fails alone; the others still commit. No write is acknowledged before the COMMIT that makes it
 * durable has returned; if that COMMIT fails, every write of the group fails.
 *
 * On a pooled database (PostgreSQL) the queue lets transactions run side by side, since each gets
 * its own connection and the database groups commits itself.
 *
 * It also keeps the planner's statistics current, so that a database filled by imports and daily
 * use is planned as well as a freshly analysed one: `PRAGMA optimize` at start and after every
 * thousand writes or a large import (it analyses only the tables whose row counts moved, reading
 * at most a bounded sample of each index). PostgreSQL twin: autovacuum's auto-analyze.
 */
/** How often a write aborted by a deadlock is tried in all. */
const TRANSIENT_RETRIES = 4;

@Injectable()
export class WriteQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly dialect: Dialect;
  private readonly serial: boolean;
  private readonly waiting: Job[] = [];
  private draining = false;
  private writesSinceOptimize = 0;
  private optimizeDue = false;
  /** Runs the WAL's checkpoints between groups on a thread of its own, where the database is a file (SQLite). */
  checkpointer: WalCheckpointer | null = null;
  /** MAX_GROUP_MS; a spec that asserts which writes share a group lifts it, since a loaded machine can take longer than it for a few inserts. */
  maxGroupMs = MAX_GROUP_MS;
  /** The row lock an update takes on a pooled database; SQLite's single writer needs none. */
  readonly lock: { mode: 'pessimistic_write' } | undefined;

  constructor(private readonly dataSource: DataSource) {
    this.dialect = dialectOf(dataSource);
    this.serial = this.dialect.serialWrites;
    this.lock = this.dialect.rowLock;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.serial) return;
    await this.dataSource.query('PRAGMA analysis_limit = 1000');
    // 0x10002: also look at tables never analysed (a database made by an older version)
    await this.dataSource.query('PRAGMA optimize = 0x10002');
    const file = this.dialect.readerFile(this.dataSource);
    if (!file) return;
    // checkpoints run on their own thread (wal-checkpointer.ts); the writer's own only as a backstop
    await this.dataSource.query(`PRAGMA wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    this.checkpointer = new WalCheckpointer(file);
  }

  async onModuleDestroy(): Promise<void> {
    await this.checkpointer?.close();
  }

  /**
   * `alone`: a long write (a chunk of an import) commits in a group of its own. A short write that
   * joined its group would wait for the chunk's statements before its COMMIT; and one that was
   * waiting when the group began would wait for the chunk that was queued behind it.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>, options: { alone?: boolean } = {}): Promise<T> {
    if (!this.serial) return this.concurrent(work);
    if (++this.writesSinceOptimize >= WRITES_PER_OPTIMIZE) this.optimizeDue = true;
    return new Promise<T>((done, fail) => {
      this.waiting.push({ work, alone: options.alone ?? false, done: done as (value: unknown) => void, fail });
      this.drain();
    });
  }

  /**
   * A write on a pooled engine: its own transaction, run again (a few times) when the engine aborted
   * it only for meeting another transaction's locks the other way round; nothing of the aborted try
   * is stored, so the work starts afresh.
   */
  private async concurrent<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        if (attempt >= TRANSIENT_RETRIES || !this.dialect.isTransientWriteFailure(error)) throw error;
      }
    }
  }

  /** `PRAGMA optimize` once the writes queued so far are committed; call it after a large import. */
  refreshStatistics(): void {
    if (!this.serial) return;
    this.optimizeDue = true;
    this.drain();
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    // one turn of the event loop first, so that requests already read off their sockets join the group
    setImmediate(async () => {
      try {
        while (this.waiting.length) {
          if (this.checkpointer?.due) await this.checkpointer.checkpoint();
          await this.commitGroup();
        }
        if (this.optimizeDue) {
          this.optimizeDue = false;
          this.writesSinceOptimize = 0;
          await this.dataSource.query('PRAGMA optimize').catch(() => undefined);
        }
      } finally {
        this.draining = false;
        if (this.waiting.length || this.optimizeDue) this.drain();
      }
    });
  }

  private async commitGroup(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    takingTurns(runner);
    const settled: (() => void)[] = [];
    const group: Job[] = [];
    const started = performance.now();
    const waitingAtStart = this.waiting.length;
    try {
      await runner.startTransaction();
      while (
        this.waiting.length &&
        group.length < MAX_GROUP &&
        (group.length < waitingAtStart || performance.now() - started < this.maxGroupMs) &&
        !group[0]?.alone &&
        !(group.length && this.waiting[0].alone)
      ) {
        const job = this.waiting.shift()!;
        group.push(job);
        await runner.startTransaction(); // a savepoint
        try {
          const value = await job.work(runner.manager);
          await runner.commitTransaction(); // releases the savepoint
          settled.push(() => job.done(value));
        } catch (error) {
          await runner.rollbackTransaction(); // back to the savepoint: this write alone is undone
          settled.push(() => job.fail(error));
        }
      }
      await runner.commitTransaction();
      this.checkpointer?.committed();
    } catch (error) {
      // the transaction itself failed (its COMMIT, or SQLite ended it): nothing of the group is stored
      if (runner.isTransactionActive) await this.abandon(runner);
      // a transaction that could not even begin fails the writes waiting for it, rather than retrying forever
      for (const job of group.length ? group : this.waiting.splice(0)) job.fail(error);
      return;
    } finally {
      await runner.release();
    }
    for (const settle of settled) settle();
  }

  private async abandon(runner: ReturnType<DataSource['createQueryRunner']>): Promise<void> {
    try {
      while (runner.isTransactionActive) await runner.rollbackTransaction();
    } catch {
      // SQLite already ended the transaction: the runner must not go on counting savepoints
      Object.assign(runner, { isTransactionActive: false, transactionDepth: 0 });
    }
  }
}
