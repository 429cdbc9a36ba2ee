/**
 * Full-text search for `q` on the big tables: an FTS5 index with the trigram tokenizer (substring
 * matching that works for Chinese as for Latin text, case-folded) over the same columns that the
 * LIKE search reads, kept in step by triggers in the writing transaction. External content: the
 * index stores no copy of the text, only the trigrams.
 *
 * The trigram tokenizer needs three characters to match, so shorter searches (a two-character
 * Chinese name) fall back to LIKE, which finds the same rows, only by scanning.
 *
 * PostgreSQL twin (migrations/postgres, dialect/postgres.ts): no index table; a GIN index with pg_trgm
 * on LOWER(column) for each of these columns serves the `LOWER(column) LIKE '%…%'` below.
 */
export const FULL_TEXT: Record<string, readonly string[]> = {
  contacts: ['name', 'title', 'phone', 'email', 'wechat'],
  enterprises: ['name', 'uscc', 'aliases', 'city', 'industry'],
  meetings: ['title', 'location', 'minutes'],
};

/** The FTS5 table of a table. */
export const searchTable = (table: string) => `${table}_search`;

const quoted = (columns: readonly string[], row?: 'new' | 'old') =>
  columns.map((column) => (row ? `${row}."${column}"` : `"${column}"`)).join(', ');

/** Creates (or re-creates, after a table rebuild dropped its triggers) the index of a table and fills it. */
export function fullTextSql(table: string): string[] {
  const columns = FULL_TEXT[table];
  const index = searchTable(table);
  const remove = `INSERT INTO "${index}" ("${index}", rowid, ${quoted(columns)}) VALUES ('delete', old."id", ${quoted(columns, 'old')})`;
  const add = `INSERT INTO "${index}" (rowid, ${quoted(columns)}) VALUES (new."id", ${quoted(columns, 'new')})`;
  return [
    `CREATE VIRTUAL TABLE IF NOT EXISTS "${index}" USING fts5(${quoted(columns)}, content='${table}', content_rowid='id', tokenize='trigram')`,
    `CREATE TRIGGER IF NOT EXISTS "${index}_insert" AFTER INSERT ON "${table}" BEGIN ${add}; END`,
    `CREATE TRIGGER IF NOT EXISTS "${index}_delete" AFTER DELETE ON "${table}" BEGIN ${remove}; END`,
    `CREATE TRIGGER IF NOT EXISTS "${index}_update" AFTER UPDATE OF ${quoted(columns)} ON "${table}" BEGIN ${remove}; ${add}; END`,
    ...fullTextFillSql(table),
  ];
}

/**
 * The rows a bulk insert just wrote, which a fill reads: ids from…to (SQLite, whose one writer makes
 * them the only rows of that range), or the ids in an array parameter (PostgreSQL, where another
 * session's insert may take an id between them).
 */
export type NewRows = { from: number; to: number } | { idsParameter: string };

/** ` AND alias."id" …`: the condition narrowing a fill to the new rows, or nothing for a fill of every row. */
export function newRowsCondition(alias: string, rows?: NewRows): string {
  if (!rows) return '';
  if ('idsParameter' in rows) return ` AND ${alias}."id" = ANY(${rows.idsParameter})`;
  return ` AND ${alias}."id" BETWEEN ${Math.trunc(rows.from)} AND ${Math.trunc(rows.to)}`;
}

/**
 * Fills the full-text index of a table from its rows as one set: all of it again (`rebuild`), or the
 * rows of `range`, which must not be in it yet. The insert trigger does the same for one row.
 */
export function fullTextFillSql(table: string, range?: NewRows): string[] {
  const index = searchTable(table);
  if (!range) return [`INSERT INTO "${index}" ("${index}") VALUES ('rebuild')`];
  const columns = FULL_TEXT[table];
  return [
    `INSERT INTO "${index}" (rowid, ${quoted(columns)}) SELECT "id", ${quoted(columns)} FROM "${table}" WHERE 1${newRowsCondition(`"${table}"`, range)}`,
  ];
}

/** The FTS5 query for a substring: one quoted phrase, so the user's quotes and operators are plain text. */
export function fullTextPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Trigrams need three characters (not bytes: "王小明" is three). */
export const canUseFullText = (text: string) => [...text].length >= 3;

/**
 * Searches of one or two Chinese characters (a surname, a given name, 上海) are the commonest and
 * the trigram index cannot serve them. For those a gram index: every single character and every
 * pair of adjacent characters of CJK text in the search columns of live rows, with the row's name
 * sort key (its pinyin, `nameSortKey`, the order the lists sort names in) and id (a WITHOUT ROWID
 * table keyed by (gram, sortKey, id)), kept by triggers in the writing transaction. A search's total
 * is the length of one range of that key, and its first page in the lists' default order (by name)
 * the first rows of the range, however many rows match. Only CJK
 * characters are indexed: they have no case to fold, so an exact match is the same as LIKE's
 * case-folded one, and a Chinese name makes a few grams where Latin text would make dozens per row.
 * Meetings are left out (their minutes would make hundreds of grams each).
 *
 * One or two Latin letters or digits (`w`, `wa`, `13`) are as common a keystroke and as useless as a
 * substring (`w` is in a third of all e-mail addresses): the same index holds the first one and two
 * characters of every word of Latin letters and digits, lower-cased, so such a search finds the
 * records with a word (a name, an e-mail's part, a phone number) that begins with it, as the range
 * of one key. The two kinds of key never meet: a CJK gram holds no Latin character.
 *
 * PostgreSQL twin (migrations/postgres): the same tables, kept by a plpgsql trigger; pg_trgm cannot
 * serve these searches either (a trigram needs three characters).
 */
