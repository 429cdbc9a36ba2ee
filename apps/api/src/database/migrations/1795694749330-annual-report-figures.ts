import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fields the annual report (产学合作 figures) counts: on outcomes the major served, the
 * per-year figures and a base's attributes; on intakes a base's use per major and term.
 *
 * Written by hand as ADD COLUMN rather than generated: TypeORM's SQLite generator rebuilds the
 * two tables to add a foreign key, which would drop the indexes and triggers other migrations
 * keep on them. SQLite accepts a REFERENCES clause on an added column whose default is NULL.
 */
export class AnnualReportFigures1795694749330 implements MigrationInterface {
  name = 'AnnualReportFigures1795694749330';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outcomes" ADD COLUMN "majorId" integer CONSTRAINT "FK_1795ac412747f48c22413cbbd80" REFERENCES "majors" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const column of ['orderClassStudents', 'courses', 'textbooks', 'partTimeTeachers', 'trainingPersonDays', 'trainingProjects']) {
      await queryRunner.query(`ALTER TABLE "outcomes" ADD COLUMN "${column}" integer`);
    }
    for (const column of ['donatedEquipmentValue', 'quasiDonatedEquipmentValue', 'technicalServiceIncome', 'internshipAllowance', 'paymentPerStudent']) {
      await queryRunner.query(`ALTER TABLE "outcomes" ADD COLUMN "${column}" real`);
    }
    await queryRunner.query(`ALTER TABLE "outcomes" ADD COLUMN "providesAccommodation" boolean`);
    await queryRunner.query(`CREATE INDEX "IDX_1795ac412747f48c22413cbbd8" ON "outcomes" ("majorId")`);
    for (const column of ['studentVisits', 'daysInUse', 'halfYearInterns', 'supervisingTeachers']) {
      await queryRunner.query(`ALTER TABLE "intakes" ADD COLUMN "${column}" integer NOT NULL DEFAULT (0)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['studentVisits', 'daysInUse', 'halfYearInterns', 'supervisingTeachers']) await queryRunner.query(`ALTER TABLE "intakes" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP INDEX "IDX_1795ac412747f48c22413cbbd8"`);
    // DROP COLUMN cannot drop a column with a foreign key in SQLite; the table is rebuilt without it
    const columns = [
      'majorId', 'orderClassStudents', 'courses', 'textbooks', 'partTimeTeachers', 'trainingPersonDays', 'trainingProjects',
      'donatedEquipmentValue', 'quasiDonatedEquipmentValue', 'technicalServiceIncome', 'internshipAllowance', 'paymentPerStudent', 'providesAccommodation',
    ];
    for (const column of columns.slice(1)) await queryRunner.query(`ALTER TABLE "outcomes" DROP COLUMN "${column}"`);
    await queryRunner.query(`PRAGMA foreign_keys = OFF`);
    await queryRunner.query(`ALTER TABLE "outcomes" DROP COLUMN "majorId"`);
    await queryRunner.query(`PRAGMA foreign_keys = ON`);
  }
}
