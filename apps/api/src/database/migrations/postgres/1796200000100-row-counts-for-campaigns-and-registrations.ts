import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 24: live-row counters (database/row-counts.ts) for the campaign, quota and registration
 * lists, as the other lists have, so an unfiltered total is one indexed read: PostgreSQL counted
 * these tables by a sequential scan. The same function row_counts_keep() as the other tables' triggers.
 */
export class RowCountsForCampaignsAndRegistrations1796200000100 implements MigrationInterface {
  name = 'RowCountsForCampaignsAndRegistrations1796200000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `INSERT INTO "row_counts" ("tableName", "live") SELECT 'campaigns', count(*) FROM "campaigns" WHERE "deletedAt" IS NULL`,
      `CREATE TRIGGER "row_counts_campaigns" AFTER INSERT OR DELETE OR UPDATE OF "deletedAt" ON "campaigns" FOR EACH ROW EXECUTE FUNCTION "row_counts_keep"()`,
      `INSERT INTO "row_counts" ("tableName", "live") SELECT 'campaign_quotas', count(*) FROM "campaign_quotas" WHERE "deletedAt" IS NULL`,
      `CREATE TRIGGER "row_counts_campaign_quotas" AFTER INSERT OR DELETE OR UPDATE OF "deletedAt" ON "campaign_quotas" FOR EACH ROW EXECUTE FUNCTION "row_counts_keep"()`,
      `INSERT INTO "row_counts" ("tableName", "live") SELECT 'registrations', count(*) FROM "registrations" WHERE "deletedAt" IS NULL`,
      `CREATE TRIGGER "row_counts_registrations" AFTER INSERT OR DELETE OR UPDATE OF "deletedAt" ON "registrations" FOR EACH ROW EXECUTE FUNCTION "row_counts_keep"()`,
    ])
      await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `DROP TRIGGER "row_counts_campaigns" ON "campaigns"`,
      `DELETE FROM "row_counts" WHERE "tableName" = 'campaigns'`,
      `DROP TRIGGER "row_counts_campaign_quotas" ON "campaign_quotas"`,
      `DELETE FROM "row_counts" WHERE "tableName" = 'campaign_quotas'`,
      `DROP TRIGGER "row_counts_registrations" ON "registrations"`,
      `DELETE FROM "row_counts" WHERE "tableName" = 'registrations'`,
    ])
      await queryRunner.query(statement);
  }
}
