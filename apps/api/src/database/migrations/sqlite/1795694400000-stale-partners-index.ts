import { MigrationInterface, QueryRunner } from 'typeorm';

/** Partners by last contact, for the stale partners' report. */
export class StalePartnersIndex1795694400000 implements MigrationInterface {
  name = 'StalePartnersIndex1795694400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_enterprises_stage_contact_live" ON "enterprises" ("relationshipStage", "lastContactDate") WHERE "deletedAt" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_enterprises_stage_contact_live"`);
  }
}
