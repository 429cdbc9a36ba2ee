import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gram index also holds the first one and two characters of every word of Latin letters and
 * digits, lower-cased, as on SQLite (full-text.ts): a search for `w`, `wa` or `13` reads one range of
 * it; pg_trgm's GIN index cannot serve fewer than three characters. The triggers call
 * search_grams(), so replacing it is enough for new writes; the tables are refilled for the rows
 * already there. Frozen: the tables and columns as they stood when this migration was made.
 */
const COLUMNS: Record<string, string[]> = {
  contacts: ['name', 'title', 'phone', 'email', 'wechat'],
  enterprises: ['name', 'uscc', 'aliases', 'city', 'industry'],
};

const CJK = (character: string) =>
  `(ascii(${character}) BETWEEN 11904 AND 40959 OR ascii(${character}) BETWEEN 63744 AND 64255 OR ascii(${character}) BETWEEN 131072 AND 262143)`;

const LATIN = (character: string) => `${character} ~ '^[A-Za-z0-9]$'`;

const at = (offset: string) => `substr("field", "position"${offset}, 1)`;

const gramsFunction = (
  latin: boolean,
) => `CREATE OR REPLACE FUNCTION "search_grams"(VARIADIC "fields" text[]) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT ${latin ? 'lower(substr("field", "position", "length"))' : 'substr("field", "position", "length")'}
  FROM unnest("fields") AS "field", generate_series(1, least(char_length("field"), 4000)) AS "position", (VALUES (1), (2)) AS "size"("length")
  WHERE "field" IS NOT NULL AND "position" + "length" - 1 <= char_length("field")
    AND ((${CJK(at(''))} AND ("length" = 1 OR ${CJK(at(' + 1'))}))${
      latin
        ? `
      OR (${LATIN(at(''))} AND ("position" = 1 OR NOT ${LATIN(at(' - 1'))}) AND ("length" = 1 OR ${LATIN(at(' + 1'))})))`
        : ')'
    }
$$`;

async function refill(queryRunner: QueryRunner): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    const grams = `${table}_grams`;
    const of = `"search_grams"(${columns.map((column) => `"row"."${column}"`).join(', ')})`;
    await queryRunner.query(`DELETE FROM "${grams}"`);
    await queryRunner.query(
      `INSERT INTO "${grams}" ("gram", "sortKey", "id") SELECT "gram", COALESCE("row"."nameSortKey", "row"."name"), "row"."id" FROM "${table}" AS "row", ${of} AS "gram" WHERE "row"."deletedAt" IS NULL ON CONFLICT DO NOTHING`,
    );
  }
}

export class LatinWordGrams1796500000000 implements MigrationInterface {
  name = 'LatinWordGrams1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(gramsFunction(true));
    await refill(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(gramsFunction(false));
    await refill(queryRunner);
  }
}
