import { MigrationInterface, QueryRunner } from 'typeorm';
import { COUNTED_TABLES, rowCountSql } from '../row-counts';

/** Live-row counters kept by triggers, for cheap exact totals of unfiltered lists (see row-counts.ts). */
export class RowCounts1795482940166 implements MigrationInterface {
  name = 'RowCounts1795482940166';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "row_counts" ("tableName" varchar(60) PRIMARY KEY NOT NULL, "live" integer NOT NULL)');
    for (const table of COUNTED_TABLES) for (const statement of rowCountSql(table)) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of COUNTED_TABLES) {
      for (const suffix of ['insert', 'delete', 'soft_delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS "row_counts_${table}_${suffix}"`);
    }
    await queryRunner.query('DROP TABLE "row_counts"');
  }
}