export const GRAM_TABLES: readonly string[] = ['contacts', 'enterprises'];

export const gramTable = (table: string) => `${table}_grams`;

/** The longest text whose every character is indexed; longer values are indexed up to it. */
const GRAM_POSITIONS = 4000;

/** Code points with no case: CJK radicals to unified ideographs, compatibility ideographs, the supplementary ideograph planes. */
const CJK_RANGES: [number, number][] = [
  [0x2e80, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3ffff],
];

const isCjkSql = (character: string) =>
  `(${CJK_RANGES.map(([low, high]) => `unicode(${character}) BETWEEN ${low} AND ${high}`).join(' OR ')})`;

const isCjk = (character: string) => {
  const code = character.codePointAt(0)!;
  return CJK_RANGES.some(([low, high]) => code >= low && code <= high);
};

const isLatinWordCharacter = (character: string) => /^[A-Za-z0-9]$/.test(character);

/** Whether the gram index of `table` answers a search for `text`: one or two characters, all CJK or all Latin letters and digits. */
export function servedByGrams(table: string, text: string): boolean {
  const characters = [...text];
  return (
    GRAM_TABLES.includes(table) &&
    characters.length >= 1 &&
    characters.length <= 2 &&
    (characters.every(isCjk) || characters.every(isLatinWordCharacter))
  );
}

/** The key of the gram index a search for `text` (servedByGrams) reads: Latin words are indexed lower-cased. */
export const gramKey = (text: string) => text.toLowerCase();

/**
 * The condition narrowing `alias` to the live rows of `table` that hold `text` (servedByGrams), as
 * SQL with the parameter `:q`. With a window, only the first `rows` of them in name order (ascending or
 * descending, then id): for a page in that order, read from the front of the index range.
 */
export function gramCondition(
  table: string,
  alias: string,
  window?: { direction: 'ASC' | 'DESC'; rows: number },
): string {
  const order = window
    ? ` ORDER BY "sortKey" ${window.direction}, "id" ${window.direction} LIMIT ${Math.trunc(window.rows)}`
    : '';
  return `"${alias}"."id" IN (SELECT "id" FROM "${gramTable(table)}" WHERE "gram" = :q${order})`;
}

/**
 * SELECT the grams of one row, each once per field it occurs in: `row` is NEW or OLD in a trigger,
 * or a table alias joined before this FROM (json_each may read the row it is joined to).
 */
function gramsOf(table: string, row: string, id: string | null, from = ''): string {
  const values = FULL_TEXT[table].map((column) => `${row}."${column}"`).join(', ');
  const character = (offset: string) => `substr("field"."value", "position"."n"${offset}, 1)`;
  const latin = (offset: string) => `${character(offset)} GLOB '[A-Za-z0-9]'`;
  return (
    // lower() folds ASCII only (no ICU): the Latin words' keys, and CJK as it is
    `SELECT lower(substr("field"."value", "position"."n", "size"."length"))${id ? `, ${id}` : ''} ` +
    // CROSS JOIN fixes the order: each field, then its positions (a range of the positions' key), then the lengths
    `FROM ${from}json_each(json_array(${values})) AS "field" ` +
    `CROSS JOIN "search_positions" AS "position" CROSS JOIN (SELECT 1 AS "length" UNION ALL SELECT 2) AS "size" ` +
    `WHERE "field"."type" = 'text' AND ` +
    `"position"."n" <= length("field"."value") AND "position"."n" + "size"."length" - 1 <= length("field"."value") AND ` +
    `((${isCjkSql(character(''))} AND ("size"."length" = 1 OR ${isCjkSql(character(' + 1'))})) OR ` +
    // the first one or two characters of a word of Latin letters and digits
    `(${latin('')} AND ("position"."n" = 1 OR NOT ${latin(' - 1')}) AND ("size"."length" = 1 OR ${latin(' + 1')})))`
  );
}

/** The sort key the rows' names are ordered by; the name itself until a row has one. */
const gramSortKey = (row: string) => `COALESCE(${row}."nameSortKey", ${row}."name")`;

