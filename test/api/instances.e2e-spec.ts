import { INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { addDays, chinaDay } from '@crm/domain';
import { createApp } from '../../apps/api/src/app';
import { AgreementsService } from '../../apps/api/src/agreements/agreements.service';
import { loadConfig } from '../../apps/api/src/config/config';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { ADMIN_PASSWORD, Harness, startHarness } from './harness';

const TOKEN_SECRET = 'one secret shared by every instance, from the environment';

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer (e2e-postgres only):
 * nothing a request relies on lives in one instance's memory.
 */
describe('two instances on one PostgreSQL database', () => {
  let h: Harness;
  let second: INestApplication;
  let seed: Seed;
  const servers = () => [h.app.getHttpServer(), second.getHttpServer()];
  const on = (index: number, token = h.token) => ({
    get: (url: string) => request(servers()[index]).get(url).set('Authorization', `Bearer ${token}`),
    put: (url: string) => request(servers()[index]).put(url).set('Authorization', `Bearer ${token}`),
    post: (url: string) => request(servers()[index]).post(url).set('Authorization', `Bearer ${token}`),
  });

  beforeAll(async () => {
    h = await startHarness({ CRM_TOKEN_SECRET: TOKEN_SECRET });
    second = await createApp(
      loadConfig({ ...h.databaseEnv, CRM_TOKEN_SECRET: TOKEN_SECRET, CRM_ADMIN_PASSWORD: ADMIN_PASSWORD }),
      false,
    );
    await second.init();
    seed = new Seed(h.api);
  });
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  it('reads on one what the other wrote, and takes the other’s token', async () => {
    const created = (
      await on(0).post('/api/chambers').send({ name: '长三角汽车产业联盟', kind: 'association' }).expect(201)
    ).body;
    expect((await on(1).get(`/api/chambers/${created.id}`).expect(200)).body).toMatchObject({
      name: '长三角汽车产业联盟',
      version: created.version,
    });
    const renamed = (
      await on(1)
        .put(`/api/chambers/${created.id}`)
        .send({ version: created.version, name: '长三角汽车产业联合会' })
        .expect(200)
    ).body;
    expect(
      (
        await on(0)
          .get(`/api/chambers?filter=${q({ q: '联合会' })}`)
          .expect(200)
      ).body.map((row: ApiRecord) => row.id),
    ).toEqual([created.id]);
    expect(renamed.version).toBe(created.version + 1);
    // logged in on the second, used on the first; logged out on the first, refused by the second
    const login = (
      await request(servers()[1])
        .post('/api/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200)
    ).body;
    await on(0, login.token).get('/api/auth/me').expect(200);
    await on(0, login.token).post('/api/auth/logout').expect(200);
    await on(1, login.token).get('/api/auth/me').expect(401);
  });

  it('lets exactly one of 20 concurrent edits of one record spread over both win; the other 19 get 409', async () => {
    const enterprise = await seed.enterprise();
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        on(index % 2)
          .put(`/api/enterprises/${enterprise.id}`)
          .send({ version: enterprise.version, city: `City ${index}` }),
      ).map((answer) => answer.then((response) => response.status)),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const stored = (await on(1).get(`/api/enterprises/${enterprise.id}`).expect(200)).body;
    expect(stored.version).toBe(enterprise.version + 1);
    const audit = (
      await on(0)
        .get(`/api/audit-events?filter=${q({ resource: 'enterprises', recordId: enterprise.id, action: 'update' })}`)
        .expect(200)
    ).body;
    expect(audit).toHaveLength(1);
  });

  it('counts failed logins from both instances toward one limit', async () => {
    await seed.create('staff', {
      name: 'Throttled User',
      username: 'throttled',
      password: 'the right password',
      role: 'viewer',
    });
    const attempt = (index: number, password = 'wrong password') =>
      request(servers()[index % 2])
        .post('/api/auth/login')
        .send({ username: 'throttled', password });
    for (let index = 0; index < 10; index++) expectError(await attempt(index), 401);
    // the eleventh, even with the right password, on either instance
    expectError(await attempt(0, 'the right password'), 429);
    expectError(await attempt(1, 'the right password'), 429);
  });

  it('creates the renewal task of an agreement once when both instances run the daily job at the same time', async () => {
    const today = chinaDay(new Date());
    const outcome = await seed.outcome({
      title: 'Shared base',
      kind: 'internship_base',
      stage: 'active',
      endDate: addDays(today, 20),
    });
    const runs = await Promise.all([h.app.get(AgreementsService).runDaily(), second.get(AgreementsService).runDaily()]);
    expect(runs.reduce((sum, run) => sum + run.tasksCreated, 0)).toBe(1);
    const tasks = (
      await on(1)
        .get(`/api/tasks?filter=${q({ outcomeId: outcome.id })}`)
        .expect(200)
    ).body as ApiRecord[];
    expect(tasks.filter((task) => task.renewalKey)).toHaveLength(1);
  });
});

/**
 * Without CRM_TOKEN_SECRET, on PostgreSQL the first instance keeps a secret in the database and the
 * others read it: each instance here has a directory of its own, so no file beside a database is shared.
 */
describe('two instances on one PostgreSQL database without CRM_TOKEN_SECRET', () => {
  let h: Harness;
  let second: INestApplication;
  beforeAll(async () => {
    h = await startHarness();
    const elsewhere = mkdtempSync(join(tmpdir(), 'crm-second-'));
    second = await createApp(
      loadConfig({
        ...h.databaseEnv,
        DATABASE_PATH: join(elsewhere, 'crm.sqlite'),
        CRM_ADMIN_PASSWORD: ADMIN_PASSWORD,
      }),
      false,
    );
    await second.init();
  });
  afterAll(async () => {
    await second?.close();
    await h?.close();
  });

  it('share one secret kept in the database: a token and a calendar link of one work on the other', async () => {
    await request(second.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${h.token}`).expect(200);
    const login = (
      await request(second.getHttpServer())
        .post('/api/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200)
    ).body;
    await h.http.get('/api/auth/me').set('Authorization', `Bearer ${login.token}`).expect(200);
    const link = (await h.api('get', '/api/calendar/link').expect(200)).body.url as string;
    await request(second.getHttpServer()).get(new URL(link).pathname).expect(200);
    expect(await h.sql(`SELECT "name" FROM "server_secrets"`)).toEqual([{ name: 'token' }]);
  });
});
