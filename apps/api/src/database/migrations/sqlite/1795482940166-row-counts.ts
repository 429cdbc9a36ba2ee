import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live-row counters kept by triggers, for cheap exact totals of unfiltered lists (see row-counts.ts).
 * Frozen: the statements are written out as they stood when this migration was made, so a later change to
 * the counted tables (a new migration) never changes what this one does on a fresh database.
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

const STATEMENTS = [
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'chambers\', count(*) FROM "chambers" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_chambers_insert" AFTER INSERT ON "chambers" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'chambers\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_chambers_delete" AFTER DELETE ON "chambers" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'chambers\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_chambers_soft_delete" AFTER UPDATE OF "deletedAt" ON "chambers" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'chambers\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'enterprises\', count(*) FROM "enterprises" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_enterprises_insert" AFTER INSERT ON "enterprises" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'enterprises\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_enterprises_delete" AFTER DELETE ON "enterprises" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'enterprises\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_enterprises_soft_delete" AFTER UPDATE OF "deletedAt" ON "enterprises" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'enterprises\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'memberships\', count(*) FROM "memberships" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_memberships_insert" AFTER INSERT ON "memberships" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'memberships\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_memberships_delete" AFTER DELETE ON "memberships" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'memberships\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_memberships_soft_delete" AFTER UPDATE OF "deletedAt" ON "memberships" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'memberships\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'contacts\', count(*) FROM "contacts" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_contacts_insert" AFTER INSERT ON "contacts" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'contacts\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_contacts_delete" AFTER DELETE ON "contacts" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'contacts\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_contacts_soft_delete" AFTER UPDATE OF "deletedAt" ON "contacts" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'contacts\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'units\', count(*) FROM "units" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_units_insert" AFTER INSERT ON "units" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'units\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_units_delete" AFTER DELETE ON "units" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'units\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_units_soft_delete" AFTER UPDATE OF "deletedAt" ON "units" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'units\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'majors\', count(*) FROM "majors" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_majors_insert" AFTER INSERT ON "majors" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'majors\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_majors_delete" AFTER DELETE ON "majors" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'majors\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_majors_soft_delete" AFTER UPDATE OF "deletedAt" ON "majors" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'majors\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'staff\', count(*) FROM "staff" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_staff_insert" AFTER INSERT ON "staff" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'staff\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_staff_delete" AFTER DELETE ON "staff" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'staff\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_staff_soft_delete" AFTER UPDATE OF "deletedAt" ON "staff" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'staff\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'meetings\', count(*) FROM "meetings" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_meetings_insert" AFTER INSERT ON "meetings" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'meetings\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_meetings_delete" AFTER DELETE ON "meetings" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'meetings\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_meetings_soft_delete" AFTER UPDATE OF "deletedAt" ON "meetings" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'meetings\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'outcomes\', count(*) FROM "outcomes" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_outcomes_insert" AFTER INSERT ON "outcomes" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'outcomes\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_outcomes_delete" AFTER DELETE ON "outcomes" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'outcomes\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_outcomes_soft_delete" AFTER UPDATE OF "deletedAt" ON "outcomes" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'outcomes\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'intakes\', count(*) FROM "intakes" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_intakes_insert" AFTER INSERT ON "intakes" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'intakes\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_intakes_delete" AFTER DELETE ON "intakes" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'intakes\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_intakes_soft_delete" AFTER UPDATE OF "deletedAt" ON "intakes" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'intakes\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'tasks\', count(*) FROM "tasks" WHERE "deletedAt" IS NULL',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_tasks_insert" AFTER INSERT ON "tasks" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'tasks\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_tasks_delete" AFTER DELETE ON "tasks" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'tasks\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_tasks_soft_delete" AFTER UPDATE OF "deletedAt" ON "tasks" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = \'tasks\'; END',
  'INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT \'audit_events\', count(*) FROM "audit_events"',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_audit_events_insert" AFTER INSERT ON "audit_events" WHEN 1 BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = \'audit_events\'; END',
  'CREATE TRIGGER IF NOT EXISTS "row_counts_audit_events_delete" AFTER DELETE ON "audit_events" WHEN 1 BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = \'audit_events\'; END',
];

export class RowCounts1795482940166 implements MigrationInterface {
  name = 'RowCounts1795482940166';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "row_counts" ("tableName" varchar(60) PRIMARY KEY NOT NULL, "live" integer NOT NULL)',
    );
    for (const statement of STATEMENTS) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const suffix of ['insert', 'delete', 'soft_delete'])
        await queryRunner.query(`DROP TRIGGER IF EXISTS "row_counts_${table}_${suffix}"`);
    }
    await queryRunner.query('DROP TABLE "row_counts"');
  }
}
