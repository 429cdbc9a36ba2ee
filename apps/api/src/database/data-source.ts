import { DataSource, DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from '../config/config';
import { dialectFor } from './dialect';
import { ENTITIES } from './entities';

/**
 * The data source on either engine (a SQLite file path, or a target from the configuration): the
 * engine's dialect gives driver, pool and migration set. Migrations run at start; `synchronize` is
 * never on.
 */
export function dataSourceOptions(target: string | DatabaseTarget): DataSourceOptions {
  const database: DatabaseTarget = typeof target === 'string' ? { engine: 'sqlite', path: target } : target;
  return {
    ...dialectFor(database.engine).options(database),
    entities: ENTITIES,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
  } as DataSourceOptions;
}

/**
 * For the TypeORM CLI (generating a migration from the entities): PostgreSQL when DATABASE_URL is set,
 * else the SQLite file DATABASE_PATH.
 */
export default new DataSource(
  dataSourceOptions(
    process.env.DATABASE_URL
      ? { engine: 'postgres', url: process.env.DATABASE_URL, poolSize: 2, statementTimeoutMs: 600_000 }
      : (process.env.DATABASE_PATH ?? 'data/crm.sqlite'),
  ),
);
