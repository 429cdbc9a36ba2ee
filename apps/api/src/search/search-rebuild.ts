import { DataSource } from 'typeorm';
import { searchableNameKeys } from '../common/pinyin';
import { dialectOf } from '../database/dialect';

/** The tables whose names the search box finds by pinyin (the columns of `searchableNameKeys`). */
export const PINYIN_TABLES = ['chambers', 'contacts', 'enterprises'] as const;

export interface RebuildSummary {
  /** Rows whose pinyin keys were wrong and were written again, per table. */
  pinyin: Record<string, number>;
  /** Tables whose full-text and gram indexes were rebuilt from their rows. */
  indexes: string[];
}

/**
 * Builds every search index again from the rows, in one transaction: the trigram full-text
 * indexes, the gram indexes of one- and two-character searches, and the pinyin keys of names
 * (written only where they differ from what the name gives, so an index in step changes nothing).
 * Triggers and every write keep them in step; this is for a database copied in by hand, a bulk
 * load with the triggers off, or a pinyin dictionary that now reads a name differently.
 */
export async function rebuildSearchIndexes(dataSource: DataSource): Promise<RebuildSummary> {
  return dataSource.transaction(async (manager) => {
    const pinyin: Record<string, number> = {};
    for (const table of PINYIN_TABLES) {
      pinyin[table] = 0;
      const rows: { id: number; name: string; nameSortKey: string; namePinyin: string; nameInitials: string }[] =
        await manager.query(`SELECT "id", "name", "nameSortKey", "namePinyin", "nameInitials" FROM "${table}"`);
      for (const row of rows) {
        const keys = searchableNameKeys(row.name);
        if (
          keys.nameSortKey === row.nameSortKey &&
          keys.namePinyin === row.namePinyin &&
          keys.nameInitials === row.nameInitials
        )
          continue;
        // eslint-disable-next-line no-restricted-syntax -- derived: the name keys, rebuilt by the maintenance command
        await manager.createQueryBuilder().update(table).set(keys).where('"id" = :id', { id: row.id }).execute();
        pinyin[table] += 1;
      }
    }
    const indexes = await dialectOf(dataSource).rebuildSearchIndexes(manager);
    return { pinyin, indexes };
  });
}
