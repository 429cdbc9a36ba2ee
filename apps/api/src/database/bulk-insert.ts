import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { dialectOf } from './dialect';

/** The most parameters one statement binds: below SQLite's 32,766 (and PostgreSQL's 65,535). */
const PARAMETERS_PER_STATEMENT = 30_000;
/** The most rows one statement writes, however few its columns. */
const ROWS_PER_STATEMENT = 500;

/**
 * Inserts records of an entity in statements of many rows, inside the caller's transaction, and
 * answers their ids in the order given (none for a table without a generated `id`). The values are
 * converted as TypeORM would store them (dates, JSON columns), but the SQL is written once per
 * statement shape instead of through the query builder, whose parameter handling grows with every
 * row (a 400-row insert of enterprises spent more time there than in SQLite). Every record gives the
 * same properties: those of the first are the columns written.
 *
 * How the indexes, counters and tallies that per-row triggers keep are brought up to date is the
 * dialect's (`insertRows`): on SQLite a large insert fills them once for all its rows.
 */
export async function insertRecords<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, records: Partial<T>[]): Promise<number[]> {
  if (records.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = Object.keys(records[0]).flatMap((property) => metadata.findColumnsWithPropertyPath(property).slice(0, 1));
  const rows = records.map((record) => columns.map((column) => driver.preparePersistentValue(record[column.propertyName as keyof T], column) ?? null));
  const generatedId = metadata.primaryColumns.length === 1 && metadata.primaryColumns[0].isGenerated ? metadata.primaryColumns[0].databaseName : null;
  return dialectOf(manager.connection).insertRows(manager, {
    table: metadata.tableName,
    columns: columns.map((column) => column.databaseName),
    rows,
    generatedId,
  });
}

/** What `Dialect.insertRows` writes: rows of values in the order of `columns`, already as the driver binds them. */
export interface RowsToInsert {
  table: string;
  columns: readonly string[];
  rows: unknown[][];
  /** The generated id column whose values are answered, or null. */
  generatedId: string | null;
}

/**
 * The statements of `insertRows`, for either engine: `placeholder(n)` is the n-th parameter (1-based)
 * as the engine writes it. The ids come back through RETURNING, sorted: rows of one statement get
 * ascending ids in the order written, on both engines.
 */
export async function insertInStatements(manager: EntityManager, insert: RowsToInsert, placeholder: (index: number) => string): Promise<number[]> {
  const { table, columns, rows, generatedId } = insert;
  const perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, Math.floor(PARAMETERS_PER_STATEMENT / columns.length)));
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES `;
  const returning = generatedId ? ` RETURNING "${generatedId}"` : '';
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    let parameter = 0;
    const values = chunk.map(() => `(${columns.map(() => placeholder(++parameter)).join(', ')})`).join(', ');
    const answer: unknown = await manager.query(head + values + returning, chunk.flat());
    if (generatedId) ids.push(...(answer as Record<string, unknown>[]).map((row) => Number(row[generatedId])).sort((a, b) => a - b));
  }
  return ids;
}