/** Creates (or re-creates, after a table rebuild dropped its triggers) the gram index of a table and fills it. */
export function gramSql(table: string): string[] {
  const grams = gramTable(table);
  const columns = quoted([...FULL_TEXT[table], 'nameSortKey']);
  const add = `INSERT OR IGNORE INTO "${grams}" ("gram", "sortKey", "id") ${gramsOf(table, 'NEW', `${gramSortKey('NEW')}, NEW."id"`)}`;
  // by key, not by id: the table has no index on id alone, and needs none
  const remove = `DELETE FROM "${grams}" WHERE "sortKey" = ${gramSortKey('OLD')} AND "id" = OLD."id" AND "gram" IN (${gramsOf(table, 'OLD', null)}`;
  return [
    `CREATE TABLE IF NOT EXISTS "search_positions" ("n" INTEGER PRIMARY KEY)`,
    `INSERT OR IGNORE INTO "search_positions" ("n") SELECT tens.value * 100 + ones.value FROM json_each(json_array(${Array.from({ length: 40 }, (_, index) => index).join(',')})) AS tens, ` +
      `json_each(json_array(${Array.from({ length: 100 }, (_, index) => index).join(',')})) AS ones WHERE tens.value * 100 + ones.value BETWEEN 1 AND ${GRAM_POSITIONS}`,
    `CREATE TABLE IF NOT EXISTS "${grams}" ("gram" TEXT NOT NULL, "sortKey" TEXT NOT NULL, "id" INTEGER NOT NULL, PRIMARY KEY ("gram", "sortKey", "id")) WITHOUT ROWID`,
    `CREATE TRIGGER IF NOT EXISTS "${grams}_insert" AFTER INSERT ON "${table}" WHEN NEW."deletedAt" IS NULL BEGIN ${add}; END`,
    `CREATE TRIGGER IF NOT EXISTS "${grams}_delete" AFTER DELETE ON "${table}" WHEN OLD."deletedAt" IS NULL BEGIN ${remove}); END`,
    `CREATE TRIGGER IF NOT EXISTS "${grams}_update" AFTER UPDATE OF ${columns}, "deletedAt" ON "${table}" BEGIN ` +
      `${remove} AND OLD."deletedAt" IS NULL); ${add} AND NEW."deletedAt" IS NULL; END`,
    ...gramFillSql(table),
  ];
}

/**
 * Fills the gram index of a table from its live rows as one set: all of it afresh, or the rows of
 * `range`, which have no grams yet. The grams go in in key order, so each page of the index is
 * written once rather than once per row. The insert trigger does the same for one row.
 */
export function gramFillSql(table: string, range?: NewRows): string[] {
  const grams = gramTable(table);
  const fill =
    `INSERT OR IGNORE INTO "${grams}" ("gram", "sortKey", "id") ${gramsOf(table, '"row"', `${gramSortKey('"row"')}, "row"."id"`, `"${table}" AS "row" CROSS JOIN `)} ` +
    `AND "row"."deletedAt" IS NULL${newRowsCondition('"row"', range)} ORDER BY 1, 2, 3`;
  return range ? [fill] : [`DELETE FROM "${grams}"`, fill];
}

/** Escapes LIKE's wildcards so a search for "50%" finds "50%", not everything. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The one place that turns a search into SQL: the condition narrowing `alias` (a row of `table`) to
 * the rows whose `columns` hold `text` as a substring, case-folded, with its parameters. It picks
 * what serves the query: the gram index for one or two Chinese characters on live rows, the
 * trigram index for three characters or more, else LOWER(…) LIKE over the columns (also what
 * PostgreSQL runs, served there by pg_trgm). `columns` are the table's FULL_TEXT columns where it
 * has an index. The list query's `q` uses it; so can a search across tables.
 */
export function searchCondition(
  options: { sqlite: boolean; table: string; alias: string; columns: readonly string[]; liveOnly: boolean },
  text: string,
): { sql: string; parameters: { q: string } } {
  const { sqlite, table, alias, columns, liveOnly } = options;
  if (sqlite && liveOnly && servedByGrams(table, text))
    return { sql: gramCondition(table, alias), parameters: { q: gramKey(text) } };
  if (sqlite && Object.hasOwn(FULL_TEXT, table) && canUseFullText(text)) {
    const index = searchTable(table);
    return {
      sql: `"${alias}"."id" IN (SELECT rowid FROM "${index}" WHERE "${index}" MATCH :q)`,
      parameters: { q: fullTextPhrase(text) },
    };
  }
  // The pattern is lower case. PostgreSQL: LOWER(…) LIKE, which its trigram indexes on LOWER(column) serve.
  // SQLite: its LIKE already ignores the case of ASCII letters and LOWER() folds nothing else (no ICU), so
  // LIKE alone finds the same rows without calling LOWER() on every column of every row (a scan 3–4× faster).
  // Chinese text has no case to fold.
  const folded = (column: string) => (sqlite ? `"${alias}"."${column}"` : `LOWER("${alias}"."${column}")`);
  return {
    sql: `(${columns.map((column) => `${folded(column)} LIKE :q ESCAPE '\\'`).join(' OR ')})`,
    parameters: { q: likePattern(text) },
  };
}
