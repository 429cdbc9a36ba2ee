import { resolve } from 'node:path';
import { types } from 'pg';
import { databaseName, type DatabaseTarget } from '../../config/config';
import { defaultDumpPath, dumpPostgres, restorePostgres } from '../backup-postgres';
import type { Dialect } from './types';
import { BULK_ROWS, insertInStatements } from '../bulk-statements';
import {
  FULL_TEXT,
  GRAM_TABLES,
  gramCondition,
  gramKey,
  gramTable,
  newRowsCondition,
  NewRows,
  searchCondition,
  servedByGrams,
} from '../full-text';
import { MIGRATIONS } from '../migrations/postgres';
import { COUNTED_TABLES } from '@crm/domain';
import { liveRowCountQuery, rowCountAddSql } from '../row-counts';
import { repairPostgresTallies } from '../tallies';
import { useTimeColumns } from './time-columns';

const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;

/**
 * Values as the rest of the code knows them from SQLite, for raw rows too (entities are converted by
 * TypeORM either way): a date column is the text 'YYYY-MM-DD', not a Date at local midnight; a count
 * or a sum is a number (they stay far below 2^53), not a string.
 */
const parsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE) return (value: string) => value;
    if (oid === INT8) return (value: string) => Number.parseInt(value, 10);
    if (oid === NUMERIC) return (value: string) => Number.parseFloat(value);
    return types.getTypeParser(oid, format);
  }) as typeof types.getTypeParser,
};

/**
 * PostgreSQL, for several instances on one database. The pool reads and writes in parallel; a write
 * is one transaction that locks the record whose version it checks (SELECT … FOR UPDATE), so of two
 * concurrent edits of one version exactly one succeeds. Searches are served by pg_trgm's GIN indexes
 * and, for one or two Chinese characters, by the same gram tables as on SQLite; whole-table totals by
 * the same trigger-kept counters (migrations/postgres).
 */
/** The new rows one statement of a bulk insert's fill reads. */
const FILL_IDS = 2_000;

/**
 * The gram index of the live rows (or of the new ones) as one set, by the migrations' search_grams():
 * the same grams its trigger writes for one row.
 */
function gramFillSql(table: string, rows?: NewRows): string {
  const fields = FULL_TEXT[table].map((column) => `"row"."${column}"`).join(', ');
  return (
    `INSERT INTO "${gramTable(table)}" ("gram", "sortKey", "id") SELECT "gram", COALESCE("row"."nameSortKey", "row"."name"), "row"."id" ` +
    `FROM "${table}" AS "row", "search_grams"(${fields}) AS "gram" WHERE "row"."deletedAt" IS NULL${newRowsCondition('"row"', rows)} ON CONFLICT DO NOTHING`
  );
}

const postgresTarget = (target: DatabaseTarget) => {
  if (target.engine !== 'postgres') throw new Error('The PostgreSQL dialect needs a postgres:// URL');
  return target;
};
const postgresUrl = (target: DatabaseTarget) => postgresTarget(target).url;

export const postgres: Dialect = {
  engine: 'postgres',
  serialWrites: false,
  rowLock: { mode: 'pessimistic_write' },
  skipLocked: ' FOR UPDATE SKIP LOCKED',
  // deadlock_detected, serialization_failure: e.g. an import's counter update and a create's report tally, taken in opposite orders
  isTransientWriteFailure: (error) =>
    ['40P01', '40001'].includes(
      String((error as { driverError?: { code?: unknown } })?.driverError?.code ?? (error as { code?: unknown })?.code),
    ),

  options(target) {
    const { url, poolSize, statementTimeoutMs } = postgresTarget(target);
    useTimeColumns('timestamptz');
    return {
      type: 'postgres',
      url,
      migrations: MIGRATIONS,
      poolSize,
      applicationName: 'partnership-crm',
      extra: { statement_timeout: statementTimeoutMs, types: parsers },
    };
  },

  searchCondition(options, text) {
    if (options.liveOnly && servedByGrams(options.table, text))
      return { sql: gramCondition(options.table, options.alias), parameters: { q: gramKey(text) } };
    // LOWER(column) LIKE '%…%', which the GIN trigram indexes on LOWER(column) serve
    return searchCondition({ ...options, sqlite: false }, text);
  },

  liveRowCountQuery,

  async insertRows(manager, insert) {
    const write = () =>
      insertInStatements(insert, {
        placeholder: (index) => `$${index}`,
        run: (sql, parameters) => manager.query(sql, parameters),
      });
    const counted = COUNTED_TABLES.includes(insert.table);
    const grams = GRAM_TABLES.includes(insert.table);
    // transaction-local: outside a transaction the setting would be gone before the rows are written
    if (
      !insert.generatedId ||
      insert.rows.length < BULK_ROWS ||
      !(counted || grams) ||
      !manager.queryRunner?.isTransactionActive
    )
      return write();
    await manager.query(`SELECT set_config('crm.bulk_insert', $1, true)`, [insert.table]);
    const ids = await write();
    await manager.query(`SELECT set_config('crm.bulk_insert', '', true)`);
    const rows = { idsParameter: '$1::integer[]' };
    // in parts, so that no statement of a 50,000-row import runs into the statement timeout
    for (let start = 0; start < ids.length; start += FILL_IDS) {
      const part = ids.slice(start, start + FILL_IDS);
      if (counted) await manager.query(rowCountAddSql(insert.table, rows), [part]);
      if (grams) await manager.query(gramFillSql(insert.table, rows), [part]);
    }
    return ids;
  },

  // pg_trgm's GIN indexes are kept by PostgreSQL itself; the gram tables are filled again
  async rebuildSearchIndexes(manager) {
    for (const table of GRAM_TABLES) {
      await manager.query(`DELETE FROM "${gramTable(table)}"`);
      await manager.query(gramFillSql(table));
    }
    return [...GRAM_TABLES];
  },

  // PostgreSQL alters tables in place, so no migration drops a table's triggers; but a report figure
  // declared since (or differently) needs its triggers and its count
  repairTriggers: repairPostgresTallies,

  async backup(target, file) {
    const url = postgresUrl(target);
    const result = await dumpPostgres(url, file ?? defaultDumpPath(resolve('data')));
    return [`Backed up ${databaseName(target)} to ${result.path} (${result.bytes} bytes, pg_dump custom format).`];
  },

  async restore(target, file) {
    const url = postgresUrl(target);
    await restorePostgres(file, url);
    return [`Restored ${databaseName(target)} from ${resolve(file)}.`];
  },

  // the pg driver does not block the event loop, and the pool already reads in parallel
  readerFile: () => null,
  // several server instances share the database, and another one's commit is known only by asking it
  changeMark: () => null,
};
