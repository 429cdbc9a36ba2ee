import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/**
 * Backup and restore of a PostgreSQL database, for `npm run backup` and `npm run restore` when
 * DATABASE_URL names one: PostgreSQL's own pg_dump (one consistent snapshot, taken while the
 * instances go on writing) in its custom format, and pg_restore. The programs come from PATH, or
 * from CRM_PG_BIN (e.g. /usr/lib/postgresql/15/bin); they must be of the server's major version or newer.
 */
const run = promisify(execFile);

const program = (name: string) => (process.env.CRM_PG_BIN ? join(process.env.CRM_PG_BIN, name) : name);

/** A file name that sorts by time: crm-2025-01-31T08-15-00-000Z.dump. */
export function defaultDumpPath(directory: string, now = new Date()): string {
  return join(directory, 'backups', `crm-${now.toISOString().replace(/[:.]/g, '-')}.dump`);
}

async function pg(name: string, args: string[]): Promise<void> {
  try {
    await run(program(name), args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { code?: string; stderr?: string; message: string };
    if (failure.code === 'ENOENT')
      throw new Error(
        `${name} was not found: install the PostgreSQL client (apt-get install -y postgresql-client) or set CRM_PG_BIN.`,
        { cause: error },
      );
    throw new Error(`${name} failed: ${(failure.stderr || failure.message).trim()}`, { cause: error });
  }
}

/** Writes a consistent dump of the database at `url` to `targetPath`; its size in bytes. */
export async function dumpPostgres(url: string, targetPath: string): Promise<{ path: string; bytes: number }> {
  const target = resolve(targetPath);
  if (existsSync(target)) throw new Error(`${target} already exists; give a new file name.`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  try {
    await pg('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${url}`]);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { path: target, bytes: statSync(target).size };
}

/** The tables every database of this CRM has; a dump without them is some other program's. */
const CRM_TABLES = ['migrations', 'staff', 'enterprises', 'chambers', 'meetings', 'outcomes', 'audit_events'];

/**
 * Puts a dump in place of the database's contents, in one transaction (a failed restore changes
 * nothing). Refuses while a server of this CRM is connected to it: its later writes would be lost.
 */
export async function restorePostgres(backupPath: string, url: string): Promise<void> {
  const backup = resolve(backupPath);
  if (!existsSync(backup)) throw new Error(`There is no backup at ${backup}.`);
  let listing: string;
  try {
    listing = (await run(program('pg_restore'), ['--list', backup], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    throw new Error(`${backup} is not a pg_dump archive.`, { cause: error });
  }
  const missing = CRM_TABLES.filter((table) => !new RegExp(`TABLE public ${table} `).test(listing));
  if (missing.length)
    throw new Error(`${backup} is not a database of this CRM (no ${missing.join(', ')} tables); nothing was restored.`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'partnership-crm' AND pid <> pg_backend_pid()`,
    );
    if (rows[0].n > 0)
      throw new Error(
        'The database is in use by a server of this CRM (is one running?). Stop every instance, then restore.',
      );
  } finally {
    await client.end();
  }
  await pg('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${url}`,
    backup,
  ]);
}
