import type { DataSource } from 'typeorm';
import type { Dialect, Engine } from './dialect/types';
import { postgres } from './dialect/postgres';
import { sqlite } from './dialect/sqlite';

export type { Dialect, Engine, SearchOptions, SearchSql } from './dialect/types';

const DIALECTS: Record<Engine, Dialect> = { sqlite, postgres };

/** The dialect of an engine. */
export function dialectFor(engine: Engine): Dialect {
  return DIALECTS[engine];
}

/** The dialect a data source runs on. */
export function dialectOf(dataSource: DataSource): Dialect {
  return DIALECTS[dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite'];
}
