/**
 * Full-text search for `q` on the big tables: an FTS5 index with the trigram tokenizer (substring
 * matching that works for Chinese as for Latin text, case-folded) over the same columns that the
 * LIKE search reads, kept in step by triggers in the writing transaction. External content: the
 * index stores no copy of the text, only the trigrams.
 *
 * The trigram tokenizer needs three characters to match, so shorter searches (a two-character
 * Chinese name) fall back to LIKE, which finds the same rows, only by scanning.
 *
 * PostgreSQL twin: no change to the query; a GIN index with pg_trgm on LOWER(column) for each of
 * these columns serves the `LOWER(column) LIKE '%…%'` the list query already writes.
 */
export const FULL_TEXT: Record<string, readonly string[]> = {
  contacts: ['name', 'title', 'phone', 'email', 'wechat'],
  enterprises: ['name', 'uscc', 'aliases', 'city', 'industry'],
  meetings: ['title', 'location', 'minutes'],
};

/** The FTS5 table of a table. */
export const searchTable = (table: string) => `${table}_search`;

const quoted = (columns: readonly string[], row?: 'new' | 'old') => columns.map((column) => (row ? `${row}."${column}"` : `"${column}"`)).join(', ');

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
    `INSERT INTO "${index}" ("${index}") VALUES ('rebuild')`,
  ];
}

/** The FTS5 query for a substring: one quoted phrase, so the user's quotes and operators are plain text. */
export function fullTextPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Trigrams need three characters (not bytes: "王小明" is three). */
export const canUseFullText = (text: string) => [...text].length >= 3;
