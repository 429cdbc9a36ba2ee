import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * TypeORM keeps one connection for SQLite, so two transactions open at once would interleave their
 * statements (or fail with "cannot start a transaction within a transaction"). Every write goes
 * through this queue, which runs one transaction at a time. On a pooled database (PostgreSQL) the
 * queue lets transactions run side by side, since each gets its own connection.
 */
@Injectable()
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serial: boolean;
  /** The row lock an update takes on a pooled database; SQLite's single writer needs none. */
  readonly lock: { mode: 'pessimistic_write' } | undefined;

  constructor(private readonly dataSource: DataSource) {
    this.serial = dataSource.options.type === 'better-sqlite3';
    this.lock = this.serial ? undefined : { mode: 'pessimistic_write' };
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serial) return this.dataSource.transaction(work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }
}
