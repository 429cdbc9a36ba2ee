import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';
import { clusterUrl, createDatabase, databaseExists, databaseNameFor, dropDatabase, onPostgres } from '../fixtures/engine';

export const ADMIN_PASSWORD = 'test-admin-password';

export interface Harness {
  app: INestApplication;
  http: ReturnType<typeof request>;
  token: string;
  /** The SQLite file (on PostgreSQL: the directory's file name, which a restart passes back to find the same database). */
  databasePath: string;
  /** On PostgreSQL, the URL of the suite's own database. */
  databaseUrl?: string;
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
  const databaseUrl = onPostgres() ? ((await databaseExists(name)) ? clusterUrl(name) : await createDatabase(name)) : undefined;
  const config = loadConfig({ DATABASE_PATH: databasePath, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), CRM_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env });
  const app = await createApp(config, false);
  await app.init();
  const server = app.getHttpServer();
  const login = await request(server).post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
  const token: string = login.body.token;
  return {
    app,
    http: request(server),
    token,
    databasePath,
    databaseUrl,
    api: (method, url) => request(server)[method](url).set('Authorization', `Bearer ${token}`),
    close: async () => {
      await app.close();
      if (databaseUrl) await dropDatabase(name);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
