import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../apps/api/src/database/data-source';
import { ENTITIES } from '../apps/api/src/resources';
import { generate, ScaleName, SCALES } from '../apps/api/src/demo/generator';

const ROOT = resolve(__dirname, '..');
export const RESULTS = join(ROOT, 'bench/results');
/** The generated history ends here, so every run of a scale holds the same rows. */
const TODAY = '2025-06-30';

/** What the generated file depends on: the generator and the schema. A change makes a new file. */
function fingerprint(scale: ScaleName): string {
  const hash = createHash('sha1').update(scale).update(TODAY);
  const sources = [join(ROOT, 'apps/api/src/demo'), join(ROOT, 'apps/api/src/database/migrations/sqlite')];
  for (const dir of sources)
    for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  // the SQL that migrations and the start-up trigger repair take from these (triggers, search indexes, report tallies)
  for (const file of ['full-text.ts', 'row-counts.ts', 'tallies.ts'])
    hash.update(file).update(readFileSync(join(ROOT, 'apps/api/src/database', file)));
  return hash.digest('hex').slice(0, 10);
}

/**
 * A database filled to `scale` by the deterministic generator, made once and kept in
 * bench/results/ (gitignored) until the generator or the migrations change. The bench works on a
 * copy, since it writes.
 */
export async function filledDatabase(scale: ScaleName, log: (line: string) => void): Promise<string> {
  const dir = join(RESULTS, 'db');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${scale}-${fingerprint(scale)}.sqlite`);
  if (existsSync(path)) {
    log(`using ${path} (generated earlier)`);
    return path;
  }
  for (const old of readdirSync(dir)) if (old.startsWith(`${scale}-`)) rmSync(join(dir, old), { force: true });
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const dataSource = new DataSource(dataSourceOptions(partial, ENTITIES));
  await dataSource.initialize();
  try {
    // bulk load: the journal matters less than the speed here, and the file is discarded on failure
    await dataSource.query('PRAGMA synchronous = OFF');
    log(`generating the ${scale} scale…`);
    const summary = await generate(dataSource, SCALES[scale], { seedEvent: true, audit: true, today: TODAY });
    log(
      `generated in ${(summary.milliseconds / 1000).toFixed(1)} s: ${Object.entries(summary.rows)
        .map(([table, count]) => `${count} ${table}`)
        .join(', ')}`,
    );
    await dataSource.query('ANALYZE');
  } finally {
    await dataSource.destroy();
  }
  renameSync(partial, path);
  return path;
}

/**
 * The same rows in a new database of a PostgreSQL cluster (`--engine postgres`): migrated, filled
 * by the same deterministic generator (so ids match the SQLite file's), analysed. Made afresh for
 * every run, since the bench writes.
 */
export async function filledPostgres(scale: ScaleName, url: string, log: (line: string) => void): Promise<void> {
  const dataSource = new DataSource(
    dataSourceOptions({ engine: 'postgres', url, poolSize: 2, statementTimeoutMs: 3_600_000 }, ENTITIES),
  );
  await dataSource.initialize();
  try {
    log(`generating the ${scale} scale in PostgreSQL…`);
    const summary = await generate(dataSource, SCALES[scale], { seedEvent: true, audit: true, today: TODAY });
    log(`generated in ${(summary.milliseconds / 1000).toFixed(1)} s`);
    await dataSource.query('ANALYZE');
  } finally {
    await dataSource.destroy();
  }
}

/**
 * After the server's run at start has written the same records into both databases (lapsed
 * agreements, renewal tasks), their times are when each database was written, a moment apart; a list
 * sorted by `updatedAt` would then order them differently. The baseline's SQLite file takes the
 * times the API's PostgreSQL database holds for every record written after the generated history.
 */
export async function alignWriteTimes(url: string, sqlitePath: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const file = new Database(sqlitePath);
  let aligned = 0;
  try {
    const tables = (await client.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'updatedAt' ORDER BY table_name`,
    )) as { rows: { table_name: string }[] };
    const stored = (instant: Date) => instant.toISOString().replace('T', ' ').replace('Z', '');
    for (const { table_name: table } of tables.rows) {
      const written = (await client.query(
        `SELECT "id", "createdAt", "updatedAt" FROM "${table}" WHERE "updatedAt" > $1`,
        [`${TODAY}T23:59:59Z`],
      )) as {
        rows: { id: number; createdAt: Date; updatedAt: Date }[];
      };
      const update = file.prepare(`UPDATE "${table}" SET "createdAt" = ?, "updatedAt" = ? WHERE "id" = ?`);
      file.transaction(() => {
        for (const row of written.rows)
          aligned += update.run(stored(row.createdAt), stored(row.updatedAt), row.id).changes;
      })();
    }
  } finally {
    file.close();
    await client.end();
  }
  return aligned;
}
