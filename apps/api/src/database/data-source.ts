import type { DataSourceOptions } from 'typeorm';
import type { DatabaseTarget } from '../config/config';
import { dialectFor } from './dialect';

/**
 * The data source of the given entities (the registry's) on either engine (a SQLite file path, or a
 * target from the configuration): the engine's dialect gives driver, pool and migration set.
 * Migrations run at start; `synchronize` is never on.
 */
export function dataSourceOptions(
  target: string | DatabaseTarget,
  entities: NonNullable<DataSourceOptions['entities']>,
): DataSourceOptions {
  const database: DatabaseTarget = typeof target === 'string' ? { engine: 'sqlite', path: target } : target;
  return {
    ...dialectFor(database.engine).options(database),
    entities,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
  } as DataSourceOptions;
}
