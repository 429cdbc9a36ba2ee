import { MigrationInterface, QueryRunner } from 'typeorm';
import { GRAM_TABLES, gramSql, gramTable } from '../full-text';

/** Gram indexes for searches of one or two Chinese characters on contacts and enterprises (see full-text.ts). */
export class GramSearch1795485100000 implements MigrationInterface {
  name = 'GramSearch1795485100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of GRAM_TABLES) for (const statement of gramSql(table)) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of GRAM_TABLES) {
      for (const event of ['insert', 'delete', 'update']) await queryRunner.query(`DROP TRIGGER IF EXISTS "${gramTable(table)}_${event}"`);
      await queryRunner.query(`DROP TABLE IF EXISTS "${gramTable(table)}"`);
    }
    await queryRunner.query(`DROP TABLE IF EXISTS "search_positions"`);
  }
}
