import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { dialectOf } from './dialect';

/**
 * Claims up to `limit` rows of an outbox table that are `pending`, due by `now` and held by no one
 * (or by a claimer whose lease ran out), for `until`; answers their ids. The update checks its
 * conditions again on each row it takes, so two instances claiming at once never take the same row
 * (on PostgreSQL, the second passes the first's locked rows by), and a claimer that died lets go
 * when its lease ends.
 */
export async function claimDue(
  manager: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  now: Date,
  until: Date,
  limit: number,
): Promise<number[]> {
  const metadata = manager.connection.getMetadata(target);
  const table = metadata.tableName;
  const driver = manager.connection.driver;
  const time = (value: Date, column: string) =>
    driver.preparePersistentValue(value, metadata.findColumnWithPropertyName(column)!);
  const free = `"status" = 'pending' AND "nextAttemptAt" <= :now AND ("claimedUntil" IS NULL OR "claimedUntil" < :now)`;
  const [sql, parameters] = driver.escapeQueryWithParameters(
    `UPDATE "${table}" SET "claimedUntil" = :until WHERE "id" IN (SELECT "id" FROM "${table}" WHERE ${free} ORDER BY "id" LIMIT :limit${dialectOf(manager.connection).skipLocked}) AND ${free} RETURNING "id"`,
    { now: time(now, 'nextAttemptAt'), until: time(until, 'claimedUntil'), limit },
  );
  const rows = (await manager.query(sql, parameters)) as { id: number }[] | [{ id: number }[], number];
  // PostgreSQL's driver answers an UPDATE … RETURNING as [rows, count]
  const claimed = Array.isArray(rows[0]) ? (rows[0] as { id: number }[]) : (rows as { id: number }[]);
  return claimed.map((row) => Number(row.id));
}
