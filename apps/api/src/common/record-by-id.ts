import { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { flatEntities } from '../database/hydrate';

interface Compiled {
  sql: string;
  builder: SelectQueryBuilder<ObjectLiteral>;
}

const compiled = new WeakMap<Repository<ObjectLiteral>, Compiled>();

/**
 * A live record by its id — a show page, a reference field, a list filtered by id — as getMany()
 * would return it. TypeORM spends several times longer building and escaping that SELECT than
 * SQLite spends running it, and it is the same SELECT every time: so TypeORM builds it once per
 * table (same columns, same aliases, the soft-delete condition) and each read only runs it and
 * hydrates the row with TypeORM's own transformer (database/hydrate.ts).
 */
export async function liveRecordById<T extends ObjectLiteral>(
  repository: Repository<T>,
  id: number,
): Promise<T | null> {
  const { sql, builder } = compiledFor(repository);
  const rows: ObjectLiteral[] = await repository.manager.query(sql, [id]);
  // entity listeners or subscribers want their "load" event, which only getMany() sends
  const records =
    flatEntities(builder, rows) ??
    (await Object.assign(builder.clone(), { loadRawResults: async () => rows }).getMany());
  return (records[0] as T | undefined) ?? null;
}

function compiledFor(repository: Repository<ObjectLiteral>): Compiled {
  let found = compiled.get(repository);
  if (!found) {
    // a text placeholder value: SQLite's driver writes a number into the SQL itself, which would make a new statement per id
    const builder = repository.createQueryBuilder('record').where('"record"."id" = :id', { id: 'id' });
    const [sql, parameters] = builder.getQueryAndParameters();
    // the one bound value must be the id, or the statement is not the one this runs
    if (parameters.length !== 1)
      throw new Error(`The read by id of ${repository.metadata.tableName} binds ${parameters.length} values.`);
    found = { sql, builder };
    compiled.set(repository, found);
  }
  return found;
}
