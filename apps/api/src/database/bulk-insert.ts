import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { dialectOf } from './dialect';

/**
 * Inserts records of an entity in statements of many rows, inside the caller's transaction, and
 * answers their ids in the order given (none for a table without a generated `id`). The values are
 * converted as TypeORM would store them (dates, JSON columns), but the SQL is written once per
 * statement shape instead of through the query builder, whose parameter handling grows with every
 * row (a 400-row insert of enterprises spent more time there than in SQLite). Every record gives the
 * same properties: those of the first are the columns written.
 *
 * How the counters and search indexes that per-row triggers keep are brought up to date is the
 * dialect's (`insertRows`): a large insert fills them once for all its rows; report tallies, which
 * may join other tables, keep counting row by row.
 */
export async function insertRecords<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  records: Partial<T>[],
): Promise<number[]> {
  if (records.length === 0) return [];
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = Object.keys(records[0]).flatMap((property) =>
    metadata.findColumnsWithPropertyPath(property).slice(0, 1),
  );
  const rows = records.map((record) =>
    columns.map((column) => driver.preparePersistentValue(record[column.propertyName as keyof T], column) ?? null),
  );
  const generatedId =
    metadata.primaryColumns.length === 1 && metadata.primaryColumns[0].isGenerated
      ? metadata.primaryColumns[0].databaseName
      : null;
  return dialectOf(manager.connection).insertRows(manager, {
    table: metadata.tableName,
    columns: columns.map((column) => column.databaseName),
    rows,
    generatedId,
  });
}
