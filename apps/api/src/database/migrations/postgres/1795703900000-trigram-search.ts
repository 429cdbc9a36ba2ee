import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Substring search with pg_trgm: a GIN trigram index on LOWER(column) for each column the search
 * reads (full-text.ts's FULL_TEXT), which serves the `LOWER(column) LIKE '%…%'` of a search of three
 * characters or more, Chinese or Latin. pg_trgm is a trusted extension: the database's owner may
 * create it. Frozen: the columns as they stood when this migration was made.
 */
const COLUMNS: Record<string, string[]> = {
  contacts: ['name', 'title', 'phone', 'email', 'wechat'],
  enterprises: ['name', 'uscc', 'aliases', 'city', 'industry'],
  meetings: ['title', 'location', 'minutes'],
};

export class TrigramSearch1795703900000 implements MigrationInterface {
  name = 'TrigramSearch1795703900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    for (const [table, columns] of Object.entries(COLUMNS)) {
      for (const column of columns) {
        await queryRunner.query(
          `CREATE INDEX "IDX_${table}_${column}_trgm" ON "${table}" USING gin (LOWER("${column}") gin_trgm_ops)`,
        );
      }
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(COLUMNS))
      for (const column of columns) await queryRunner.query(`DROP INDEX "IDX_${table}_${column}_trgm"`);
  }
}
