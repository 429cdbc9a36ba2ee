import { InsertQueryBuilder, ObjectLiteral } from 'typeorm';

/**
 * Runs a multi-row insert and gives the ids it made, in the order of its rows. PostgreSQL returns
 * them (RETURNING "id"); SQLite, which TypeORM asks for no RETURNING, hands back the last rowid,
 * and the ids of one statement are consecutive.
 */
export async function insertReturningIds<T extends ObjectLiteral>(
  insert: InsertQueryBuilder<T>,
  rows: number,
): Promise<number[]> {
  const returning = insert.connection.driver.isReturningSqlSupported('insert');
  const result = await (returning ? insert.returning('"id"') : insert).execute();
  if (returning) return (result.raw as { id: number }[]).map((row) => Number(row.id));
  const last = Number(result.raw);
  return Array.from({ length: rows }, (_, offset) => last - rows + 1 + offset);
}
