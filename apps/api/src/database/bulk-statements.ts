/** The statements of a bulk insert, for the dialects (`insertRows`); the entry for a feature is bulk-insert.ts. */
/** The most parameters one statement binds: below SQLite's 32,766 (and PostgreSQL's 65,535). */
const PARAMETERS_PER_STATEMENT = 30_000;
/**
 * From this many rows on, an insert has the counters and search indexes that per-row triggers keep
 * brought up to date once for all its rows (the dialects' `insertRows`); below it, setting that up
 * costs more than the triggers.
 */
export const BULK_ROWS = 200;
/** The most rows one statement writes, however few its columns. */
const ROWS_PER_STATEMENT = 500;

/** What `Dialect.insertRows` writes: rows of values in the order of `columns`, already as the driver binds them. */
export interface RowsToInsert {
  table: string;
  columns: readonly string[];
  rows: unknown[][];
  /** The generated id column whose values are answered, or null. */
  generatedId: string | null;
}

/** How an engine runs one statement of `insertInStatements`: its parameter placeholders, and the rows the statement answers. */
export interface StatementRunner {
  /** The n-th parameter (1-based) as the engine writes it. */
  placeholder: (index: number) => string;
  run: (sql: string, parameters: unknown[]) => Promise<Record<string, unknown>[]>;
}

/** The statement texts of full-size chunks, made once per table and columns (the last, shorter chunk is written each time). */
const statementTexts = new Map<string, string>();

function statementText(insert: RowsToInsert, rows: number, runner: StatementRunner, full: boolean): string {
  const key = `${insert.table}|${insert.columns.join('|')}|${rows}|${insert.generatedId}|${runner.placeholder(1)}`;
  const known = full ? statementTexts.get(key) : undefined;
  if (known) return known;
  let parameter = 0;
  const values = Array.from(
    { length: rows },
    () => `(${insert.columns.map(() => runner.placeholder(++parameter)).join(', ')})`,
  ).join(', ');
  const text =
    `INSERT INTO "${insert.table}" (${insert.columns.map((column) => `"${column}"`).join(', ')}) VALUES ${values}` +
    (insert.generatedId ? ` RETURNING "${insert.generatedId}"` : '');
  if (full) statementTexts.set(key, text);
  return text;
}

/**
 * The statements of `insertRows`, for either engine. The ids come back through RETURNING, sorted:
 * rows of one statement get ascending ids in the order written, on both engines.
 */
export async function insertInStatements(insert: RowsToInsert, runner: StatementRunner): Promise<number[]> {
  const { rows, columns, generatedId } = insert;
  const perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(PARAMETERS_PER_STATEMENT / columns.length)));
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const answer = await runner.run(
      statementText(insert, chunk.length, runner, chunk.length === perStatement),
      chunk.flat(),
    );
    if (generatedId) ids.push(...answer.map((row) => Number(row[generatedId])).sort((a, b) => a - b));
  }
  return ids;
}
