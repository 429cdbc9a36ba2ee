import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { backupDatabase, isInUse, restoreDatabase } from '../../apps/api/src/database/backup';
import { Harness, startHarness } from '../api/harness';
import { SCALE } from './scale';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '../..');

/** Chambers and their create events: equal in any consistent snapshot, since each create writes both in one transaction. */
function snapshotCounts(path: string): { chambers: number; creates: number; integrity: unknown } {
  const db = new Database(path, { readonly: true });
  try {
    return {
      chambers: (db.prepare('SELECT count(*) AS n FROM chambers').get() as { n: number }).n,
      creates: (
        db
          .prepare("SELECT count(*) AS n FROM audit_events WHERE resource = 'chambers' AND action = 'create'")
          .get() as { n: number }
      ).n,
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe('backup and restore', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    h = await startHarness();
    dir = mkdtempSync(join(tmpdir(), 'crm-backup-'));
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies the live database consistently while writes go on, and brings it back', async () => {
    // a writer that keeps creating chambers, bounded in count and time
    let acknowledged = 0;
    let writing = true;
    const deadline = Date.now() + 20_000;
    const writer = (async () => {
      for (let i = 0; writing && i < 400 * SCALE && Date.now() < deadline; i++) {
        const answer = await h.api('post', '/api/chambers').send({ name: `Chamber ${i}`, kind: 'chamber' });
        expect(answer.status).toBe(201);
        acknowledged++;
      }
    })();
    while (acknowledged < 20) await new Promise((resolve) => setTimeout(resolve, 10));
    const backupPath = join(dir, 'live.sqlite');
    const result = await backupDatabase(h.databasePath, backupPath);
    const atBackup = acknowledged;
    // let some writes land after the snapshot, then stop
    await new Promise((resolve) => setTimeout(resolve, 200));
    writing = false;
    await writer;

    expect(result.path).toBe(backupPath);
    const copy = snapshotCounts(backupPath);
    expect(copy.integrity).toBe('ok');
    expect(copy.chambers).toBe(copy.creates);
    expect(copy.chambers).toBeGreaterThanOrEqual(atBackup - 1);
    const live = snapshotCounts(h.databasePath);
    expect(live.chambers).toBe(acknowledged);
    expect(live.chambers).toBeGreaterThan(copy.chambers);

    // the server still has the database open: a restore onto it is refused, and nothing is moved
    expect(isInUse(h.databasePath)).toBe(true);
    expect(() => restoreDatabase(backupPath, h.databasePath)).toThrow(/in use/);
    expect(snapshotCounts(h.databasePath).chambers).toBe(acknowledged);

    // restored onto a stopped database: the old file is kept aside, the server starts on the copy
    const target = join(dir, 'restored', 'crm.sqlite');
    restoreDatabase(backupPath, target);
    const first = await startHarness({ DATABASE_PATH: target });
    await first.api('post', '/api/chambers').send({ name: 'After the restore', kind: 'chamber' }).expect(201);
    await first.close();
    expect(isInUse(target)).toBe(false);
    const { previous } = restoreDatabase(backupPath, target);
    expect(previous && existsSync(previous)).toBeTruthy();
    expect(snapshotCounts(previous!).chambers).toBe(copy.chambers + 1);

    const restored = await startHarness({ DATABASE_PATH: target });
    try {
      const list = await restored.api('get', '/api/chambers').query({ range: '[0,0]' }).expect(200);
      expect(Number(list.headers['x-total-count'])).toBe(copy.chambers);
    } finally {
      await restored.close();
    }
  });

  it('works from the command line: npm run backup [FILE], npm run restore FILE', () => {
    const source = join(dir, 'cli', 'crm.sqlite');
    restoreDatabase(join(dir, 'live.sqlite'), source);
    const env = { ...process.env, DATABASE_PATH: source };
    const backup = spawnSync('npm', ['run', '-s', 'backup'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/Backed up/);
    const [made] = readdirSync(join(dir, 'cli', 'backups'));
    expect(made).toMatch(/^crm-.*\.sqlite$/);

    const restore = spawnSync('npm', ['run', '-s', 'restore', '--', join(dir, 'cli', 'backups', made)], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/Restored/);
    expect(snapshotCounts(source).integrity).toBe('ok');

    const refused = spawnSync('npm', ['run', '-s', 'restore'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    expect(refused.status).not.toBe(0);
  });

  it('refuses to restore a SQLite file that is not a database of this CRM, and replaces nothing', () => {
    const source = join(dir, 'foreign', 'crm.sqlite');
    restoreDatabase(join(dir, 'live.sqlite'), source);
    const before = snapshotCounts(source);
    const foreign = join(dir, 'foreign', 'other-program.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')");
    other.close();
    expect(() => restoreDatabase(foreign, source)).toThrow(/not a database of this CRM/);
    const env = { ...process.env, DATABASE_PATH: source };
    const refused = spawnSync('npm', ['run', '-s', 'restore', '--', foreign], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr + refused.stdout).toMatch(/not a database of this CRM/);
    expect(snapshotCounts(source)).toEqual(before);
    expect(readdirSync(join(dir, 'foreign')).filter((name) => name.includes('before-restore'))).toEqual([]);
  });
});
