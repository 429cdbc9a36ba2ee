import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess, startServer } from '../../bench/server-process';
import { SCALE } from './scale';

jest.setTimeout(300_000);

/**
 * The built server takes creates from several clients; the test notes every create it got a 201
 * for, kills the server with SIGKILL in the middle of the load, starts it again on the same file
 * and looks for each acknowledged record.
 */
describe('crash durability', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'crm-crash-'))));
  afterAll(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const rounds = 2 * SCALE;
  it(`keeps every acknowledged write across ${rounds} SIGKILLs mid-load`, async () => {
    const databasePath = join(dir, 'crm.sqlite');
    const acknowledged = new Map<number, string>();
    for (let round = 0; round < rounds; round++) {
      server = await startServer(databasePath);
      const { url, token } = server;
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      let killed = false;
      const deadline = Date.now() + 15_000;
      const client = async (clientNo: number) => {
        for (let i = 0; !killed && i < 10_000 && Date.now() < deadline; i++) {
          const name = `Round ${round} client ${clientNo} enterprise ${i}`;
          try {
            const answer = await fetch(`${url}/api/enterprises`, {
              method: 'POST',
              headers,
              body: JSON.stringify({ name, city: 'Shanghai' }),
            });
            if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${await answer.text()}`);
            acknowledged.set(((await answer.json()) as { id: number }).id, name);
          } catch (error) {
            if (killed) return; // the request in flight at the kill was never acknowledged
            throw error;
          }
        }
      };
      const clients = Array.from({ length: 6 }, (_, n) => client(n));
      const target = acknowledged.size + 100 * SCALE;
      while (acknowledged.size < target && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 5));
      killed = true;
      await server.kill();
      await Promise.all(clients);
      server = undefined;
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(100 * SCALE * rounds);

    // the file on its own: intact, and every acknowledged create is there with its audit event
    const db = new Database(databasePath);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const stored = new Map(
        (db.prepare('SELECT id, name FROM enterprises').all() as { id: number; name: string }[]).map((row) => [
          row.id,
          row.name,
        ]),
      );
      const audited = new Set(
        (
          db
            .prepare("SELECT recordId FROM audit_events WHERE resource = 'enterprises' AND action = 'create'")
            .all() as { recordId: number }[]
        ).map((row) => row.recordId),
      );
      const missing = [...acknowledged].filter(([id, name]) => stored.get(id) !== name || !audited.has(id));
      expect(missing).toEqual([]);
    } finally {
      db.close();
    }

    // and the server starts again on it and serves them
    server = await startServer(databasePath);
    const list = await fetch(`${server.url}/api/enterprises?range=[0,0]`, {
      headers: { authorization: `Bearer ${server.token}` },
    });
    expect(list.status).toBe(200);
    expect(Number(list.headers.get('x-total-count'))).toBeGreaterThanOrEqual(acknowledged.size);
    await server.stop();
    server = undefined;
  });
});
