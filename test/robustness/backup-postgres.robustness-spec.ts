import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, databaseNameFor, dropDatabase } from '../fixtures/engine';
import { Harness, runSql, startHarness } from '../api/harness';
import { SCALE } from './scale';

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../..');

/** Chambers and their create events: equal in any consistent snapshot, since each create writes both in one transaction. */
async function snapshotCounts(url: string): Promise<{ chambers: number; creates: number }> {
  const env = { DATABASE_URL: url };
  const [{ n: chambers }] = await runSql<{ n: number }>(env, 'SELECT count(*) AS n FROM chambers');
  const [{ n: creates }] = await runSql<{ n: number }>(
    env,
    "SELECT count(*) AS n FROM audit_events WHERE resource = 'chambers' AND action = 'create'",
  );
  return { chambers: Number(chambers), creates: Number(creates) };
}

const npm = (args: string[], url: string) =>
  spawnSync('npm', ['run', '-s', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
    timeout: 120_000,
  });

/** `npm run backup` / `npm run restore` on PostgreSQL: pg_dump and pg_restore (PostgreSQL projects only). */
describe('backup and restore on PostgreSQL', () => {
  let h: Harness;
  let dir: string;
  const made: string[] = [];
  beforeAll(async () => {
    h = await startHarness();
    dir = mkdtempSync(join(tmpdir(), 'crm-pg-backup-'));
  });
  afterAll(async () => {
    await h.close();
    for (const name of made) await dropDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  });

  it('dumps the live database consistently while writes go on, refuses to restore onto a running server, and restores into an empty database', async () => {
    let acknowledged = 0;
    let writing = true;
    const deadline = Date.now() + 30_000;
    const writer = (async () => {
      for (let i = 0; writing && i < 400 * SCALE && Date.now() < deadline; i++) {
        const answer = await h.api('post', '/api/chambers').send({ name: `Chamber ${i}`, kind: 'chamber' });
        expect(answer.status).toBe(201);
        acknowledged++;
      }
    })();
    while (acknowledged < 20) await new Promise((resolve) => setTimeout(resolve, 10));
    const file = join(dir, 'live.dump');
    const backup = npm(['backup', '--', file], h.databaseUrl!);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/Backed up .* pg_dump/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    writing = false;
    await writer;
    expect((await snapshotCounts(h.databaseUrl!)).chambers).toBe(acknowledged);

    // the server is connected: refused, and nothing changes
    const refused = npm(['restore', '--', file], h.databaseUrl!);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/in use by a server/);
    expect((await snapshotCounts(h.databaseUrl!)).chambers).toBe(acknowledged);

    // into an empty database: the snapshot, consistent, and a server starts on it
    const name = `${databaseNameFor(dir)}_restored`;
    made.push(name);
    const url = await createDatabase(name, { empty: true });
    const restore = npm(['restore', '--', file], url);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toMatch(/Restored/);
    const copy = await snapshotCounts(url);
    expect(copy.chambers).toBe(copy.creates);
    expect(copy.chambers).toBeGreaterThanOrEqual(20);
    expect(copy.chambers).toBeLessThan(acknowledged);
    const restored = await startHarness({ DATABASE_URL: url });
    try {
      const list = await restored.api('get', '/api/chambers').query({ range: '[0,0]' }).expect(200);
      expect(Number(list.headers['x-total-count'])).toBe(copy.chambers);
      await restored.api('post', '/api/chambers').send({ name: 'After the restore', kind: 'chamber' }).expect(201);
      expect(
        Number(
          (await restored.api('get', '/api/chambers').query({ range: '[0,0]' }).expect(200)).headers['x-total-count'],
        ),
      ).toBe(copy.chambers + 1);
    } finally {
      await restored.app.close();
    }
  });

  it('writes to data/backups by default, and refuses a file that is not a dump of this CRM', async () => {
    const name = `${databaseNameFor(dir)}_other`;
    made.push(name);
    const url = await createDatabase(name);
    const foreign = join(dir, 'notes.dump');
    writeFileSync(foreign, 'not a dump');
    const refused = npm(['restore', '--', foreign], url);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/not a pg_dump archive/);
    const backups = join(ROOT, 'data', 'backups');
    const before = existsSync(backups) ? readdirSync(backups) : [];
    const backup = npm(['backup'], url);
    expect(backup.status).toBe(0);
    const written = readdirSync(backups).filter((entry) => !before.includes(entry));
    try {
      expect(written).toEqual([expect.stringMatching(/^crm-.*\.dump$/)]);
    } finally {
      for (const entry of written) rmSync(join(backups, entry));
    }
  });
});
