import { MigrationInterface, QueryRunner, TableForeignKey } from 'typeorm';

/**
 * The fields the annual report (产学合作 figures) counts: on outcomes the major served, the
 * per-year figures and a base's attributes; on intakes a base's use per major and term.
 *
 * Columns are added in place. The foreign key of `majorId` needs the table rebuilt (SQLite cannot
 * add a constraint to a table), which TypeORM's query runner does keeping the table's indexes; the
 * triggers other migrations keep on outcomes (live-row counters) are read before and put back after,
 * so the schema is exactly what the entities declare and nothing that the triggers keep goes stale.
 */
export class AnnualReportFigures1795694749330 implements MigrationInterface {
  name = 'AnnualReportFigures1795694749330';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const triggers: { sql: string }[] = await queryRunner.query(
      `SELECT "sql" FROM "sqlite_master" WHERE "type" = 'trigger' AND "tbl_name" = 'outcomes'`,
    );
    await queryRunner.query(`ALTER TABLE "outcomes" ADD COLUMN "majorId" integer`);
    for (const column of [
      'orderClassStudents',
      'courses',
      'textbooks',
      'partTimeTeachers',
      'trainingPersonDays',
      'trainingProjects',
    ]) {
      await queryRunner.query(`ALTER TABLE "outcomes" ADD COLUMN "${column}" integer`);
    }
    for (const column of [
      'donatedEquipmentValue',
      'quasiDonatedEquipmentValue',
      'technicalServiceIncome',
      'internshipAllowance',
      'paymentPerStudent',
    ]) {
      await queryRunner.query(`ALTER TABLE "outcomes" ADD COLUMN "${column}" real`);
    }
    await queryRunner.query(`ALTER TABLE "outcomes" ADD COLUMN "providesAccommodation" boolean`);
    await queryRunner.query(`CREATE INDEX "IDX_1795ac412747f48c22413cbbd8" ON "outcomes" ("majorId")`);
    await queryRunner.createForeignKey(
      'outcomes',
      new TableForeignKey({
        name: 'FK_1795ac412747f48c22413cbbd80',
        columnNames: ['majorId'],
        referencedTableName: 'majors',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
        onUpdate: 'NO ACTION',
      }),
    );
    for (const { sql } of triggers) await queryRunner.query(sql);
    for (const column of ['studentVisits', 'daysInUse', 'halfYearInterns', 'supervisingTeachers']) {
      await queryRunner.query(`ALTER TABLE "intakes" ADD COLUMN "${column}" integer NOT NULL DEFAULT (0)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['studentVisits', 'daysInUse', 'halfYearInterns', 'supervisingTeachers'])
      await queryRunner.query(`ALTER TABLE "intakes" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP INDEX "IDX_1795ac412747f48c22413cbbd8"`);
    // DROP COLUMN cannot drop a column with a foreign key in SQLite; the table is rebuilt without it
    const columns = [
      'majorId',
      'orderClassStudents',
      'courses',
      'textbooks',
      'partTimeTeachers',
      'trainingPersonDays',
      'trainingProjects',
      'donatedEquipmentValue',
      'quasiDonatedEquipmentValue',
      'technicalServiceIncome',
      'internshipAllowance',
      'paymentPerStudent',
      'providesAccommodation',
    ];
    for (const column of columns.slice(1)) await queryRunner.query(`ALTER TABLE "outcomes" DROP COLUMN "${column}"`);
    await queryRunner.query(`PRAGMA foreign_keys = OFF`);
    await queryRunner.query(`ALTER TABLE "outcomes" DROP COLUMN "majorId"`);
    await queryRunner.query(`PRAGMA foreign_keys = ON`);
  }
}
