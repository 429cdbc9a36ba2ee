import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source';
import { ENTITIES } from './resources';

/**
 * For the TypeORM CLI (generating a migration from the entities): `npm run migration:generate`.
 * PostgreSQL when DATABASE_URL is set, else the SQLite file DATABASE_PATH.
 */
export default new DataSource(
  dataSourceOptions(
    process.env.DATABASE_URL
      ? { engine: 'postgres', url: process.env.DATABASE_URL, poolSize: 2, statementTimeoutMs: 600_000 }
      : (process.env.DATABASE_PATH ?? 'data/crm.sqlite'),
    ENTITIES,
  ),
);
