import { MigrationInterface, QueryRunner } from 'typeorm';
import { pinyin } from 'pinyin-pro';

const TABLES = ['chambers', 'enterprises', 'contacts', 'staff', 'units', 'majors'];
const BATCH = 500;

/**
 * Pinyin sort keys beside the names of the lists sorted by name, filled for the rows already
 * stored, with the partial indexes those lists read in order. The enterprise list's filtered index
 * (city, tier, name) now ends with the sort key instead of the name.
 */
export class NameSortKeys1795490100000 implements MigrationInterface {
  name = 'NameSortKeys1795490100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "nameSortKey" varchar(800) NOT NULL DEFAULT ''`);
      for (let after = 0; ;) {
        const rows: { id: number; name: string }[] = await queryRunner.query(
          `SELECT "id", "name" FROM "${table}" WHERE "id" > ? ORDER BY "id" LIMIT ${BATCH}`,
          [after],
        );
        if (rows.length === 0) break;
        for (const row of rows)
          await queryRunner.query(`UPDATE "${table}" SET "nameSortKey" = ? WHERE "id" = ?`, [
            pinyinSortKey(row.name),
            row.id,
          ]);
        after = rows[rows.length - 1].id;
      }
      await queryRunner.query(
        `CREATE INDEX "IDX_${table}_name_sort_live" ON "${table}" ("nameSortKey") WHERE "deletedAt" IS NULL`,
      );
    }
    await queryRunner.query('DROP INDEX "IDX_enterprises_city_tier_name"');
    await queryRunner.query(
      'CREATE INDEX "IDX_enterprises_city_tier_name_sort" ON "enterprises" ("city", "tier", "nameSortKey") WHERE "deletedAt" IS NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_enterprises_city_tier_name_sort"');
    await queryRunner.query(
      'CREATE INDEX "IDX_enterprises_city_tier_name" ON "enterprises" ("city", "tier", "name") WHERE "deletedAt" IS NULL',
    );
    for (const table of TABLES) {
      await queryRunner.query(`DROP INDEX "IDX_${table}_name_sort_live"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "nameSortKey"`);
    }
  }
}

/**
 * The sort key as this migration computed it when it was written (common/pinyin.ts then), frozen
 * here so that a later change of the live rule cannot change what an old migration writes.
 */
function pinyinSortKey(text: string): string {
  return pinyin(text, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true })
    .map((syllable) => syllable.trim().toLowerCase())
    .filter(Boolean)
    .join(' ');
}
