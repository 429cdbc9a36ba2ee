import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['chambers', 'enterprises', 'contacts'];
const BATCH = 500;

/** The rule of common/pinyin.ts `pinyinSearchKeys` as it was written, frozen here. */
function searchKeys(sortKey: string): [string, string] {
  const words = sortKey
    .split(' ')
    .map((word) => word.replace(/^([a-z]+)[0-5]$/, '$1').replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return [
    words.join('').slice(0, 400),
    words
      .map((word) => word[0])
      .join('')
      .slice(0, 200),
  ];
}

/**
 * The pinyin a search box finds a name by (`leihui`, `lhst` → 雷辉生态集团), beside the names of the
 * tables it searches, with the partial indexes a prefix search reads; filled from the stored sort keys
 * through a temporary table (one UPDATE … FROM, not one statement per row). The columns are in no
 * trigger's list, so the fill leaves the search indexes alone.
 */
export class PinyinSearchKeys1795700250000 implements MigrationInterface {
  name = 'PinyinSearchKeys1795700250000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TEMPORARY TABLE "pinyin_keys" ("id" INTEGER PRIMARY KEY, "pinyin" TEXT NOT NULL, "initials" TEXT NOT NULL)',
    );
    for (const table of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "namePinyin" varchar(400) NOT NULL DEFAULT ''`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "nameInitials" varchar(200) NOT NULL DEFAULT ''`);
      await queryRunner.query('DELETE FROM "pinyin_keys"');
      for (let after = 0; ;) {
        const rows: { id: number; nameSortKey: string }[] = await queryRunner.query(
          `SELECT "id", "nameSortKey" FROM "${table}" WHERE "id" > ? ORDER BY "id" LIMIT ${BATCH}`,
          [after],
        );
        if (rows.length === 0) break;
        const values = rows.flatMap((row) => [row.id, ...searchKeys(row.nameSortKey)]);
        await queryRunner.query(
          `INSERT INTO "pinyin_keys" ("id", "pinyin", "initials") VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}`,
          values,
        );
        after = rows[rows.length - 1].id;
      }
      await queryRunner.query(
        `UPDATE "${table}" SET "namePinyin" = "keys"."pinyin", "nameInitials" = "keys"."initials" FROM "pinyin_keys" AS "keys" WHERE "keys"."id" = "${table}"."id"`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_${table}_pinyin_live" ON "${table}" ("namePinyin") WHERE "deletedAt" IS NULL`,
      );
      await queryRunner.query(
        `CREATE INDEX "IDX_${table}_initials_live" ON "${table}" ("nameInitials") WHERE "deletedAt" IS NULL`,
      );
    }
    await queryRunner.query('DROP TABLE "pinyin_keys"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await queryRunner.query(`DROP INDEX "IDX_${table}_initials_live"`);
      await queryRunner.query(`DROP INDEX "IDX_${table}_pinyin_live"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "nameInitials"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "namePinyin"`);
    }
  }
}
