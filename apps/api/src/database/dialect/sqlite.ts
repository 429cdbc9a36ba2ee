import { resolve } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import type { DatabaseTarget } from '../../config/config';
import { backupDatabase, defaultBackupPath, restoreDatabase } from '../backup';
import type { Dialect } from './types';
import { BULK_ROWS, insertInStatements, StatementRunner } from '../bulk-statements';
import { FULL_TEXT, fullTextFillSql, GRAM_TABLES, gramSql, searchCondition } from '../full-text';
import { MIGRATIONS } from '../migrations/sqlite';
import { liveRowCountQuery } from '../row-counts';
import { insertWithTriggersSuspended, repairSqliteTriggers } from '../trigger-repair';
import { shareTheThread } from '../turns';
import { useTimeColumns } from './time-columns';

/**
 * SQLite, the embedded default: one file, WAL so reads do not wait for the writer, foreign keys on,
 * and FULL synchronous so an acknowledged commit survives a power cut. One connection writes, so
 * writes go through the write queue (write-queue.ts) and long reads to reader threads (read-pool.ts).
 */
/** The parts of a better-sqlite3 connection and statement that a bulk insert uses. */
interface Connection {
  prepare(sql: string): Statement;
}
interface Statement {
  reader: boolean;
  all(parameters: unknown[]): Record<string, unknown>[];
  run(parameters: unknown[]): unknown;
}

/** Prepared statements of full-size insert chunks, per connection: prepared once, bound to an array (no spread of ten thousand arguments). */
const prepared = new WeakMap<Connection, Map<string, Statement>>();

/**
 * Runs the statements of a bulk insert on the transaction's own connection (TypeORM's query runner
 * holds it), each text prepared once; without a runner, through TypeORM.
 */
async function statementRunner(manager: EntityManager): Promise<StatementRunner> {
  const placeholder = () => '?';
  if (!manager.queryRunner) return { placeholder, run: (sql, parameters) => manager.query(sql, parameters) };
  const connection = (await manager.queryRunner.connect()) as Connection;
  const statements = prepared.get(connection) ?? new Map<string, Statement>();
  prepared.set(connection, statements);
  return {
    placeholder,
    run: async (sql, parameters) => {
      await shareTheThread();
      let statement = statements.get(sql);
      if (!statement) {
        statement = connection.prepare(sql);
        // the last chunk of each insert has a length of its own: keep only the shapes that repeat
        if (statements.size < 64) statements.set(sql, statement);
      }
      if (statement.reader) return statement.all(parameters);
      statement.run(parameters);
      return [];
    },
  };
}

/** The parts of TypeORM's better-sqlite3 connection that the change mark reads. */
interface MarkedConnection {
  inTransaction: boolean;
  prepare(sql: string): { pluck(): { get(): unknown } };
}
const markStatements = new WeakMap<MarkedConnection, { get(): unknown }>();

const sqlitePath = (target: DatabaseTarget) => {
  if (target.engine !== 'sqlite') throw new Error('The SQLite dialect runs on a SQLite file');
  return resolve(target.path);
};

export const sqlite: Dialect = {
  engine: 'sqlite',
  serialWrites: true,
  rowLock: undefined,
  skipLocked: '',
  isTransientWriteFailure: () => false,

  options(target) {
    const path = sqlitePath(target);
    useTimeColumns('datetime');
    return {
      type: 'better-sqlite3',
      database: path,
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

  async insertRows(manager, insert) {
    const runner = await statementRunner(manager);
    const write = () => insertInStatements(insert, runner);
    return insert.generatedId && insert.rows.length >= BULK_ROWS
      ? insertWithTriggersSuspended(manager, insert.table, write)
      : write();
  },

  async rebuildSearchIndexes(manager) {
    for (const table of Object.keys(FULL_TEXT)) {
      for (const statement of fullTextFillSql(table)) await manager.query(statement);
      // the gram index's statements create what is missing and fill it afresh
      if (GRAM_TABLES.includes(table)) for (const statement of gramSql(table)) await manager.query(statement);
    }
    return Object.keys(FULL_TEXT);
  },

  async backup(target, file) {
    const path = sqlitePath(target);
    const result = await backupDatabase(path, file ?? defaultBackupPath(path));
    return [`Backed up ${path} to ${result.path} (${result.pages} pages).`];
  },

  async restore(target, file) {
    const path = sqlitePath(target);
    const result = restoreDatabase(file, path);
    return [
      `Restored ${path} from ${resolve(file)}.`,
      ...(result.previous ? [`The database it replaced is kept at ${result.previous}.`] : []),
    ];
  },

  readerFile(dataSource: DataSource) {
    const database = dataSource.options.database;
    // an in-memory database exists only on its own connection: read it there
    return typeof database === 'string' && database !== '' && database !== ':memory:' ? database : null;
  },

  /**
   * The rows this process's one connection has changed so far (total_changes(), counted as each
   * statement runs, so an uncommitted or rolled-back write moves it too) and the commits of every
   * other connection, other processes included (data_version). While a transaction is open, its
   * uncommitted rows are what a read sees: nothing is marked.
   */
  changeMark(dataSource) {
    const connection = (dataSource.driver as unknown as { databaseConnection?: MarkedConnection }).databaseConnection;
    if (!connection || connection.inTransaction) return null;
    let statement = markStatements.get(connection);
    if (!statement) {
      statement = connection.prepare("SELECT total_changes() || ':' || data_version FROM pragma_data_version").pluck();
      markStatements.set(connection, statement);
    }
    return statement.get() as string;
  },
};
