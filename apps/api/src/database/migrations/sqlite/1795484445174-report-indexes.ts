import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportIndexes1795484445174 implements MigrationInterface {
  name = 'ReportIndexes1795484445174';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_3c69a0ce6df43edefb0000d962"`);
    await queryRunner.query(`DROP INDEX "IDX_82f137001173317e4aa18f8479"`);
    await queryRunner.query(`DROP INDEX "IDX_0d4566d678909806ce6b67e4f6"`);
    await queryRunner.query(`DROP INDEX "IDX_ceb1f736d6f8dbcd991854cc98"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_stage_live" ON "enterprises" ("relationshipStage") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_meetings_year_live" ON "meetings" ("academicYear", "startsAt") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outcomes_chamber_live" ON "outcomes" ("chamberId", "stage") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outcomes_kind_stage_live" ON "outcomes" ("kind", "stage", "capacity") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_tasks_open_due" ON "tasks" ("dueDate") WHERE "doneAt" IS NULL AND "deletedAt" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_tasks_open_due"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_kind_stage_live"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_chamber_live"`);
    await queryRunner.query(`DROP INDEX "IDX_meetings_year_live"`);
    await queryRunner.query(`DROP INDEX "IDX_enterprises_stage_live"`);
    await queryRunner.query(`CREATE INDEX "IDX_ceb1f736d6f8dbcd991854cc98" ON "outcomes" ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_0d4566d678909806ce6b67e4f6" ON "outcomes" ("chamberId") `);
    await queryRunner.query(`CREATE INDEX "IDX_82f137001173317e4aa18f8479" ON "meetings" ("academicYear") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c69a0ce6df43edefb0000d962" ON "enterprises" ("relationshipStage") `);
  }
}
