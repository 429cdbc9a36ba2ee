import type { DataSource, DataSourceOptions, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RowsToInsert } from '../bulk-statements';
import type { DatabaseTarget } from '../../config/config';

export type Engine = DatabaseTarget['engine'];

/** A search narrowed to SQL: the condition on the searched row and its parameters. */
export interface SearchSql {
  sql: string;
  parameters: Record<string, unknown>;
}

export interface SearchOptions {
  table: string;
  alias: string;
  /** Columns the search looks in (the table's FULL_TEXT columns where it has an index). */
  columns: readonly string[];
  /** Only live rows are asked for (not the bin): the gram index, which holds only those, may answer. */
  liveOnly: boolean;
}

/**
 * Everything that differs between the two engines the CRM runs on, behind one interface: the rest of
 * the code never asks which engine it runs on. SQLite (dialect/sqlite.ts) is the embedded default;
 * PostgreSQL (dialect/postgres.ts) is for several instances on one database.
 */
export interface Dialect {
  readonly engine: Engine;
  /** The data source: driver, pool, time columns and the engine's own migration set. */
  options(target: DatabaseTarget): DataSourceOptions;
  /**
   * Whether writes must go one at a time through the write queue (SQLite's one connection and single
   * writer). Otherwise each write is its own transaction on a pooled connection, serialised where it
   * matters by the row lock of `rowLock`.
   */
  readonly serialWrites: boolean;
  /** The lock an update takes on the record whose version it checks, or none where writes are serial. */
  readonly rowLock: { mode: 'pessimistic_write' } | undefined;
  /**
   * A write transaction the engine aborted only because another one ran at the same moment (two
   * transactions waiting on each other's rows): running the same work again in a new transaction
   * succeeds. Never true where writes are serial.
   */
  isTransientWriteFailure(error: unknown): boolean;
  /**
   * What a sub-select picking rows to claim (an outbox's due rows) adds so that two instances
   * claiming at once pass each other's rows by instead of waiting on them; nothing where writes are serial.
   */
  readonly skipLocked: string;
  /** The condition finding `text` as a substring (case-folded) in the row, served by the engine's index. */
  searchCondition(options: SearchOptions, text: string): SearchSql;
  /** The query reading the live rows of a whole table (as `total`), or undefined where no counter is kept. */
  liveRowCountQuery(dataSource: DataSource, table: string): SelectQueryBuilder<ObjectLiteral> | undefined;
  /**
   * Inserts rows in statements of many rows in the caller's transaction (bulk-insert.ts
   * `insertRecords`), answering the generated ids in order; the counters, search indexes and tallies
   * kept per row are exact when it returns.
   */
  insertRows(manager: EntityManager, insert: RowsToInsert): Promise<number[]>;
  /** `npm run search:rebuild`: every search index the engine does not keep by itself filled again from the rows, in the caller's transaction; the tables rebuilt. */
  rebuildSearchIndexes(manager: EntityManager): Promise<string[]>;
  /** Puts back at start what keeps counters and search indexes current, if a migration lost it; what was repaired, or null. */
  repairTriggers(dataSource: DataSource): Promise<string | null>;
  /** `npm run backup`: a consistent copy of the live database, written to `file` (by default under data/backups); what to tell the operator. */
  backup(target: DatabaseTarget, file?: string): Promise<string[]>;
  /** `npm run restore`: puts a backup in place of the database, refusing while a server uses it; what to tell the operator. */
  restore(target: DatabaseTarget, file: string): Promise<string[]>;
  /** The database file reader threads may open, or null where the driver already reads off the event loop. */
  readerFile(dataSource: DataSource): string | null;
  /**
   * A mark that differs once anything in the database may have changed (a write of this process, a
   * commit of any other connection or process), read without a round trip to a server; null where
   * the engine cannot tell so cheaply, or while a transaction is open, and then nothing read earlier
   * may be reused.
   */
  changeMark(dataSource: DataSource): string | null;
}
