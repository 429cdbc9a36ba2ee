import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source';
import { ENTITIES } from './resources';

/**
 * Whether the server would start on a SQLite backup, tried on a scratch copy before anything is
 * replaced: its migrations table must hold only this CRM's migrations (a file of look-alike tables
 * has none, or another program's), and after the migrations this version adds, its schema must be
 * the one the entities declare. Throws one line for the operator otherwise.
 */
export async function checkStartsTheServer(file: string): Promise<void> {
  // a missing file is the restore's own refusal to word
  if (!existsSync(file)) return;
  const scratch = mkdtempSync(join(tmpdir(), 'crm-restore-check-'));
  const copy = join(scratch, 'crm.sqlite');
  copyFileSync(file, copy);
  const dataSource = new DataSource({ ...dataSourceOptions(copy, ENTITIES), migrationsRun: false });
  try {
    await dataSource.initialize();
    const known = new Set(dataSource.migrations.map((migration) => migration.name));
    let applied: { name: string }[] = [];
    try {
      applied = await dataSource.query('SELECT "name" FROM "migrations"');
    } catch {
      // no migrations table: refused below
    }
    const foreign = applied.map((row) => row.name).filter((name) => !known.has(name));
    if (applied.length === 0 || foreign.length) {
      const which = foreign.length
        ? `names ${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}`
        : 'is empty or missing';
      throw new Error(
        `${basename(file)} is not a database of this CRM: its migrations table ${which}; nothing was restored.`,
      );
    }
    await dataSource.runMigrations({ transaction: 'each' });
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length) {
      throw new Error(
        `The server would not start on ${basename(file)}: its schema differs from this CRM's in ${upQueries.length} places (first: ${upQueries[0].query.slice(0, 120)}); nothing was restored.`,
      );
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    rmSync(scratch, { recursive: true, force: true });
  }
}
