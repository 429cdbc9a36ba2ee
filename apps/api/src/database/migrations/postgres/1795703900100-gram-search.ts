import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gram index of one- and two-character Chinese searches, as on SQLite (full-text.ts): every CJK
 * character and pair of adjacent CJK characters of the searched columns of live rows, with the row's
 * name sort key and id, keyed by (gram, sortKey, id) and kept by a trigger in the writing
 * transaction. pg_trgm cannot serve these searches (a trigram needs three characters), so without it
 * a search for 王 or 上海 would read every row. Frozen: the tables and columns as they stood when this
 * migration was made.
 */
const COLUMNS: Record<string, string[]> = {
  contacts: ['name', 'title', 'phone', 'email', 'wechat'],
  enterprises: ['name', 'uscc', 'aliases', 'city', 'industry'],
};

/** Code points with no case: CJK radicals to unified ideographs, compatibility ideographs, the supplementary ideograph planes. */
const CJK = (character: string) =>
  `(ascii(${character}) BETWEEN 11904 AND 40959 OR ascii(${character}) BETWEEN 63744 AND 64255 OR ascii(${character}) BETWEEN 131072 AND 262143)`;

/** The grams of some texts (only the first 4000 characters of each, as on SQLite). */
const GRAMS_FUNCTION = `CREATE FUNCTION "search_grams"(VARIADIC "fields" text[]) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT substr("field", "position", "length")
  FROM unnest("fields") AS "field", generate_series(1, least(char_length("field"), 4000)) AS "position", (VALUES (1), (2)) AS "size"("length")
  WHERE "field" IS NOT NULL AND "position" + "length" - 1 <= char_length("field")
    AND ${CJK('substr("field", "position", 1)')} AND ("length" = 1 OR ${CJK('substr("field", "position" + 1, 1)')})
$$`;

export class GramSearch1795703900100 implements MigrationInterface {
  name = 'GramSearch1795703900100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(GRAMS_FUNCTION);
    for (const [table, columns] of Object.entries(COLUMNS)) {
      const grams = `${table}_grams`;
      const of = (row: string) => `"search_grams"(${columns.map((column) => `${row}."${column}"`).join(', ')})`;
      const sortKey = (row: string) => `COALESCE(${row}."nameSortKey", ${row}."name")`;
      await queryRunner.query(
        `CREATE TABLE "${grams}" ("gram" text NOT NULL, "sortKey" text NOT NULL, "id" integer NOT NULL, PRIMARY KEY ("gram", "sortKey", "id"))`,
      );
      await queryRunner.query(`CREATE FUNCTION "${grams}_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."deletedAt" IS NULL THEN
    DELETE FROM "${grams}" WHERE "gram" IN (SELECT ${of('OLD')}) AND "sortKey" = ${sortKey('OLD')} AND "id" = OLD."id";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."deletedAt" IS NULL THEN
    INSERT INTO "${grams}" ("gram", "sortKey", "id") SELECT "gram", ${sortKey('NEW')}, NEW."id" FROM ${of('NEW')} AS "gram" ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$`);
      const watched = [...columns, 'nameSortKey', 'deletedAt'].map((column) => `"${column}"`).join(', ');
      await queryRunner.query(
        `CREATE TRIGGER "${grams}_keep" AFTER INSERT OR DELETE OR UPDATE OF ${watched} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${grams}_keep"()`,
      );
      await queryRunner.query(
        `INSERT INTO "${grams}" ("gram", "sortKey", "id") SELECT "gram", ${sortKey('"row"')}, "row"."id" FROM "${table}" AS "row", ${of('"row"')} AS "gram" WHERE "row"."deletedAt" IS NULL ON CONFLICT DO NOTHING`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(COLUMNS)) {
      await queryRunner.query(`DROP TRIGGER "${table}_grams_keep" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION "${table}_grams_keep"()`);
      await queryRunner.query(`DROP TABLE "${table}_grams"`);
    }
    await queryRunner.query('DROP FUNCTION "search_grams"(VARIADIC text[])');
  }
}
