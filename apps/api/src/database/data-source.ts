import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * The SQLite database: WAL so reads do not wait for the writer, foreign keys on, and FULL
 * synchronous so an acknowledged commit survives a power cut. Migrations run at start;
 * `synchronize` is never on.
 */
export function dataSourceOptions(databasePath: string, entities: NonNullable<DataSourceOptions['entities']>): DataSourceOptions {
  return {
    type: 'better-sqlite3',
    database: databasePath,
    entities,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    enableWAL: true,
    timeout: 5000,
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
    },
  };
}
