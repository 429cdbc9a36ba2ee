import { getMetadataArgsStorage } from 'typeorm';
import type { ColumnMetadataArgs } from 'typeorm/metadata-args/ColumnMetadataArgs';

/**
 * Entities declare their times once, as SQLite's `datetime` (and TypeORM's created/updated/deleted
 * columns, which take the driver's default). PostgreSQL has no `datetime`, and its default
 * `timestamp` forgets the time zone: on PostgreSQL every such column is `timestamptz`, an instant.
 *
 * The choice is made on the entities' column declarations when a data source's options are made,
 * and read when it is initialised, so a process opens its data sources on one engine at a time
 * (tests that compare engines open one after the other).
 */
const declared = new Map<ColumnMetadataArgs, ColumnMetadataArgs['options']['type']>();

const TIME_MODES: ColumnMetadataArgs['mode'][] = ['createDate', 'updateDate', 'deleteDate'];

export function useTimeColumns(type: 'datetime' | 'timestamptz'): void {
  for (const column of getMetadataArgsStorage().columns) {
    if (!declared.has(column)) {
      if (column.options.type !== 'datetime' && !TIME_MODES.includes(column.mode)) continue;
      declared.set(column, column.options.type);
    }
    column.options.type = type === 'datetime' ? declared.get(column) : 'timestamptz';
  }
}
