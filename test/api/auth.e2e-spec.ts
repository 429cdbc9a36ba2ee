import request from 'supertest';
import { RESOURCES as REGISTRY } from '../../apps/api/src/resources';
import { expectError } from '../fixtures/assertions';
import { ADMIN_PASSWORD, Harness, startHarness } from './harness';

// every resource of the registry, and the audit trail
const RESOURCES = [...REGISTRY.map((declaration) => declaration.resource), 'audit-events'];

describe('access, health and API docs', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  it('refuses every resource without a token, and with a forged or broken one', async () => {
    for (const resource of RESOURCES) expectError(await h.http.get(`/api/${resource}`), 401);
    expectError(await h.http.post('/api/chambers').send({ name: 'x', kind: 'chamber' }), 401);
    const [header, payload] = h.token.split('.');
    expectError(
      await h.http.get('/api/chambers').set('Authorization', `Bearer ${header}.${payload}.forged-signature`),
      401,
    );
    expectError(await h.http.get('/api/chambers').set('Authorization', 'Bearer not-a-token'), 401);
    expectError(
      await h.http
        .get('/api/chambers')
        .set('Authorization', `Basic ${Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64')}`),
      401,
    );
    expect((await h.api('get', '/api/chambers')).status).toBe(200);
  });

  it('answers a wrong password exactly as an unknown user: 401, same sentence, no hint', async () => {
    const wrongPassword = await h.http
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'not the password' });
    const unknownUser = await h.http.post('/api/auth/login').send({ username: 'nobody', password: ADMIN_PASSWORD });
    expectError(wrongPassword, 401);
    expectError(unknownUser, 401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(wrongPassword.body.message).not.toMatch(/password is wrong$|unknown user|no such user|not found/i);
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a login for staff without a role, and a deactivated one, in the same words', async () => {
    await h
      .api('post', '/api/staff')
      .send({ name: 'No login', username: 'nologin', password: 'a good password' })
      .expect(201);
    const disabled = (
      await h
        .api('post', '/api/staff')
        .send({ name: 'Left', username: 'left', password: 'a good password', role: 'viewer', active: false })
        .expect(201)
    ).body;
    const noRole = await h.http.post('/api/auth/login').send({ username: 'nologin', password: 'a good password' });
    const inactive = await h.http.post('/api/auth/login').send({ username: 'left', password: 'a good password' });
    expectError(noRole, 401);
    expect(inactive.body).toEqual(noRole.body);
    await h.api('put', `/api/staff/${disabled.id}`).send({ version: disabled.version, active: true }).expect(200);
    expect((await h.http.post('/api/auth/login').send({ username: 'left', password: 'a good password' })).status).toBe(
      200,
    );
  });

  it('logs in with a token and an httpOnly cookie; the cookie alone authorises', async () => {
    const login = await h.http.post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body).toEqual({
      token: expect.any(String),
      user: {
        id: expect.any(Number),
        name: 'Administrator 系统管理员',
        username: 'admin',
        role: 'admin',
        unitId: null,
        mustChangePassword: false,
        locale: null,
      },
    });
    const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
    const cookie = cookies.find((line) => line.startsWith('crm_token='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api/);
    const pair = cookie!.split(';')[0];
    const me = await request(h.app.getHttpServer()).get('/api/auth/me').set('Cookie', pair);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ name: 'Administrator 系统管理员', role: 'admin' });
    const created = await request(h.app.getHttpServer())
      .post('/api/chambers')
      .set('Cookie', pair)
      .send({ name: 'By cookie', kind: 'chamber' });
    expect(created.status).toBe(201);
    const audit = (
      await h.api(
        'get',
        `/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'chambers', recordId: created.body.id }))}`,
      )
    ).body;
    expect(audit[0]).toMatchObject({
      action: 'create',
      actorId: login.body.user.id,
      actorName: 'Administrator 系统管理员',
    });
    expectError(await request(h.app.getHttpServer()).get('/api/auth/me').set('Cookie', 'crm_token=garbage'), 401);
  });

  it('logs out by clearing the cookie', async () => {
    const logout = await h.http.post('/api/auth/logout');
    expect(logout.status).toBe(200);
    expect(([] as string[]).concat(logout.headers['set-cookie'] ?? []).join()).toMatch(
      /crm_token=;.*Expires=Thu, 01 Jan 1970/,
    );
  });

  it('refuses a malformed login body with 400, not 401 or 500', async () => {
    expectError(await h.http.post('/api/auth/login').send({ username: 'admin' }), 400, ['password']);
    expectError(
      await h.http.post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD, remember: true }),
      400,
      ['remember'],
    );
  });

  it('answers /api/health without a token, having asked the database', async () => {
    const health = await h.http.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('publishes the OpenAPI document with every resource path, the custom actions and login', async () => {
    const docs = await h.http.get('/api/docs-json');
    expect(docs.status).toBe(200);
    const paths = Object.keys(docs.body.paths);
    for (const resource of RESOURCES) {
      expect(paths).toContain(`/api/${resource}`);
      expect(paths).toContain(`/api/${resource}/{id}`);
    }
    // attachments are uploaded and deleted, never replaced by a PUT; registrations are written by the public only (accepted or refused): their routes are tested on their own
    for (const resource of RESOURCES.filter(
      (name) => !['audit-events', 'attachments', 'registrations'].includes(name),
    )) {
      expect(Object.keys(docs.body.paths[`/api/${resource}`])).toEqual(expect.arrayContaining(['get', 'post']));
      // an attachment is a file: uploaded again, never edited in place
      const methods = resource === 'attachments' ? ['get', 'delete'] : ['get', 'put', 'delete'];
      expect(Object.keys(docs.body.paths[`/api/${resource}/{id}`])).toEqual(expect.arrayContaining(methods));
      expect(paths).toContain(`/api/${resource}/{id}/restore`);
    }
    expect(Object.keys(docs.body.paths['/api/audit-events'])).toEqual(['get']);
    expect(paths).toEqual(expect.arrayContaining(['/api/outcomes/{id}/move', '/api/auth/login', '/api/health']));
    const schemas = Object.keys(docs.body.components.schemas);
    expect(schemas).toEqual(expect.arrayContaining(['CreateEnterpriseBody', 'CreateMeetingBody', 'MoveOutcomeBody']));
    expect(docs.body.components.schemas.CreateMeetingBody.properties).toHaveProperty('enterpriseIds');
    expect((await h.http.get('/api/docs')).status).toBe(200);
  });

  it('ends an account’s sessions when its role changes or it is deactivated', async () => {
    const person = (
      await h
        .api('post', '/api/staff')
        .send({ name: 'Temporary', username: 'temporary', password: 'a good password', role: 'viewer' })
        .expect(201)
    ).body;
    const login = async () =>
      (await h.http.post('/api/auth/login').send({ username: 'temporary', password: 'a good password' }).expect(200))
        .body.token as string;
    const me = (token: string) =>
      request(h.app.getHttpServer()).get('/api/auth/me').set('Authorization', `Bearer ${token}`);
    const first = await login();
    expect((await me(first)).body).toMatchObject({ id: person.id, role: 'viewer' });
    const promoted = (
      await h.api('put', `/api/staff/${person.id}`).send({ version: person.version, role: 'office' }).expect(200)
    ).body;
    expectError(await me(first), 401);
    const second = await login();
    expect((await me(second)).body).toMatchObject({ role: 'office' });
    await h.api('put', `/api/staff/${person.id}`).send({ version: promoted.version, active: false }).expect(200);
    expectError(await me(second), 401);
  });
});
