import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: an index for each filter the dashboard offers on the big lists, with the list's default
 * sort, on live rows, so a page and its total come from the index. IDX_enterprises_list_stage
 * (relationshipStage, name) takes over from IDX_enterprises_stage_live (the count of active
 * partners reads it as well). ANALYZE so the planner knows them at once.
 */
export class ListFilterIndexes1795485000000 implements MigrationInterface {
  name = 'ListFilterIndexes1795485000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_list_city" ON "enterprises" ("city", "name") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_list_industry" ON "enterprises" ("industry", "name") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_list_tier" ON "enterprises" ("tier", "name") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_list_stage" ON "enterprises" ("relationshipStage", "name") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contacts_list_enterprise" ON "contacts" ("enterpriseId", "name") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contacts_list_chamber" ON "contacts" ("chamberId", "name") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_contacts_list_permission" ON "contacts" ("permission", "name") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meetings_list_kind" ON "meetings" ("kind", "startsAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outcomes_list_updated" ON "outcomes" ("updatedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outcomes_list_stage" ON "outcomes" ("stage", "updatedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outcomes_list_kind" ON "outcomes" ("kind", "updatedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outcomes_list_unit" ON "outcomes" ("unitId", "updatedAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_tasks_list_assignee" ON "tasks" ("assigneeId", "dueDate") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_tasks_list_enterprise" ON "tasks" ("enterpriseId", "dueDate") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "IDX_enterprises_stage_live"`);
    await queryRunner.query(`ANALYZE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_tasks_list_enterprise"`);
    await queryRunner.query(`DROP INDEX "IDX_tasks_list_assignee"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_list_unit"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_list_kind"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_list_stage"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_list_updated"`);
    await queryRunner.query(`DROP INDEX "IDX_meetings_list_kind"`);
    await queryRunner.query(`DROP INDEX "IDX_contacts_list_permission"`);
    await queryRunner.query(`DROP INDEX "IDX_contacts_list_chamber"`);
    await queryRunner.query(`DROP INDEX "IDX_contacts_list_enterprise"`);
    await queryRunner.query(`DROP INDEX "IDX_enterprises_list_stage"`);
    await queryRunner.query(`DROP INDEX "IDX_enterprises_list_tier"`);
    await queryRunner.query(`DROP INDEX "IDX_enterprises_list_industry"`);
    await queryRunner.query(`DROP INDEX "IDX_enterprises_list_city"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_stage_live" ON "enterprises" ("relationshipStage") WHERE "deletedAt" IS NULL`,
    );
  }
}
