import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live-row counters kept by triggers, as on SQLite (row-counts.ts): the exact total of an unfiltered
 * list is one indexed read instead of a count(*) over the whole table, and never an estimate. A row
 * trigger adds +1/−1 in the writing transaction on insert, delete, soft delete and restore. Frozen:
 * the tables as they stood when this migration was made.
 */
const TABLES = [
  'chambers',
  'enterprises',
  'memberships',
  'contacts',
  'units',
  'majors',
  'staff',
  'meetings',
  'outcomes',
  'intakes',
  'tasks',
  'audit_events',
];

/** audit_events is append-only and has no deletedAt: every row is live. */
const APPEND_ONLY = ['audit_events'];

export class RowCounts1795703900200 implements MigrationInterface {
  name = 'RowCounts1795703900200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "row_counts" ("tableName" varchar(60) PRIMARY KEY NOT NULL, "live" integer NOT NULL)',
    );
    await queryRunner.query(`CREATE FUNCTION "row_counts_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta integer := CASE
    WHEN TG_OP = 'INSERT' THEN CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE 0 END
    WHEN TG_OP = 'DELETE' THEN CASE WHEN OLD."deletedAt" IS NULL THEN -1 ELSE 0 END
    ELSE (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE 0 END) - (CASE WHEN OLD."deletedAt" IS NULL THEN 1 ELSE 0 END)
  END;
BEGIN
  IF delta <> 0 THEN
    UPDATE "row_counts" SET "live" = "live" + delta WHERE "tableName" = TG_TABLE_NAME;
  END IF;
  RETURN NULL;
END
$$`);
    await queryRunner.query(`CREATE FUNCTION "row_counts_keep_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "row_counts" SET "live" = "live" + CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END WHERE "tableName" = TG_TABLE_NAME;
  RETURN NULL;
END
$$`);
    for (const table of TABLES) {
      const appendOnly = APPEND_ONLY.includes(table);
      await queryRunner.query(
        `INSERT INTO "row_counts" ("tableName", "live") SELECT '${table}', count(*) FROM "${table}"${appendOnly ? '' : ' WHERE "deletedAt" IS NULL'}`,
      );
      await queryRunner.query(
        appendOnly
          ? `CREATE TRIGGER "row_counts_${table}" AFTER INSERT OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "row_counts_keep_all"()`
          : `CREATE TRIGGER "row_counts_${table}" AFTER INSERT OR DELETE OR UPDATE OF "deletedAt" ON "${table}" FOR EACH ROW EXECUTE FUNCTION "row_counts_keep"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "row_counts_${table}" ON "${table}"`);
    await queryRunner.query('DROP FUNCTION "row_counts_keep_all"()');
    await queryRunner.query('DROP FUNCTION "row_counts_keep"()');
    await queryRunner.query('DROP TABLE "row_counts"');
  }
}
