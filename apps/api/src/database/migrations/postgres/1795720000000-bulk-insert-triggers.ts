import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The row counters' and gram tables' trigger functions pass over an INSERT into the table that the
 * transaction's `crm.bulk_insert` setting names (set with set_config(…, true): this transaction
 * only, gone at its COMMIT or ROLLBACK, never seen by another session). A bulk insert (an import)
 * sets it, writes its rows, then moves the counter once and fills the gram table for exactly the ids
 * it wrote, in the same transaction (dialect/postgres.ts `insertRows`). Without it, an import's
 * 50,000 inserts each updated the one counter row of the table again — 50,000 versions of one row in
 * one transaction, each update walking the versions before it. Every other write runs the functions
 * as before. SQLite's triggers are dropped and re-created inside the transaction instead (one writer;
 * trigger-repair.ts), so this migration has no SQLite twin. Frozen: the functions as they stood.
 */
const GRAM_TABLES: Record<string, string[]> = {
  contacts: ['name', 'title', 'phone', 'email', 'wechat'],
  enterprises: ['name', 'uscc', 'aliases', 'city', 'industry'],
};

const SKIP = `IF TG_OP = 'INSERT' AND current_setting('crm.bulk_insert', true) = TG_TABLE_NAME THEN
    RETURN NULL;
  END IF;`;

const rowCountsKeep = (
  skip: string,
) => `CREATE OR REPLACE FUNCTION "row_counts_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer := CASE
    WHEN TG_OP = 'INSERT' THEN CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE 0 END
    WHEN TG_OP = 'DELETE' THEN CASE WHEN OLD."deletedAt" IS NULL THEN -1 ELSE 0 END
    ELSE (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE 0 END) - (CASE WHEN OLD."deletedAt" IS NULL THEN 1 ELSE 0 END)
  END;
BEGIN
  ${skip}
  IF delta <> 0 THEN
    UPDATE "row_counts" SET "live" = "live" + delta WHERE "tableName" = TG_TABLE_NAME;
  END IF;
  RETURN NULL;
END
$$`;

const rowCountsKeepAll = (
  skip: string,
) => `CREATE OR REPLACE FUNCTION "row_counts_keep_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${skip}
  UPDATE "row_counts" SET "live" = "live" + CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END WHERE "tableName" = TG_TABLE_NAME;
  RETURN NULL;
END
$$`;

function gramsKeep(table: string, columns: string[], skip: string): string {
  const grams = `${table}_grams`;
  const of = (row: string) => `"search_grams"(${columns.map((column) => `${row}."${column}"`).join(', ')})`;
  const sortKey = (row: string) => `COALESCE(${row}."nameSortKey", ${row}."name")`;
  return `CREATE OR REPLACE FUNCTION "${grams}_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${skip}
  IF TG_OP <> 'INSERT' AND OLD."deletedAt" IS NULL THEN
    DELETE FROM "${grams}" WHERE "gram" IN (SELECT ${of('OLD')}) AND "sortKey" = ${sortKey('OLD')} AND "id" = OLD."id";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."deletedAt" IS NULL THEN
    INSERT INTO "${grams}" ("gram", "sortKey", "id") SELECT "gram", ${sortKey('NEW')}, NEW."id" FROM ${of('NEW')} AS "gram" ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$`;
}

export class BulkInsertTriggers1795720000000 implements MigrationInterface {
  name = 'BulkInsertTriggers1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rowCountsKeep(SKIP));
    await queryRunner.query(rowCountsKeepAll(SKIP));
    for (const [table, columns] of Object.entries(GRAM_TABLES))
      await queryRunner.query(gramsKeep(table, columns, SKIP));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rowCountsKeep(''));
    await queryRunner.query(rowCountsKeepAll(''));
    for (const [table, columns] of Object.entries(GRAM_TABLES)) await queryRunner.query(gramsKeep(table, columns, ''));
  }
}
