import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { COUNTED_TABLES } from '@crm/domain';
import { newRowsCondition, NewRows } from './full-text';

/** audit_events is append-only and has no deletedAt: every row is live. */
const live = (table: string, row: 'NEW' | 'OLD') => (table === 'audit_events' ? '1' : `${row}."deletedAt" IS NULL`);

/**
 * The number of live (not soft-deleted) rows of each table, kept by triggers in the same
 * transaction as every insert, delete, soft delete and restore, so the total of an unfiltered
 * list is one indexed read instead of a count(*) over the whole table, and never wrong.
 *
 * PostgreSQL twin (migrations/postgres): the same table, and per table one `AFTER INSERT OR DELETE
 * OR UPDATE OF "deletedAt"` trigger calling a plpgsql function that adds +1/−1 by the same rules:
 * exact totals there too, never an estimate. (Under many concurrent writers the single counter row
 * per table serialises inserts; split it into a few slots summed on read if that ever shows.)
 * Which tables are counted is a fact of the resource list (COUNTED_TABLES in libs/domain).
 */
export function rowCountSql(table: string): string[] {
  const bump = (delta: string) => `UPDATE "row_counts" SET "live" = "live" + ${delta} WHERE "tableName" = '${table}'`;
  const statements = [
    `INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT '${table}', count(*) FROM "${table}"${table === 'audit_events' ? '' : ' WHERE "deletedAt" IS NULL'}`,
    `CREATE TRIGGER IF NOT EXISTS "row_counts_${table}_insert" AFTER INSERT ON "${table}" WHEN ${live(table, 'NEW')} BEGIN ${bump('1')}; END`,
    `CREATE TRIGGER IF NOT EXISTS "row_counts_${table}_delete" AFTER DELETE ON "${table}" WHEN ${live(table, 'OLD')} BEGIN ${bump('-1')}; END`,
  ];
  if (table !== 'audit_events') {
    statements.push(
      `CREATE TRIGGER IF NOT EXISTS "row_counts_${table}_soft_delete" AFTER UPDATE OF "deletedAt" ON "${table}" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) ` +
        `BEGIN ${bump('(CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END)')}; END`,
    );
  }
  return statements;
}

/** Adds the live rows just inserted (with the insert trigger suspended) to the table's counter: SQL for either engine. */
export function rowCountAddSql(table: string, rows: NewRows): string {
  const counted = `SELECT count(*) FROM "${table}" AS "row" WHERE ${table === 'audit_events' ? 'TRUE' : '"row"."deletedAt" IS NULL'}${newRowsCondition('"row"', rows)}`;
  return `UPDATE "row_counts" SET "live" = "live" + (${counted}) WHERE "tableName" = '${table}'`;
}

/** The query reading the live rows of a whole table (as `total`), or undefined where no counter is kept (then count the rows). */
export function liveRowCountQuery(
  dataSource: DataSource,
  table: string,
): SelectQueryBuilder<ObjectLiteral> | undefined {
  if (!COUNTED_TABLES.includes(table)) return undefined;
  return dataSource
    .createQueryBuilder()
    .select('counter."live"', 'total')
    .from('row_counts', 'counter')
    .where('counter."tableName" = :table', { table });
}
