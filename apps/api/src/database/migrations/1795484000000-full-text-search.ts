import { MigrationInterface, QueryRunner } from 'typeorm';
import { FULL_TEXT, fullTextSql, searchTable } from '../full-text';

/** Trigram full-text indexes for `q` on contacts, enterprises and meetings (see full-text.ts). */
export class FullTextSearch1795484000000 implements MigrationInterface {
  name = 'FullTextSearch1795484000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(FULL_TEXT)) for (const statement of fullTextSql(table)) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(FULL_TEXT)) {
      for (const event of ['insert', 'delete', 'update']) await queryRunner.query(`DROP TRIGGER IF EXISTS "${searchTable(table)}_${event}"`);
      await queryRunner.query(`DROP TABLE IF EXISTS "${searchTable(table)}"`);
    }
  }
}
