import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './database/data-source';
import { ENTITIES } from './resources';
import { checkStartsTheServer } from './restore-check';

/** `npm run restore` refuses a file the server would not start on, before replacing anything. */
describe('checkStartsTheServer', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'crm-restore-spec-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const migrated = async (name: string) => {
    const path = join(dir, name);
    await (await new DataSource(dataSourceOptions(path, ENTITIES)).initialize()).destroy();
    return path;
  };

  it('accepts a database of this CRM', async () => {
    await expect(checkStartsTheServer(await migrated('good.sqlite'))).resolves.toBeUndefined();
  });

  it('refuses a file of empty look-alike tables, whose migrations table is not this CRM’s', async () => {
    const path = join(dir, 'look-alike.sqlite');
    const db = new Database(path);
    for (const table of ['migrations', 'staff', 'enterprises', 'chambers', 'meetings', 'outcomes', 'audit_events'])
      db.exec(`CREATE TABLE "${table}" ("id" integer PRIMARY KEY, "name" text)`);
    db.close();
    await expect(checkStartsTheServer(path)).rejects.toThrow(
      /look-alike\.sqlite is not a database of this CRM: its migrations table is empty/,
    );
    const other = new Database(path);
    other.exec(`INSERT INTO "migrations" ("name") VALUES ('CreateInvoices1690000000000')`);
    other.close();
    await expect(checkStartsTheServer(path)).rejects.toThrow(/its migrations table names CreateInvoices1690000000000/);
  });

  it('refuses a database whose schema was changed by hand', async () => {
    const path = await migrated('altered.sqlite');
    const db = new Database(path);
    db.exec('DROP INDEX "IDX_audit_record"');
    db.close();
    await expect(checkStartsTheServer(path)).rejects.toThrow(
      /The server would not start on altered\.sqlite: its schema differs/,
    );
  });
});
