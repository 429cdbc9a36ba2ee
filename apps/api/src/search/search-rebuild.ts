import { DataSource } from 'typeorm';
import { searchableNameKeys } from '../common/pinyin';
import { FULL_TEXT, GRAM_TABLES, gramSql, searchTable } from '../database/full-text';

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
      const rows: { id: number; name: string; nameSortKey: string; namePinyin: string; nameInitials: string }[] = await manager.query(
        `SELECT "id", "name", "nameSortKey", "namePinyin", "nameInitials" FROM "${table}"`,
      );
      for (const row of rows) {
        const keys = searchableNameKeys(row.name);
        if (keys.nameSortKey === row.nameSortKey && keys.namePinyin === row.namePinyin && keys.nameInitials === row.nameInitials) continue;
        await manager.query(`UPDATE "${table}" SET "nameSortKey" = ?, "namePinyin" = ?, "nameInitials" = ? WHERE "id" = ?`, [keys.nameSortKey, keys.namePinyin, keys.nameInitials, row.id]);
        pinyin[table] += 1;
      }
    }
    const indexes: string[] = [];
    if (dataSource.options.type === 'better-sqlite3') {
      for (const table of Object.keys(FULL_TEXT)) {
        await manager.query(`INSERT INTO "${searchTable(table)}" ("${searchTable(table)}") VALUES ('rebuild')`);
        // the gram index's statements create what is missing and fill it afresh
        if (GRAM_TABLES.includes(table)) for (const statement of gramSql(table)) await manager.query(statement);
        indexes.push(table);
      }
    }
    return { pinyin, indexes };
  });
}
