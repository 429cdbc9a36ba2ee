import 'reflect-metadata';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source';
import { ENTITIES } from './resources';
import { rebuildSearchIndexes } from './search/search-rebuild';

/**
 *   npm run search:rebuild     builds the search indexes of DATABASE_PATH (default data/crm.sqlite) again
 *
 * Safe while the server runs: one write transaction, queued behind the server's like any other.
 */
async function main(): Promise<void> {
  const databasePath = resolve(process.env.DATABASE_PATH || 'data/crm.sqlite');
  const dataSource = await new DataSource(dataSourceOptions(databasePath, ENTITIES)).initialize();
  try {
    const started = performance.now();
    const summary = await rebuildSearchIndexes(dataSource);
    const fixed = Object.entries(summary.pinyin)
      .map(([table, count]) => `${count} ${table}`)
      .join(', ');
    console.log(
      `Rebuilt the search indexes of ${summary.indexes.join(', ')} and checked the pinyin keys (rewritten: ${fixed}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
