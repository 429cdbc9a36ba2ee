import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agreement renewals: the terms a renewal replaced, the key that makes a renewal task once per
 * term (a plain column added in place: rebuilding "tasks" would drop its triggers), and a covering
 * index for the internship report's sums per academic year.
 */
export class AgreementTerms1795694167564 implements MigrationInterface {
  name = 'AgreementTerms1795694167564';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreement_terms" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "outcomeId" integer NOT NULL, "startDate" date, "endDate" date, "signedDate" date, "renewedAt" datetime NOT NULL, "renewedById" integer, "renewedByName" varchar(100), CONSTRAINT "FK_1bfb4f042b899367fde8b93deec" FOREIGN KEY ("outcomeId") REFERENCES "outcomes" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1bfb4f042b899367fde8b93dee" ON "agreement_terms" ("outcomeId") `);
    await queryRunner.query(`ALTER TABLE "tasks" ADD COLUMN "renewalKey" varchar(80)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_tasks_renewal_key" ON "tasks" ("renewalKey") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_intakes_year_live" ON "intakes" ("academicYear", "outcomeId", "majorId", "term", "positions", "placed", "hired") WHERE "deletedAt" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_intakes_year_live"`);
    await queryRunner.query(`DROP INDEX "UQ_tasks_renewal_key"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "renewalKey"`);
    await queryRunner.query(`DROP INDEX "IDX_1bfb4f042b899367fde8b93dee"`);
    await queryRunner.query(`DROP TABLE "agreement_terms"`);
  }
}
