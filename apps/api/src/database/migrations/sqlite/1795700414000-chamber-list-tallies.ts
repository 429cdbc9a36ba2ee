import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chamber list's member count as a report tally (database/tallies.ts, figure "memberships by
 * chamber"): each chamber's live memberships, kept by triggers on memberships, so a list page reads
 * a few tally rows instead of counting every membership of its chambers per request (the outcome
 * count already has its tally, "outcomes by chamber and stage"). The SQL as tallies.ts wrote it on
 * 2026-11-26, frozen here; a figure declared differently later gets new triggers from the repair at start.
 */
export class ChamberListTallies1795700414000 implements MigrationInterface {
  name = 'ChamberListTallies1795700414000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `CREATE TABLE IF NOT EXISTS "tallies" ("name" TEXT NOT NULL, "key" TEXT NOT NULL, "count" INTEGER NOT NULL, "sum0" NUMERIC NOT NULL DEFAULT 0, "sum1" NUMERIC NOT NULL DEFAULT 0, "sum2" NUMERIC NOT NULL DEFAULT 0, PRIMARY KEY ("name", "key")) WITHOUT ROWID`,
      `CREATE TRIGGER IF NOT EXISTS "tally_memberships_by_chamber_9a40a545_insert" AFTER INSERT ON "memberships" BEGIN INSERT INTO "tallies" ("name", "key", "count", "sum0", "sum1", "sum2") SELECT 'memberships by chamber', "key", "count", "sum0", "sum1", "sum2" FROM (SELECT CAST(NEW."chamberId" AS TEXT) AS "key", COUNT(*) AS "count", SUM(0) AS "sum0", SUM(0) AS "sum1", SUM(0) AS "sum2" WHERE NEW."deletedAt" IS NULL GROUP BY CAST(NEW."chamberId" AS TEXT)) "change" WHERE true ON CONFLICT ("name", "key") DO UPDATE SET "count" = "tallies"."count" + excluded."count", "sum0" = "tallies"."sum0" + excluded."sum0", "sum1" = "tallies"."sum1" + excluded."sum1", "sum2" = "tallies"."sum2" + excluded."sum2"; END`,
      `CREATE TRIGGER IF NOT EXISTS "tally_memberships_by_chamber_9a40a545_delete" AFTER DELETE ON "memberships" BEGIN UPDATE "tallies" SET "count" = "tallies"."count" - "change"."count", "sum0" = "tallies"."sum0" - "change"."sum0", "sum1" = "tallies"."sum1" - "change"."sum1", "sum2" = "tallies"."sum2" - "change"."sum2" FROM (SELECT CAST(OLD."chamberId" AS TEXT) AS "key", COUNT(*) AS "count", SUM(0) AS "sum0", SUM(0) AS "sum1", SUM(0) AS "sum2" WHERE OLD."deletedAt" IS NULL GROUP BY CAST(OLD."chamberId" AS TEXT)) AS "change" WHERE "tallies"."name" = 'memberships by chamber' AND "tallies"."key" = "change"."key"; END`,
      `CREATE TRIGGER IF NOT EXISTS "tally_memberships_by_chamber_9a40a545_update" AFTER UPDATE OF "deletedAt", "chamberId" ON "memberships" BEGIN UPDATE "tallies" SET "count" = "tallies"."count" - "change"."count", "sum0" = "tallies"."sum0" - "change"."sum0", "sum1" = "tallies"."sum1" - "change"."sum1", "sum2" = "tallies"."sum2" - "change"."sum2" FROM (SELECT CAST(OLD."chamberId" AS TEXT) AS "key", COUNT(*) AS "count", SUM(0) AS "sum0", SUM(0) AS "sum1", SUM(0) AS "sum2" WHERE OLD."deletedAt" IS NULL GROUP BY CAST(OLD."chamberId" AS TEXT)) AS "change" WHERE "tallies"."name" = 'memberships by chamber' AND "tallies"."key" = "change"."key"; INSERT INTO "tallies" ("name", "key", "count", "sum0", "sum1", "sum2") SELECT 'memberships by chamber', "key", "count", "sum0", "sum1", "sum2" FROM (SELECT CAST(NEW."chamberId" AS TEXT) AS "key", COUNT(*) AS "count", SUM(0) AS "sum0", SUM(0) AS "sum1", SUM(0) AS "sum2" WHERE NEW."deletedAt" IS NULL GROUP BY CAST(NEW."chamberId" AS TEXT)) "change" WHERE true ON CONFLICT ("name", "key") DO UPDATE SET "count" = "tallies"."count" + excluded."count", "sum0" = "tallies"."sum0" + excluded."sum0", "sum1" = "tallies"."sum1" + excluded."sum1", "sum2" = "tallies"."sum2" + excluded."sum2"; END`,
      `DELETE FROM "tallies" WHERE "name" = 'memberships by chamber'`,
      `INSERT INTO "tallies" ("name", "key", "count", "sum0", "sum1", "sum2") SELECT 'memberships by chamber', "key", "count", "sum0", "sum1", "sum2" FROM (SELECT CAST("row"."chamberId" AS TEXT) AS "key", COUNT(*) AS "count", SUM(0) AS "sum0", SUM(0) AS "sum1", SUM(0) AS "sum2" FROM "memberships" "row" WHERE "row"."deletedAt" IS NULL GROUP BY CAST("row"."chamberId" AS TEXT)) "counted"`,
    ])
      await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS "tally_memberships_by_chamber_9a40a545_insert"');
    await queryRunner.query('DROP TRIGGER IF EXISTS "tally_memberships_by_chamber_9a40a545_delete"');
    await queryRunner.query('DROP TRIGGER IF EXISTS "tally_memberships_by_chamber_9a40a545_update"');
    await queryRunner.query(`DELETE FROM "tallies" WHERE "name" = 'memberships by chamber'`);
  }
}
