import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Backup and restore of the SQLite database, for `npm run backup` and `npm run restore`.
 *
 * The backup uses SQLite's online backup API: it reads the live database in one read transaction,
 * which under WAL does not block the server's writes, and yields a consistent snapshot as of that
 * moment. (PostgreSQL twin: `pg_dump --format=custom` and `pg_restore --clean`.)
 */

/** A file name that sorts by time: crm-2025-01-31T08-15-00-000Z.sqlite. */
export function defaultBackupPath(databasePath: string, now = new Date()): string {
  return join(dirname(databasePath), 'backups', `crm-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
}

export interface BackupResult {
  path: string;
  pages: number;
}

/** Writes a consistent copy of the database at `databasePath` to `targetPath` while the server may go on writing. */
export async function backupDatabase(databasePath: string, targetPath: string): Promise<BackupResult> {
  if (!existsSync(databasePath)) throw new Error(`There is no database at ${databasePath}.`);
  const target = resolve(targetPath);
  if (existsSync(target)) throw new Error(`${target} already exists; give a new file name.`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(databasePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // One step for all pages: a step-by-step copy restarts whenever the server commits between
    // steps, and could never finish under steady writes.
    const progress = await source.backup(partial, { progress: () => 0x7fffffff });
    const copy = new Database(partial);
    try {
      // The copy is a standalone file: rollback journal, nothing left in a -wal beside it.
      copy.pragma('journal_mode = DELETE');
      assertIntact(copy, partial);
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    renameSync(partial, target);
    fsyncFile(dirname(target));
    return { path: target, pages: progress.totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

export interface RestoreResult {
  /** Where the database that was replaced now lies, if there was one. */
  previous: string | null;
}

/**
 * Puts a backup in place of the database. Refuses while another process has the database open
 * (a running server): swapping the file under it would lose its later writes or corrupt them.
 * The database it replaces is kept beside it as `<name>.before-restore-<time>`.
 */
export function restoreDatabase(backupPath: string, databasePath: string, now = new Date()): RestoreResult {
  const backup = resolve(backupPath);
  if (!existsSync(backup)) throw new Error(`There is no backup at ${backup}.`);
  const checked = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    assertIntact(checked, backup);
    assertCrmDatabase(checked, backup);
  } finally {
    checked.close();
  }

  const target = resolve(databasePath);
  mkdirSync(dirname(target), { recursive: true });
  let previous: string | null = null;
  if (existsSync(target)) {
    if (isInUse(target)) {
      throw new Error(
        `The database ${target} is in use by another process (is the server running?). Stop it, then restore.`,
      );
    }
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, previous);
  }
  const incoming = `${target}.restoring`;
  copyFileSync(backup, incoming);
  fsyncFile(incoming);
  renameSync(incoming, target);
  fsyncFile(dirname(target));
  return { previous };
}

/**
 * Whether another connection holds the database open. In WAL mode the last connection to close
 * checkpoints and removes the -wal file; if it is still there after ours closes, someone else has
 * the file open. Also refuses when a writer holds the lock right now.
 */
export function isInUse(databasePath: string): boolean {
  const db = new Database(databasePath, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    if (db.pragma('journal_mode', { simple: true }) !== 'wal') {
      // Not a WAL database (a file restored from elsewhere): only a lock tells.
      try {
        db.exec('BEGIN EXCLUSIVE; COMMIT');
        return false;
      } catch {
        return true;
      }
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return existsSync(`${databasePath}-wal`);
}

/** The tables every database of this CRM has, whatever its version: a file without them is some other program's. */
const CRM_TABLES = ['migrations', 'staff', 'enterprises', 'chambers', 'meetings', 'outcomes', 'audit_events'];

function assertCrmDatabase(db: Database.Database, path: string): void {
  let present: Set<string>;
  try {
    present = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (row) => row.name,
      ),
    );
  } catch {
    throw new Error(`${basename(path)} is not a SQLite database.`);
  }
  const missing = CRM_TABLES.filter((table) => !present.has(table));
  if (missing.length)
    throw new Error(
      `${basename(path)} is not a database of this CRM (no ${missing.join(', ')} tables); nothing was restored.`,
    );
}

function assertIntact(db: Database.Database, path: string): void {
  const result = db.pragma('integrity_check', { simple: true });
  if (result !== 'ok') throw new Error(`${basename(path)} fails SQLite's integrity check: ${String(result)}`);
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
