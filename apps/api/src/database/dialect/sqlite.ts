import { DataSource } from 'typeorm';
import type { Dialect } from '../dialect';
import { searchCondition } from '../full-text';
import { MIGRATIONS } from '../migrations/sqlite';
import { liveRowCountQuery } from '../row-counts';
import { repairSqliteTriggers } from '../trigger-repair';
import { useTimeColumns } from './time-columns';

/**
 * SQLite, the embedded default: one file, WAL so reads do not wait for the writer, foreign keys on,
 * and FULL synchronous so an acknowledged commit survives a power cut. One connection writes, so
 * writes go through the write queue (write-queue.ts) and long reads to reader threads (read-pool.ts).
 */
export const sqlite: Dialect = {
  engine: 'sqlite',
  serialWrites: true,
  rowLock: undefined,

  options(target) {
    if (target.engine !== 'sqlite') throw new Error('The SQLite dialect runs on a SQLite file');
    useTimeColumns('datetime');
    return {
      type: 'better-sqlite3',
      database: target.path,
      migrations: MIGRATIONS,
      enableWAL: true,
      timeout: 5000,
      prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
        db.pragma('synchronous = FULL');
        db.pragma('busy_timeout = 5000');
      },
    };
  },

  searchCondition: (options, text) => searchCondition({ ...options, sqlite: true }, text),
  liveRowCountQuery,
  repairTriggers: repairSqliteTriggers,

  readerFile(dataSource: DataSource) {
    const database = dataSource.options.database;
    // an in-memory database exists only on its own connection: read it there
    return typeof database === 'string' && database !== '' && database !== ':memory:' ? database : null;
  },
};
