import { MigrationInterface, QueryRunner } from 'typeorm';

/** Live outcomes by kind and title, and by kind and end date: the internship report's pages read in order. */
export class InternshipReportIndexes1795709400100 implements MigrationInterface {
  name = 'InternshipReportIndexes1795709400100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_outcomes_kind_title_live" ON "outcomes" ("kind", "title") WHERE "deletedAt" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_outcomes_kind_end_live" ON "outcomes" ("kind", "endDate") WHERE "deletedAt" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_outcomes_kind_end_live"`);
    await queryRunner.query(`DROP INDEX "IDX_outcomes_kind_title_live"`);
  }
}
