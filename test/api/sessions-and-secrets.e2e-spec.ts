import request from 'supertest';
import { expectError } from '../fixtures/assertions';
import { Seed } from '../fixtures/resources';
import { choosePassword, createAccount, Harness, startHarness } from './harness';

const PASSWORD = 'Moonlight on the Qiantang';

/** Issue 20, item 6: sessions and secrets, each case tried as it was found open. */
describe('sessions and secrets', () => {
  let h: Harness;
  let seed: Seed;
  let n = 0;
  const server = () => h.app.getHttpServer();
  const as = (token: string, method: 'get' | 'post' | 'put' | 'delete', url: string) =>
    request(server())[method](url).set('Authorization', `Bearer ${token}`);
  const login = (username: string, password = PASSWORD, address = '203.0.113.1') =>
    request(server()).post('/api/auth/login').set('X-Forwarded-For', address).send({ username, password });
  /** An account the admin made, whose owner has logged in and chosen PASSWORD: its id, username and token. */
  const account = async (role = 'office') => {
    const username = `user.${++n}.${Date.now() % 100000}`;
    const { record, token } = await createAccount(h, { name: `User ${n}`, username, password: PASSWORD, role });
    return { id: record.id, username, token };
  };
  const staffRecord = async (id: number) => (await h.api('get', `/api/staff/${id}`).expect(200)).body;
  const feedOf = (url: string) => request(server()).get(new URL(url).pathname);

  beforeAll(async () => {
    h = await startHarness({ CRM_PUBLIC_URL: 'https://crm.example.edu.cn', CRM_TRUST_PROXY: '1' });
    seed = new Seed(h.api);
  });
  afterAll(() => h?.close());

  it('ends a deleted account’s sessions for good: restoring it does not bring an old token back', async () => {
    const user = await account();
    await as(user.token, 'get', '/api/auth/me').expect(200);
    await h.api('delete', `/api/staff/${user.id}`).expect(200);
    expectError(await as(user.token, 'get', '/api/auth/me'), 401);
    await h.api('post', `/api/staff/${user.id}/restore`).expect(201);
    expectError(await as(user.token, 'get', '/api/auth/me'), 401);
    // the account itself works again, with a new login
    await login(user.username).expect(200);
  });

  it('answers an account whose password the admin chose only at change-password, logout and me, until it is changed (issue 20)', async () => {
    const username = `initial.${Date.now() % 100000}`;
    const staff = (
      await h
        .api('post', '/api/staff')
        .send({ name: 'New colleague', username, password: 'Given by the admin 1', role: 'office' })
        .expect(201)
    ).body;
    const first = (await login(username, 'Given by the admin 1').expect(200)).body;
    expect(first.user.mustChangePassword).toBe(true);
    const before = await h.sql('SELECT COUNT(*) AS "count" FROM "chambers"');
    expect((await as(first.token, 'get', '/api/auth/me').expect(200)).body).toMatchObject({
      id: staff.id,
      mustChangePassword: true,
    });
    for (const [method, url] of [
      ['get', '/api/enterprises'],
      ['post', '/api/chambers'],
      ['get', '/api/calendar/link'],
      ['put', '/api/auth/locale'],
    ] as const) {
      const refused = await as(first.token, method, url).send(
        method === 'post' ? { name: 'Not yet' } : method === 'put' ? { locale: 'en' } : {},
      );
      expectError(refused, 403);
      expect(refused.body).toMatchObject({
        mustChangePassword: true,
        message: 'Your password was set by someone else: change it before doing anything else.',
      });
    }
    expect((await as(first.token, 'get', '/api/enterprises').set('Accept-Language', 'zh-CN')).body.message).toBe(
      '您的密码由他人设置，请先修改密码后再进行其他操作。',
    );
    expect(await h.sql('SELECT COUNT(*) AS "count" FROM "chambers"')).toEqual(before);
    // logging out still works, and so does changing the password: then everything the role allows answers
    const second = (await login(username, 'Given by the admin 1').expect(200)).body.token;
    await as(first.token, 'post', '/api/auth/logout').expect(200);
    const changed = (
      await as(second, 'post', '/api/auth/password')
        .send({ currentPassword: 'Given by the admin 1', newPassword: 'Chosen by myself 1' })
        .expect(200)
    ).body;
    expect(changed.user.mustChangePassword).toBe(false);
    await as(changed.token, 'get', '/api/enterprises').expect(200);
    // a reset by the admin makes the password an initial one again
    await h
      .api('put', `/api/staff/${staff.id}`)
      .send({ version: (await staffRecord(staff.id)).version, password: 'Given by the admin 2' })
      .expect(200);
    expectError(
      await as((await login(username, 'Given by the admin 2').expect(200)).body.token, 'get', '/api/enterprises'),
      403,
    );
  });

  it('ends the calendar link on a password reset, a disable and a delete, and lets the admin end anyone’s', async () => {
    const user = await account();
    const link = async () => (await as(user.token, 'get', '/api/calendar/link').expect(200)).body.url as string;

    let url = await link();
    await feedOf(url).expect(200);
    await h
      .api('put', `/api/staff/${user.id}`)
      .send({ version: (await staffRecord(user.id)).version, password: 'A new one chosen by the admin' })
      .expect(200);
    expectError(await feedOf(url), 404);

    // a password the admin gives is an initial one: its owner chooses their own before anything else
    user.token = await choosePassword(server(), user.username, 'A new one chosen by the admin', 'My own once more');
    url = await link();
    await feedOf(url).expect(200);
    await h
      .api('put', `/api/staff/${user.id}`)
      .send({ version: (await staffRecord(user.id)).version, active: false })
      .expect(200);
    await h
      .api('put', `/api/staff/${user.id}`)
      .send({ version: (await staffRecord(user.id)).version, active: true })
      .expect(200);
    expectError(await feedOf(url), 404);

    user.token = (await login(user.username, 'My own once more').expect(200)).body.token;
    url = await link();
    await h.api('delete', `/api/calendar/links/${user.id}`).expect(200);
    expectError(await feedOf(url), 404);
    expectError(await h.api('delete', `/api/calendar/links/${user.id}`), 404);
    // only the admin ends another's link
    expectError(await as(user.token, 'delete', `/api/calendar/links/${user.id}`), 403);

    url = await link();
    await h.api('delete', `/api/staff/${user.id}`).expect(200);
    await h.api('post', `/api/staff/${user.id}/restore`).expect(201);
    expectError(await feedOf(url), 404);
    // renewals and revocations are in the audit trail
    const events = await h.sql<{ action: string }>(
      `SELECT "action" FROM "audit_events" WHERE "resource" = 'staff' AND "recordId" = ? AND "action" = 'calendar_renew'`,
      user.id,
    );
    expect(events.length).toBeGreaterThanOrEqual(4);
  });

  it('builds the link from CRM_PUBLIC_URL, never from the request’s Host header', async () => {
    const answer = await h
      .api('get', '/api/calendar/link')
      .set('Host', 'evil.example')
      .set('X-Forwarded-Host', 'evil.example')
      .expect(200);
    expect(answer.body.url).toMatch(/^https:\/\/crm\.example\.edu\.cn\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await feedOf(answer.body.url).set('Host', 'evil.example').expect(200);
    expect(feed.text).not.toContain('evil.example');
  });

  it('throttles wrong current passwords like logins: the 11th guess is a 429, even with the right password', async () => {
    const user = await account();
    for (let guess = 0; guess < 10; guess++) {
      expectError(
        await as(user.token, 'post', '/api/auth/password')
          .set('X-Forwarded-For', '198.51.100.7')
          .send({ currentPassword: `guess ${guess}`, newPassword: 'Something long and new' }),
        400,
        ['currentPassword'],
      );
    }
    const refused = await as(user.token, 'post', '/api/auth/password')
      .set('X-Forwarded-For', '198.51.100.7')
      .send({ currentPassword: PASSWORD, newPassword: 'Something long and new' });
    expectError(refused, 429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(
      (await h.sql(`SELECT * FROM "audit_events" WHERE "action" = 'throttled' AND "actorId" = ?`, user.id)).length,
    ).toBe(1);
  });

  it('counts failures per username and address: a stranger locks out only their own address, a crowd is stopped at 100', async () => {
    const user = await account();
    for (let failure = 0; failure < 10; failure++)
      expectError(await login(user.username, 'wrong password', '192.0.2.66'), 401);
    const stranger = await login(user.username, PASSWORD, '192.0.2.66');
    expectError(stranger, 429);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(0);
    // the owner, from their own address, is not locked out
    await login(user.username, PASSWORD, '203.0.113.9').expect(200);

    // 100 failures from 100 addresses within the window close the account to every address
    const at = new Date().toISOString().replace('T', ' ').slice(0, 23);
    for (let address = 0; address < 100; address++)
      await h.sql(
        `INSERT INTO "login_failures" ("username", "address", "at") VALUES (?, ?, ?)`,
        user.username,
        `10.0.${address}.1`,
        at,
      );
    expectError(await login(user.username, PASSWORD, '203.0.113.10'), 429);
  });

  it('keeps the actor’s username beside the display name: renaming oneself “Administrator” spoofs nothing', async () => {
    const user = await account();
    const me = await staffRecord(user.id);
    await as(user.token, 'put', `/api/staff/${user.id}`)
      .send({ version: me.version, name: 'Administrator' })
      .expect(200);
    const renamed = (await login(user.username).expect(200)).body.token as string;
    await as(renamed, 'post', '/api/chambers')
      .send({ name: `Chamber of ${user.username}`, kind: 'chamber' })
      .expect(201);
    const [event] = await h.sql<{ actorName: string; actorUsername: string }>(
      `SELECT "actorName", "actorUsername" FROM "audit_events" WHERE "resource" = 'chambers' AND "actorId" = ?`,
      user.id,
    );
    expect(event).toEqual({ actorName: 'Administrator', actorUsername: user.username });
    const timeline = (
      await h
        .api(
          'get',
          `/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ actorId: user.id, resource: 'chambers' }))}`,
        )
        .expect(200)
    ).body;
    expect(timeline[0]).toMatchObject({ actorName: 'Administrator', actorUsername: user.username });
  });

  it('records exports in the audit trail: who took which list, filtered how', async () => {
    const filter = JSON.stringify({ city: '上海' });
    await h.api('get', `/api/enterprises/export?format=csv&filter=${encodeURIComponent(filter)}`).expect(200);
    const [event] = await h.sql<{ resource: string; actorUsername: string; after: string }>(
      `SELECT "resource", "actorUsername", "after" FROM "audit_events" WHERE "action" = 'export'`,
    );
    expect(event).toMatchObject({ resource: 'enterprises', actorUsername: 'admin' });
    expect(JSON.parse(event.after)).toMatchObject({ format: 'csv', filter });
  });

  it('records refused (403) requests in the audit trail', async () => {
    const viewer = await account('viewer');
    expectError(await as(viewer.token, 'post', '/api/chambers').send({ name: 'Not allowed', kind: 'chamber' }), 403);
    const [event] = await h.sql<{ action: string; resource: string; actorUsername: string; after: string }>(
      `SELECT "action", "resource", "actorUsername", "after" FROM "audit_events" WHERE "action" = 'refused' AND "actorId" = ?`,
      viewer.id,
    );
    expect(event).toMatchObject({ resource: 'chambers', actorUsername: viewer.username });
    expect(JSON.parse(event.after)).toMatchObject({ method: 'POST', path: '/api/chambers' });
  });

  it('refuses days that do not exist (2024-02-30) wherever a date or time is taken, rather than reading 1 March', async () => {
    expectError(
      await h
        .api('post', '/api/meetings')
        .send({ title: 'Never', kind: 'visit_made', startsAt: '2024-02-30T02:00:00Z' }),
      400,
      ['startsAt'],
    );
    const enterprise = await seed.enterprise();
    expectError(
      await h
        .api('post', '/api/tasks')
        .send({ title: 'Never due', dueDate: '2024-02-30', enterpriseId: enterprise.id }),
      400,
      ['dueDate'],
    );
    expectError(
      await h.api('get', `/api/meetings?filter=${encodeURIComponent(JSON.stringify({ startsAt_gte: '2024-02-30' }))}`),
      400,
    );
  });
});
