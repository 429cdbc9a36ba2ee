import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A multi-row INSERT of plain rows (their properties are the entity's columns), every value bound
 * as a parameter after the engine's own conversion of its column (dates, JSON). The SQL text then
 * depends only on the rows' shape, so the driver's statement cache serves it: TypeORM's insert
 * writes numbers into the SQL on SQLite, which makes every link or audit row a new statement to
 * compile. Nothing is read back (no ids, no defaults).
 */
export async function insertRows(manager: EntityManager, target: EntityTarget<ObjectLiteral>, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(target);
  const columns = Object.keys(rows[0]).map((property) => metadata.findColumnWithPropertyName(property)!);
  const parameters: Record<string, unknown[]> = {};
  const values = rows.map((row, index) => {
    parameters[`row${index}`] = columns.map((column) => driver.preparePersistentValue(row[column.propertyName], column));
    return `(:...row${index})`;
  });
  const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
  await manager.query(...driver.escapeQueryWithParameters(`INSERT INTO "${metadata.tableName}" (${names}) VALUES ${values.join(', ')}`, parameters));
}
