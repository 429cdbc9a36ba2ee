import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source';
import { ENTITIES } from './resources';

/** For the TypeORM CLI (generating a migration from the entities): `npm run migration:generate`. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_PATH ?? 'data/crm.sqlite', ENTITIES));
