import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 24: live-row counters (database/row-counts.ts) for the campaign, quota and registration
 * lists, as the other lists have, so an unfiltered total is one indexed read: PostgreSQL counted
 * these tables by a sequential scan. The triggers as row-counts.ts wrote them on 2026-12-07, frozen here.
 */
export class RowCountsForCampaignsAndRegistrations1796200000100 implements MigrationInterface {
  name = 'RowCountsForCampaignsAndRegistrations1796200000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT 'campaigns', count(*) FROM "campaigns" WHERE "deletedAt" IS NULL`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_campaigns_insert" AFTER INSERT ON "campaigns" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = 'campaigns'; END`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_campaigns_delete" AFTER DELETE ON "campaigns" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = 'campaigns'; END`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_campaigns_soft_delete" AFTER UPDATE OF "deletedAt" ON "campaigns" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = 'campaigns'; END`,
      `INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT 'campaign_quotas', count(*) FROM "campaign_quotas" WHERE "deletedAt" IS NULL`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_campaign_quotas_insert" AFTER INSERT ON "campaign_quotas" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = 'campaign_quotas'; END`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_campaign_quotas_delete" AFTER DELETE ON "campaign_quotas" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = 'campaign_quotas'; END`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_campaign_quotas_soft_delete" AFTER UPDATE OF "deletedAt" ON "campaign_quotas" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = 'campaign_quotas'; END`,
      `INSERT OR REPLACE INTO "row_counts" ("tableName", "live") SELECT 'registrations', count(*) FROM "registrations" WHERE "deletedAt" IS NULL`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_registrations_insert" AFTER INSERT ON "registrations" WHEN NEW."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + 1 WHERE "tableName" = 'registrations'; END`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_registrations_delete" AFTER DELETE ON "registrations" WHEN OLD."deletedAt" IS NULL BEGIN UPDATE "row_counts" SET "live" = "live" + -1 WHERE "tableName" = 'registrations'; END`,
      `CREATE TRIGGER IF NOT EXISTS "row_counts_registrations_soft_delete" AFTER UPDATE OF "deletedAt" ON "registrations" WHEN (OLD."deletedAt" IS NULL) <> (NEW."deletedAt" IS NULL) BEGIN UPDATE "row_counts" SET "live" = "live" + (CASE WHEN NEW."deletedAt" IS NULL THEN 1 ELSE -1 END) WHERE "tableName" = 'registrations'; END`,
    ])
      await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP TRIGGER IF EXISTS "row_counts_campaigns_insert"`,
      `DROP TRIGGER IF EXISTS "row_counts_campaigns_delete"`,
      `DROP TRIGGER IF EXISTS "row_counts_campaigns_soft_delete"`,
      `DELETE FROM "row_counts" WHERE "tableName" = 'campaigns'`,
      `DROP TRIGGER IF EXISTS "row_counts_campaign_quotas_insert"`,
      `DROP TRIGGER IF EXISTS "row_counts_campaign_quotas_delete"`,
      `DROP TRIGGER IF EXISTS "row_counts_campaign_quotas_soft_delete"`,
      `DELETE FROM "row_counts" WHERE "tableName" = 'campaign_quotas'`,
      `DROP TRIGGER IF EXISTS "row_counts_registrations_insert"`,
      `DROP TRIGGER IF EXISTS "row_counts_registrations_delete"`,
      `DROP TRIGGER IF EXISTS "row_counts_registrations_soft_delete"`,
      `DELETE FROM "row_counts" WHERE "tableName" = 'registrations'`,
    ])
      await queryRunner.query(statement);
  }
}
