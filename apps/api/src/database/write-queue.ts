import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Writes between two refreshes of the planner's statistics. */
const WRITES_PER_OPTIMIZE = 1000;

/**
 * TypeORM keeps one connection for SQLite, so two transactions open at once would interleave their
 * statements (or fail with "cannot start a transaction within a transaction"). Every write goes
 * through this queue, which runs one transaction at a time. On a pooled database (PostgreSQL) the
 * queue lets transactions run side by side, since each gets its own connection.
 *
 * It also keeps the planner's statistics current, so that a database filled by imports and daily
 * use is planned as well as a freshly analysed one: `PRAGMA optimize` at start and after every
 * thousand writes or a large import (it analyses only the tables whose row counts moved, reading
 * at most a bounded sample of each index). PostgreSQL twin: autovacuum's auto-analyze.
 */
@Injectable()
export class WriteQueue implements OnApplicationBootstrap {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serial: boolean;
  private writesSinceOptimize = 0;
  /** The row lock an update takes on a pooled database; SQLite's single writer needs none. */
  readonly lock: { mode: 'pessimistic_write' } | undefined;

  constructor(private readonly dataSource: DataSource) {
    this.serial = dataSource.options.type === 'better-sqlite3';
    this.lock = this.serial ? undefined : { mode: 'pessimistic_write' };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.serial) return;
    await this.dataSource.query('PRAGMA analysis_limit = 1000');
    // 0x10002: also look at tables never analysed (a database made by an older version)
    await this.dataSource.query('PRAGMA optimize = 0x10002');
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serial) return this.dataSource.transaction(work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = result.catch(() => undefined);
    if (++this.writesSinceOptimize >= WRITES_PER_OPTIMIZE) this.refreshStatistics();
    return result;
  }

  /** Queues `PRAGMA optimize` after the writes queued so far; call it after a large import. */
  refreshStatistics(): Promise<void> {
    this.writesSinceOptimize = 0;
    if (!this.serial) return Promise.resolve();
    const done = this.tail.then(() => this.dataSource.query('PRAGMA optimize')).then(() => undefined);
    this.tail = done.catch(() => undefined);
    return done;
  }
}
