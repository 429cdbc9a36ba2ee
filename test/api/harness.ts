import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import request from 'supertest';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';
import {
  clusterUrl,
  createDatabase,
  databaseExists,
  databaseNameFor,
  dropDatabase,
  onPostgres,
} from '../fixtures/engine';
import { OpenApiDocument, ResponseCheck } from './response-check';

export const ADMIN_PASSWORD = 'test-admin-password';

/** The response checks of this test file's servers: each answer they sent against their own OpenAPI document. */
const checks: ResponseCheck[] = [];
/** A test whose server sent an answer its document does not describe fails, with each mismatch named. */
afterEach(() => {
  const mismatches = checks.flatMap((check) => check.mismatches.splice(0));
  if (mismatches.length)
    throw new Error(`Answers that do not conform to the OpenAPI document:\n${[...new Set(mismatches)].join('\n')}`);
});

export interface Harness {
  app: INestApplication;
  http: ReturnType<typeof request>;
  token: string;
  /** The SQLite file (on PostgreSQL: the directory's file name, which a restart passes back to find the same database). */
  databasePath: string;
  /** On PostgreSQL, the URL of the suite's own database. */
  databaseUrl?: string;
  /** The environment that starts another server on the same database (a second instance, a restart). */
  databaseEnv: Record<string, string>;
  /** SQL on the suite's database, as the server sees it, with `?` parameters on either engine. */
  sql: <T = Record<string, unknown>>(text: string, ...parameters: unknown[]) => Promise<T[]>;
  /** An authorised request helper: api('get', '/api/chambers'). */
  api: (method: 'get' | 'post' | 'put' | 'delete', url: string) => request.Test;
  close: () => Promise<void>;
}

/**
 * The real server on a real, temporary SQLite file, logged in as admin. Given the file of an
 * earlier harness (whose app was closed), it starts again on it, as a restart would. In the
 * *-postgres jest projects, on a fresh PostgreSQL database of the run's cluster instead (named after
 * the temporary directory, which still holds the files and the token secret).
 */
export async function startHarness(env: Record<string, string> = {}, existingDatabase?: string): Promise<Harness> {
  const dir = existingDatabase ? dirname(existingDatabase) : mkdtempSync(join(tmpdir(), 'crm-e2e-'));
  const databasePath = existingDatabase ?? join(dir, 'crm.sqlite');
  const name = databaseNameFor(dir);
  const databaseUrl = onPostgres()
    ? (await databaseExists(name))
      ? clusterUrl(name)
      : await createDatabase(name)
    : undefined;
  const databaseEnv: Record<string, string> = {
    DATABASE_PATH: databasePath,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  const config = loadConfig({ ...databaseEnv, CRM_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env });
  const app = await createApp(config, false);
  await app.init();
  const server = app.getHttpServer();
  const check = new ResponseCheck((await request(server).get('/api/docs-json').expect(200)).body as OpenApiDocument);
  check.watch(server);
  checks.push(check);
  const login = await request(server)
    .post('/api/auth/login')
    .send({ username: 'admin', password: ADMIN_PASSWORD })
    .expect(200);
  const token: string = login.body.token;
  let client: Promise<Client> | undefined;
  return {
    app,
    http: request(server),
    token,
    databasePath,
    databaseUrl,
    databaseEnv,
    sql: async <T>(text: string, ...parameters: unknown[]) => {
      if (!databaseUrl) return runSql<T>(databaseEnv, text, ...parameters);
      // one connection for the suite: a dump of every table before and after each request adds up
      client ??= connect(databaseUrl);
      return queryPostgres<T>(await client, text, parameters);
    },
    api: (method, url) => request(server)[method](url).set('Authorization', `Bearer ${token}`),
    close: async () => {
      await app.close();
      if (client) await (await client).end();
      if (databaseUrl) await dropDatabase(name);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A person's first login to an account the admin made with an initial password: nothing but
 * changing it answers until they do (as the dashboard makes them), so they choose `password`. The
 * token of their new session.
 */
export async function choosePassword(
  server: Parameters<typeof request>[0],
  username: string,
  initialPassword: string,
  password: string,
): Promise<string> {
  const login = await request(server).post('/api/auth/login').send({ username, password: initialPassword }).expect(200);
  const changed = await request(server)
    .post('/api/auth/password')
    .set('Authorization', `Bearer ${login.body.token}`)
    .send({ currentPassword: initialPassword, newPassword: password })
    .expect(200);
  return changed.body.token;
}

/**
 * An account made by the admin through the API with an initial password, whose owner has logged in
 * and chosen `staff.password` as their own: the record as created, and the owner's token.
 */
export async function createAccount(
  h: Harness,
  staff: { username: string; password: string } & Record<string, unknown>,
): Promise<{ record: Record<string, unknown> & { id: number }; token: string }> {
  const initialPassword = `initial ${staff.password}`;
  const record = (
    await h
      .api('post', '/api/staff')
      .send({ ...staff, password: initialPassword })
      .expect(201)
  ).body;
  return {
    record,
    token: await choosePassword(h.app.getHttpServer(), staff.username, initialPassword, staff.password),
  };
}

/**
 * SQL on the database a server of `env` runs on (harness.databaseEnv), on a connection of its own,
 * with `?` parameters on either engine; the rows it reads. Also while no server runs on it.
 */
export async function runSql<T = Record<string, unknown>>(
  env: Record<string, string>,
  text: string,
  ...parameters: unknown[]
): Promise<T[]> {
  if (env.DATABASE_URL) {
    const client = await connect(env.DATABASE_URL);
    try {
      return await queryPostgres<T>(client, text, parameters);
    } finally {
      await client.end();
    }
  }
  const db = new Database(env.DATABASE_PATH);
  try {
    const statement = db.prepare(text);
    if (statement.reader) return statement.all(...parameters) as T[];
    statement.run(...parameters);
    return [];
  } finally {
    db.close();
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

async function queryPostgres<T>(client: Client, text: string, parameters: unknown[]): Promise<T[]> {
  let index = 0;
  return (
    await client.query(
      text.replace(/\?/g, () => `$${++index}`),
      parameters,
    )
  ).rows as T[];
}

/** A supertest parser that keeps the body as bytes (a CSV with its BOM, an XLSX): `.buffer(true).parse(binaryBody)`. */
export function binaryBody(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const parts: Buffer[] = [];
  response.on('data', (part: Buffer) => parts.push(part));
  response.on('end', () => done(null, Buffer.concat(parts)));
}
