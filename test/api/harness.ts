import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';

export const ADMIN_PASSWORD = 'test-admin-password';

export interface Harness {
  app: INestApplication;
  http: ReturnType<typeof request>;
  token: string;
  databasePath: string;
  /** An authorised request helper: api('get', '/api/chambers'). */
  api: (method: 'get' | 'post' | 'put' | 'delete', url: string) => request.Test;
  close: () => Promise<void>;
}

/**
 * The real server on a real, temporary SQLite file, logged in as admin. Given the file of an
 * earlier harness (whose app was closed), it starts again on it, as a restart would.
 */
export async function startHarness(env: Record<string, string> = {}, existingDatabase?: string): Promise<Harness> {
  const dir = existingDatabase ? dirname(existingDatabase) : mkdtempSync(join(tmpdir(), 'crm-e2e-'));
  const databasePath = existingDatabase ?? join(dir, 'crm.sqlite');
  const config = loadConfig({ DATABASE_PATH: databasePath, CRM_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env });
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
    api: (method, url) => request(server)[method](url).set('Authorization', `Bearer ${token}`),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
