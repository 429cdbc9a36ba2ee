import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { adminNotice, createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';
import { expectError, q } from '../fixtures/assertions';
import { Seed } from '../fixtures/resources';
import { ADMIN_PASSWORD, Harness, runSql, startHarness } from './harness';
import { roleAccounts, ROLE_PASSWORD, RoleAccount } from './roles';
import type { Role } from '@crm/domain';

/** The attacks of issue 7's "Why", each tried as an attacker would, each refused. */
describe('security: the attacks that used to work', () => {
  let h: Harness;
  let accounts: Record<Role, RoleAccount>;
  let collegeId: number;
  let seed: Seed;
  const server = () => h.app.getHttpServer();
  const count = async (table: string) =>
    Number((await h.sql<{ n: number }>(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);

  beforeAll(async () => {
    h = await startHarness();
    ({ accounts, collegeId } = await roleAccounts(h));
    seed = new Seed(h.api);
  });
  afterAll(() => h?.close());

  describe('a viewer with its own token', () => {
    it('cannot create an admin, nor take over the admin’s password', async () => {
      const staffBefore = await count('staff');
      expectError(
        await accounts.viewer
          .as('post', '/api/staff')
          .send({ name: 'Evil', username: 'evil', password: 'aaaaaaaaaaaaaaaa', role: 'admin' }),
        403,
      );
      const admin = (await h.api('get', `/api/staff/${accounts.admin.id}`).expect(200)).body;
      expectError(
        await accounts.viewer
          .as('put', `/api/staff/${admin.id}`)
          .send({ version: admin.version, password: 'pwned123pwned' }),
        403,
      );
      expect(await count('staff')).toBe(staffBefore);
      await h.http.post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
      expectError(await h.http.post('/api/auth/login').send({ username: 'admin', password: 'pwned123pwned' }), 401);
    });

    it('cannot read the whole audit trail, only one record’s timeline', async () => {
      expectError(await accounts.viewer.as('get', '/api/audit-events'), 403);
      expectError(await accounts.office.as('get', `/api/audit-events?filter=${q({ resource: 'staff' })}`), 403);
      const chamber = await seed.chamber();
      const timeline = await accounts.viewer
        .as('get', `/api/audit-events?filter=${q({ resource: 'chambers', recordId: chamber.id })}`)
        .expect(200);
      expect(timeline.body).toEqual([expect.objectContaining({ action: 'create', recordId: chamber.id })]);
      expect((await h.api('get', '/api/audit-events').expect(200)).body.length).toBeGreaterThan(1);
    });

    it('writes nothing at all', async () => {
      const chamber = await seed.chamber();
      expectError(
        await accounts.viewer.as('post', '/api/chambers').send({ name: 'Viewer’s chamber', kind: 'chamber' }),
        403,
      );
      expectError(
        await accounts.viewer
          .as('put', `/api/chambers/${chamber.id}`)
          .send({ version: chamber.version, name: 'Renamed' }),
        403,
      );
      expectError(await accounts.viewer.as('delete', `/api/chambers/${chamber.id}`), 403);
      expect((await h.api('get', `/api/chambers/${chamber.id}`).expect(200)).body).toMatchObject({
        name: chamber.name,
        version: chamber.version,
      });
      // in the language the user reads
      const chinese = await accounts.viewer
        .as('post', '/api/chambers')
        .set('Accept-Language', 'zh-CN,zh;q=0.9')
        .send({ name: 'x', kind: 'chamber' });
      expect(chinese.status).toBe(403);
      expect(chinese.body.message).toMatch(/无权/);
    });
  });

  describe('staff accounts', () => {
    it('lets only the admin set username, password, role, active or unit, even on one’s own record', async () => {
      for (const role of ['office', 'college', 'leader'] as const) {
        const own = (await h.api('get', `/api/staff/${accounts[role].id}`).expect(200)).body;
        for (const change of [
          { role: 'admin' },
          { password: 'a brand new secret' },
          { username: `${role}.x` },
          { active: false },
          { unitId: null },
        ]) {
          if ('unitId' in change && own.unitId === null) continue;
          const refused = await accounts[role]
            .as('put', `/api/staff/${own.id}`)
            .send({ version: own.version, ...change });
          expectError(refused, 403, Object.keys(change));
        }
        // the rest of one's own record, and the record as read sent back, are fine
        const edited = (
          await accounts[role]
            .as('put', `/api/staff/${own.id}`)
            .send({ ...own, phone: '021-5555 0101' })
            .expect(200)
        ).body;
        expect(edited).toMatchObject({ role, phone: '021-5555 0101' });
        expectError(
          await accounts[role].as('put', `/api/staff/${accounts.viewer.id}`).send({ version: 1, phone: '1' }),
          403,
        );
      }
    });

    it('never answers a hash or a session version', async () => {
      const list = await h.api('get', '/api/staff').expect(200);
      expect(JSON.stringify(list.body)).not.toMatch(/passwordHash|scrypt|sessionVersion/);
      const events = await h.api('get', `/api/audit-events?filter=${q({ resource: 'staff' })}`).expect(200);
      expect(JSON.stringify(events.body)).not.toMatch(/passwordHash|scrypt\$/);
    });

    it('refuses weak passwords: eight spaces, 12345678, the username', async () => {
      for (const [password, problem] of [
        ['        ', /at least 10/],
        ['12345678', /at least 10/],
        ['1234567890', /./],
        ['weakling.one', /username/],
      ] as const) {
        const errors = expectError(
          await h.api('post', '/api/staff').send({ name: 'Weak', username: 'weakling.one', password, role: 'viewer' }),
          400,
          ['password'],
        );
        expect(errors.password).toMatch(problem);
      }
    });

    it('keeps the last live admin: no delete, disable or demotion (409)', async () => {
      const admin = (await h.api('get', `/api/staff/${accounts.admin.id}`).expect(200)).body;
      expectError(await h.api('delete', `/api/staff/${admin.id}`), 409);
      expectError(await h.api('put', `/api/staff/${admin.id}`).send({ version: admin.version, active: false }), 409);
      expectError(await h.api('put', `/api/staff/${admin.id}`).send({ version: admin.version, role: 'viewer' }), 409);
      expect((await h.api('get', `/api/staff/${admin.id}`).expect(200)).body).toMatchObject({
        role: 'admin',
        active: true,
        version: admin.version,
      });
    });
  });

  describe('sessions', () => {
    const login = async (username: string, password: string) =>
      (await h.http.post('/api/auth/login').send({ username, password }).expect(200)).body.token as string;
    const me = (token: string) => request(server()).get('/api/auth/me').set('Authorization', `Bearer ${token}`);

    it('ends at logout: the token is refused at once, the account’s other sessions go on', async () => {
      const leaving = (
        await h
          .api('post', '/api/staff')
          .send({ name: 'Leaving', username: 'leaving', password: ROLE_PASSWORD, role: 'leader' })
          .expect(201)
      ).body;
      const token = await login('leaving', ROLE_PASSWORD);
      const onAnotherComputer = await login('leaving', ROLE_PASSWORD);
      await me(token).expect(200);
      await request(server()).post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(200);
      expectError(await me(token), 401);
      expectError(await request(server()).get('/api/chambers').set('Authorization', `Bearer ${token}`), 401);
      await me(onAnotherComputer).expect(200);
      // a second logout with the dead token changes nothing and still clears the cookie
      await request(server()).post('/api/auth/logout').set('Authorization', `Bearer ${token}`).expect(200);
      // so does the cookie of that session
      const cookieLogin = await h.http
        .post('/api/auth/login')
        .send({ username: 'leaving', password: ROLE_PASSWORD })
        .expect(200);
      const cookie = ([] as string[]).concat(cookieLogin.headers['set-cookie'])[0].split(';')[0];
      await request(server()).post('/api/auth/logout').set('Cookie', cookie).expect(200);
      expectError(await request(server()).get('/api/auth/me').set('Cookie', cookie), 401);
      const events = (
        await h
          .api('get', `/api/audit-events?filter=${q({ resource: 'staff', recordId: leaving.id, action: 'logout' })}`)
          .expect(200)
      ).body;
      expect(events.length).toBeGreaterThanOrEqual(2);
    });

    it('changes one’s own password: the old one and the old tokens stop at once', async () => {
      const person = (
        await h
          .api('post', '/api/staff')
          .send({ name: 'Changer', username: 'changer', password: 'initial password 1', role: 'office' })
          .expect(201)
      ).body;
      const other = await login('changer', 'initial password 1');
      await me(other).expect(200);
      const answer = await h.http
        .post('/api/auth/login')
        .send({ username: 'changer', password: 'initial password 1' })
        .expect(200);
      expect(answer.body.user.mustChangePassword).toBe(true);
      const token = answer.body.token;
      const post = (body: object) =>
        request(server()).post('/api/auth/password').set('Authorization', `Bearer ${token}`).send(body);
      expectError(await post({ currentPassword: 'wrong one here', newPassword: 'the river at night' }), 400, [
        'currentPassword',
      ]);
      expectError(await post({ currentPassword: 'initial password 1', newPassword: '12345678' }), 400, ['newPassword']);
      expectError(await post({ currentPassword: 'initial password 1', newPassword: 'changer' }), 400, ['newPassword']);
      const changed = await post({ currentPassword: 'initial password 1', newPassword: 'the river at night' }).expect(
        200,
      );
      expect(changed.body.user).toMatchObject({ id: person.id, mustChangePassword: false });
      expectError(await me(token), 401);
      expectError(await me(other), 401);
      await me(changed.body.token).expect(200);
      expectError(
        await h.http.post('/api/auth/login').send({ username: 'changer', password: 'initial password 1' }),
        401,
      );
      await login('changer', 'the river at night');
      const events = (
        await h.api('get', `/api/audit-events?filter=${q({ resource: 'staff', recordId: person.id })}`).expect(200)
      ).body.map((event: { action: string }) => event.action);
      expect(events).toEqual(expect.arrayContaining(['create', 'login', 'login_failed', 'password_change']));
    });

    it('ends when the admin resets the password, and records a role change as one', async () => {
      const person = (
        await h
          .api('post', '/api/staff')
          .send({ name: 'Reset', username: 'reset.me', password: 'initial password 2', role: 'viewer' })
          .expect(201)
      ).body;
      const token = await login('reset.me', 'initial password 2');
      await me(token).expect(200);
      const reset = (
        await h
          .api('put', `/api/staff/${person.id}`)
          .send({ version: person.version, password: 'given by the admin' })
          .expect(200)
      ).body;
      expectError(await me(token), 401);
      await h.api('put', `/api/staff/${person.id}`).send({ version: reset.version, role: 'leader' }).expect(200);
      const [event] = (
        await h
          .api('get', `/api/audit-events?filter=${q({ resource: 'staff', recordId: person.id })}&range=[0,0]`)
          .expect(200)
      ).body;
      expect(event).toMatchObject({ action: 'role_change', before: { role: 'viewer' }, after: { role: 'leader' } });
    });

    it('ends for good when the account is deleted: restoring it does not revive the old token (issue 20)', async () => {
      const person = (
        await h
          .api('post', '/api/staff')
          .send({ name: 'Deleted', username: 'deleted.one', password: 'initial password 3', role: 'viewer' })
          .expect(201)
      ).body;
      const token = await login('deleted.one', 'initial password 3');
      await me(token).expect(200);
      await h.api('delete', `/api/staff/${person.id}`).expect(200);
      expectError(await me(token), 401);
      await h.api('post', `/api/staff/${person.id}/restore`).expect(201);
      expectError(await me(token), 401);
    });

    it('ends at once when the account is changed by another connection to the database, outside this server', async () => {
      const person = (
        await h
          .api('post', '/api/staff')
          .send({ name: 'Outside', username: 'outside.one', password: 'initial password 4', role: 'viewer' })
          .expect(201)
      ).body;
      const token = await login('outside.one', 'initial password 4');
      await me(token).expect(200);
      await me(token).expect(200);
      await h.sql('UPDATE staff SET active = (1 = 0) WHERE id = ?', person.id);
      expectError(await me(token), 401);
      await h.sql('UPDATE staff SET active = (1 = 1) WHERE id = ?', person.id);
      await me(token).expect(200);
      await h.sql('UPDATE sessions SET "endedAt" = CURRENT_TIMESTAMP WHERE "staffId" = ?', person.id);
      expectError(await me(token), 401);
    });
  });

  describe('login throttling', () => {
    it('answers 429 with Retry-After on the 11th failure for a username, even with the right password', async () => {
      await h
        .api('post', '/api/staff')
        .send({ name: 'Target', username: 'target', password: 'target password 1', role: 'viewer' })
        .expect(201);
      for (let attempt = 1; attempt <= 10; attempt++)
        expectError(
          await h.http.post('/api/auth/login').send({ username: 'target', password: `guess ${attempt}` }),
          401,
        );
      const eleventh = await h.http.post('/api/auth/login').send({ username: 'target', password: 'target password 1' });
      expectError(eleventh, 429);
      expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(eleventh.headers['retry-after'])).toBeLessThanOrEqual(900);
      // another username from the same address is not locked out by these ten
      await h.http
        .post('/api/auth/login')
        .send({ username: accounts.viewer.username, password: ROLE_PASSWORD })
        .expect(200);
    });

    it('keeps the counters in the database, where a second server sees them', async () => {
      const second = await createApp(loadConfig({ ...h.databaseEnv, CRM_ADMIN_PASSWORD: ADMIN_PASSWORD }), false);
      await second.init();
      try {
        expectError(
          await request(second.getHttpServer())
            .post('/api/auth/login')
            .send({ username: 'target', password: 'target password 1' }),
          429,
        );
      } finally {
        await second.close();
      }
    });

    it('limits one address to 30 failures over any usernames', async () => {
      const fromAddress = (username: string, password = 'wrong password') =>
        h.http.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.9').send({ username, password });
      // X-Forwarded-For is not trusted without CRM_TRUST_PROXY: the socket's address counts; the 11 above and the 30 here
      for (let attempt = 1; attempt <= 30; attempt++) await fromAddress(`nobody${attempt}`);
      expectError(await fromAddress(accounts.viewer.username, ROLE_PASSWORD), 429);
      await h.sql('DELETE FROM login_failures');
      await fromAddress(accounts.viewer.username, ROLE_PASSWORD).expect(200);
    });
  });

  describe('the browser’s cookie on another site’s page', () => {
    const cookieOf = async () => {
      const answer = await h.http
        .post('/api/auth/login')
        .send({ username: accounts.office.username, password: ROLE_PASSWORD })
        .expect(200);
      return ([] as string[]).concat(answer.headers['set-cookie'])[0].split(';')[0];
    };

    it('gets no CORS grant for a foreign origin', async () => {
      const preflight = await h.http
        .options('/api/staff')
        .set('Origin', 'http://localhost:8081')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      const read = await h.api('get', '/api/staff').set('Origin', 'http://localhost:8081');
      expect(read.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('refuses a cookie-only write from another origin (403), and lets the same write from the server’s own page and by bearer token', async () => {
      const cookie = await cookieOf();
      const before = await count('chambers');
      const body = { name: 'Cross-site chamber', kind: 'chamber' };
      expectError(
        await request(server())
          .post('/api/chambers')
          .set('Cookie', cookie)
          .set('Origin', 'http://localhost:8081')
          .send(body),
        403,
      );
      expectError(
        await request(server())
          .post('/api/chambers')
          .set('Cookie', cookie)
          .set('Referer', 'http://evil.example/page')
          .send(body),
        403,
      );
      expectError(
        await request(server()).post('/api/chambers').set('Cookie', cookie).set('Origin', 'null').send(body),
        403,
      );
      expect(await count('chambers')).toBe(before);
      // the server's own page: Origin names the host the request was sent to
      await request(server())
        .post('/api/chambers')
        .set('Host', 'crm.school.edu.cn:3000')
        .set('Cookie', cookie)
        .set('Origin', 'http://crm.school.edu.cn:3000')
        .send(body)
        .expect(201);
      expectError(
        await request(server())
          .post('/api/chambers')
          .set('Host', 'crm.school.edu.cn:3000')
          .set('Cookie', cookie)
          .set('Origin', 'http://crm.school.edu.cn:8081')
          .send(body),
        403,
      );
      await accounts.office
        .as('post', '/api/chambers')
        .set('Origin', 'http://localhost:8081')
        .send({ ...body, name: 'By token' })
        .expect(201);
      // reads by cookie are not affected
      await request(server())
        .get('/api/chambers')
        .set('Cookie', cookie)
        .set('Origin', 'http://localhost:8081')
        .expect(200);
    });

    it('opens CORS and cookie writes to the origins CRM_CORS_ORIGINS lists, and only those', async () => {
      const listed = await startHarness({ CRM_CORS_ORIGINS: 'https://crm.example.edu.cn' });
      try {
        const login = await listed.http
          .post('/api/auth/login')
          .send({ username: 'admin', password: ADMIN_PASSWORD })
          .expect(200);
        const cookie = ([] as string[]).concat(login.headers['set-cookie'])[0].split(';')[0];
        const preflight = await listed.http
          .options('/api/chambers')
          .set('Origin', 'https://crm.example.edu.cn')
          .set('Access-Control-Request-Method', 'POST');
        expect(preflight.headers['access-control-allow-origin']).toBe('https://crm.example.edu.cn');
        expect(preflight.headers['access-control-allow-credentials']).toBe('true');
        const other = await listed.http
          .options('/api/chambers')
          .set('Origin', 'https://evil.example')
          .set('Access-Control-Request-Method', 'POST');
        expect(other.headers['access-control-allow-origin']).toBeUndefined();
        await request(listed.app.getHttpServer())
          .post('/api/chambers')
          .set('Cookie', cookie)
          .set('Origin', 'https://crm.example.edu.cn')
          .send({ name: 'Listed', kind: 'chamber' })
          .expect(201);
        expectError(
          await request(listed.app.getHttpServer())
            .post('/api/chambers')
            .set('Cookie', cookie)
            .set('Origin', 'https://evil.example')
            .send({ name: 'Not listed', kind: 'chamber' }),
          403,
        );
      } finally {
        await listed.close();
      }
    });
  });

  describe('headers and cookie', () => {
    it('sends helmet’s headers with a CSP without inline scripts, and no X-Powered-By', async () => {
      for (const answer of [
        await h.http.get('/api/health'),
        await h.http.get('/api/docs'),
        await h.http.get('/api/nowhere'),
      ]) {
        expect(answer.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
        expect(answer.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
        expect(answer.headers['x-frame-options']).toBe('DENY');
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        expect(answer.headers['referrer-policy']).toBe('no-referrer');
        expect(answer.headers['x-powered-by']).toBeUndefined();
      }
    });

    it('marks the cookie Secure when the request came over HTTPS through a trusted proxy, and only then', async () => {
      const plain = await h.http
        .post('/api/auth/login')
        .set('X-Forwarded-Proto', 'https')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200);
      expect(([] as string[]).concat(plain.headers['set-cookie'])[0]).not.toMatch(/Secure/i);
      const proxied = await startHarness({ CRM_TRUST_PROXY: '1' });
      try {
        const secure = await proxied.http
          .post('/api/auth/login')
          .set('X-Forwarded-Proto', 'https')
          .send({ username: 'admin', password: ADMIN_PASSWORD })
          .expect(200);
        expect(([] as string[]).concat(secure.headers['set-cookie'])[0]).toMatch(/; Secure/i);
        const http = await proxied.http
          .post('/api/auth/login')
          .set('X-Forwarded-Proto', 'http')
          .send({ username: 'admin', password: ADMIN_PASSWORD })
          .expect(200);
        expect(([] as string[]).concat(http.headers['set-cookie'])[0]).not.toMatch(/Secure/i);
      } finally {
        await proxied.close();
      }
    });
  });

  describe('bad input answers 4xx and changes nothing', () => {
    const deep = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

    it('refuses a body nested 2,000 levels deep, also on the anonymous login route', async () => {
      expectError(await h.api('post', '/api/chambers').set('Content-Type', 'application/json').send(deep(2000)), 400);
      expectError(await h.http.post('/api/auth/login').set('Content-Type', 'application/json').send(deep(2000)), 400);
      expectError(
        await h.http
          .post('/api/auth/login')
          .set('Content-Type', 'application/json')
          .send('['.repeat(2000) + ']'.repeat(2000)),
        400,
      );
    });

    it('refuses numbers out of range: range=[1e20,1e20], a kanban position of 1e308', async () => {
      expectError(await h.api('get', '/api/chambers?range=[1e20,1e20]'), 400, ['range']);
      expectError(await h.api('get', `/api/chambers?filter=${q({ id: 1e20 })}`), 400);
      const outcome = await seed.outcome();
      expectError(
        await h
          .api('post', `/api/outcomes/${outcome.id}/move`)
          .set('Content-Type', 'application/json')
          .send('{"stage":"signed","position":1e308}'),
        400,
      );
      expect((await h.api('get', `/api/outcomes/${outcome.id}`).expect(200)).body).toMatchObject({
        stage: outcome.stage,
        version: outcome.version,
      });
    });

    it('refuses meeting times outside the years 1900–2200, and a new enterprise’s meeting still works', async () => {
      const meetingsBefore = await count('meetings');
      for (const startsAt of [
        '9999-12-31T23:59:59-05:00',
        '0000-01-01T00:00:00+01:00',
        '1899-12-31T23:59:59Z',
        '2201-01-01T00:00:00Z',
      ]) {
        expectError(
          await h.api('post', '/api/meetings').send({ title: 'Out of time', kind: 'visit_made', startsAt }),
          400,
          ['startsAt'],
        );
      }
      expect(await count('meetings')).toBe(meetingsBefore);
      const enterprise = await seed.enterprise();
      await h
        .api('post', '/api/meetings')
        .send({
          title: 'In time',
          kind: 'visit_made',
          startsAt: '2200-06-01T02:00:00Z',
          enterpriseIds: [enterprise.id],
        })
        .expect(201);
    });

    it('answers malformed JSON 400, a 10 MB body 413, gzip 415, an unknown charset 415', async () => {
      const before = await count('chambers');
      expectError(
        await h.api('post', '/api/chambers').set('Content-Type', 'application/json').send('{"name": "x",'),
        400,
      );
      expectError(
        await h
          .api('post', '/api/chambers')
          .set('Content-Type', 'application/json')
          .send(JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024), kind: 'chamber' })),
        413,
      );
      expectError(
        await h
          .api('post', '/api/chambers')
          .set('Content-Type', 'application/json')
          .set('Content-Encoding', 'gzip')
          .send(gzipSync(JSON.stringify({ name: 'Zipped', kind: 'chamber' }))),
        415,
      );
      expectError(
        await h
          .api('post', '/api/chambers')
          .set('Content-Type', 'application/json; charset=klingon')
          .send(JSON.stringify({ name: 'Klingon', kind: 'chamber' })),
        415,
      );
      expectError(
        await h
          .api('post', '/api/chambers')
          .set('Content-Type', 'application/json; charset=utf-16')
          .send(JSON.stringify({ name: 'Wide', kind: 'chamber' })),
        415,
      );
      expect(await count('chambers')).toBe(before);
      await h
        .api('post', '/api/chambers')
        .set('Content-Type', 'application/json; charset=UTF-8')
        .send(JSON.stringify({ name: 'Plain', kind: 'chamber' }))
        .expect(201);
    });

    it('refuses U+0000 and bidi controls such as U+202E in every text field', async () => {
      const before = await count('enterprises');
      for (const name of ['Nul\u0000Corp', 'Invoice\u202Etxt.exe', 'Isolate\u2066d', 'Bell\u0007']) {
        expectError(await h.api('post', '/api/enterprises').send({ name }), 400, ['name']);
      }
      expectError(await h.api('post', '/api/enterprises').send({ name: 'Fine', aliases: ['ok', 'bad\u202E'] }), 400, [
        'aliases.1',
      ]);
      expect(await count('enterprises')).toBe(before);
      const chamber = await seed.chamber();
      expectError(
        await h.api('put', `/api/chambers/${chamber.id}`).send({ version: chamber.version, notes: 'line one\u0000' }),
        400,
        ['notes'],
      );
      // tabs and line breaks in free text are text, not controls
      await h
        .api('put', `/api/chambers/${chamber.id}`)
        .send({ version: chamber.version, notes: 'line one\n\tline two\r\n' })
        .expect(200);
    });
  });

  describe('row rules', () => {
    it('lets a college edit its own outcomes and their intakes, and no other college’s', async () => {
      const ownOutcome = await seed.outcome({ unitId: collegeId });
      const otherOutcome = await seed.outcome();
      const edited = await accounts.college
        .as('put', `/api/outcomes/${ownOutcome.id}`)
        .send({ version: ownOutcome.version, notes: 'Ours' })
        .expect(200);
      expectError(
        await accounts.college
          .as('put', `/api/outcomes/${otherOutcome.id}`)
          .send({ version: otherOutcome.version, notes: 'Theirs' }),
        403,
      );
      // nor hand its own outcome to another unit
      const office = (await h.api('post', '/api/units').send({ name: 'Another college', kind: 'college' }).expect(201))
        .body;
      expectError(
        await accounts.college
          .as('put', `/api/outcomes/${ownOutcome.id}`)
          .send({ version: edited.body.version, unitId: office.id }),
        403,
      );
      expect((await h.api('get', `/api/outcomes/${ownOutcome.id}`).expect(200)).body).toMatchObject({
        unitId: collegeId,
        version: edited.body.version,
      });
      const major = (
        await h.api('post', '/api/majors').send({ code: '510299', name: 'Roles major', unitId: collegeId }).expect(201)
      ).body;
      await accounts.college
        .as('post', '/api/intakes')
        .send({ outcomeId: ownOutcome.id, academicYear: '2024-2025', term: 'autumn', majorId: major.id, positions: 5 })
        .expect(201);
      expectError(
        await accounts.college.as('post', '/api/intakes').send({
          outcomeId: otherOutcome.id,
          academicYear: '2024-2025',
          term: 'autumn',
          majorId: major.id,
          positions: 5,
        }),
        403,
      );
      expectError(await accounts.college.as('delete', `/api/outcomes/${ownOutcome.id}`), 403);
    });

    it('lets the Employment Office create internship bases and employment positions, nothing else of the kinds', async () => {
      const enterprise = await seed.enterprise();
      await accounts.employment
        .as('post', '/api/outcomes')
        .send({ title: 'Base', kind: 'internship_base', enterpriseId: enterprise.id })
        .expect(201);
      const lab = await seed.outcome({ kind: 'joint_lab', enterpriseId: enterprise.id });
      expectError(
        await accounts.employment
          .as('post', '/api/outcomes')
          .send({ title: 'Lab', kind: 'joint_lab', enterpriseId: enterprise.id }),
        403,
      );
      expectError(
        await accounts.employment.as('post', `/api/outcomes/${lab.id}/move`).send({ stage: 'signed', position: 0 }),
        403,
      );
      expectError(
        await accounts.employment.as('post', '/api/chambers').send({ name: 'Not theirs', kind: 'chamber' }),
        403,
      );
      await accounts.employment
        .as('post', '/api/contacts')
        .send({ name: 'HR lead', enterpriseId: enterprise.id })
        .expect(201);
    });

    it('lets the leader mark done only the tasks assigned to it', async () => {
      const enterprise = await seed.enterprise();
      const own = (
        await h
          .api('post', '/api/tasks')
          .send({
            title: 'Call back',
            dueDate: '2024-06-01',
            assigneeId: accounts.leader.id,
            enterpriseId: enterprise.id,
          })
          .expect(201)
      ).body;
      const other = (
        await h
          .api('post', '/api/tasks')
          .send({
            title: 'Not mine',
            dueDate: '2024-06-01',
            assigneeId: accounts.office.id,
            enterpriseId: enterprise.id,
          })
          .expect(201)
      ).body;
      await accounts.leader
        .as('put', `/api/tasks/${own.id}`)
        .send({ version: own.version, doneAt: '2024-05-30T08:00:00Z' })
        .expect(200);
      expectError(
        await accounts.leader
          .as('put', `/api/tasks/${other.id}`)
          .send({ version: other.version, doneAt: '2024-05-30T08:00:00Z' }),
        403,
      );
      expectError(
        await accounts.leader
          .as('put', `/api/tasks/${own.id}`)
          .send({ version: own.version + 1, assigneeId: accounts.office.id }),
        403,
      );
    });

    it('lets a college log a meeting it attends, not one it does not', async () => {
      await accounts.college
        .as('post', '/api/meetings')
        .send({
          title: 'Our visit',
          kind: 'visit_made',
          startsAt: '2024-05-10T02:00:00Z',
          staffIds: [accounts.college.id],
        })
        .expect(201);
      expectError(
        await accounts.college.as('post', '/api/meetings').send({
          title: 'Their visit',
          kind: 'visit_made',
          startsAt: '2024-05-10T02:00:00Z',
          staffIds: [accounts.office.id],
        }),
        403,
      );
    });
  });

  describe('trash: restore and purge', () => {
    it('restores (admin only) and purges (admin only, from the trash, 409 while anything points at it)', async () => {
      const enterprise = await seed.enterprise();
      const contact = (
        await h.api('post', '/api/contacts').send({ name: 'Pointing', enterpriseId: enterprise.id }).expect(201)
      ).body;
      expectError(await h.api('delete', `/api/enterprises/${enterprise.id}/purge`), 409);
      await h.api('delete', `/api/contacts/${contact.id}`).expect(200);
      await h.api('delete', `/api/enterprises/${enterprise.id}`).expect(200);
      const trash = await accounts.viewer
        .as('get', `/api/enterprises?filter=${q({ deleted: true, id: enterprise.id })}`)
        .expect(200);
      expect(trash.body.map((row: { id: number }) => row.id)).toEqual([enterprise.id]);
      expectError(await accounts.office.as('post', `/api/enterprises/${enterprise.id}/restore`), 403);
      expectError(await accounts.office.as('delete', `/api/enterprises/${enterprise.id}/purge`), 403);
      // the contact in the trash still points at it
      const refused = await h.api('delete', `/api/enterprises/${enterprise.id}/purge`);
      expectError(refused, 409);
      expect(refused.body.message).toMatch(/contacts/);
      await h.api('delete', `/api/contacts/${contact.id}/purge`).expect(200);
      const purged = await h.api('delete', `/api/enterprises/${enterprise.id}/purge`).expect(200);
      expect(purged.body).toMatchObject({ id: enterprise.id, name: enterprise.name });
      expectError(await h.api('get', `/api/enterprises/${enterprise.id}`), 404);
      expectError(await h.api('post', `/api/enterprises/${enterprise.id}/restore`), 404);
      const [event] = (
        await h
          .api('get', `/api/audit-events?filter=${q({ resource: 'enterprises', recordId: enterprise.id })}&range=[0,0]`)
          .expect(200)
      ).body;
      expect(event).toMatchObject({
        action: 'purge',
        actorName: 'Administrator 系统管理员',
        before: { name: enterprise.name },
        after: null,
      });
    });

    it('purges a meeting with its attendance, but not a staff member a meeting names', async () => {
      const meeting = await seed.meeting({ staffIds: [accounts.office.id] });
      await h.api('delete', `/api/meetings/${meeting.id}`).expect(200);
      await h.api('delete', `/api/meetings/${meeting.id}/purge`).expect(200);
      const teacher = await seed.staff();
      const second = await seed.meeting({ staffIds: [teacher.id] });
      await h.api('delete', `/api/meetings/${second.id}`).expect(200);
      await h.api('delete', `/api/staff/${teacher.id}`).expect(200);
      expectError(await h.api('delete', `/api/staff/${teacher.id}/purge`), 409);
      await h.api('post', `/api/meetings/${second.id}/restore`).expect(201);
    });
  });
});

describe('security: the admin account at start', () => {
  it('prints a generated password last, boxed, and asks for a new one at first login', async () => {
    const first = await startHarness();
    const databasePath = first.databasePath;
    await first.app.close();
    // as if the last admin had been deleted by hand: nobody can log in
    await runSql(
      first.databaseEnv,
      `UPDATE "staff" SET "deletedAt" = '2024-01-01 00:00:00.000' WHERE "username" = 'admin'`,
    );
    const app = await createApp(loadConfig(first.databaseEnv), false);
    await app.init();
    try {
      const notice = adminNotice(app);
      const password = /password: {2}(\S+)/.exec(notice)?.[1];
      expect(notice).toMatch(/╔═+╗/);
      expect(notice).toMatch(/shown only once/);
      expect(password).toBeDefined();
      const login = await request(app.getHttpServer())
        .post('/api/auth/login')
        .send({ username: 'admin', password })
        .expect(200);
      expect(login.body.user).toMatchObject({ role: 'admin', mustChangePassword: true });
    } finally {
      await app.close();
    }
    // CRM_ADMIN_PASSWORD brings the admin back when no live admin exists
    await runSql(first.databaseEnv, `UPDATE "staff" SET "active" = false WHERE "username" = 'admin'`);
    const restored = await startHarness({}, databasePath);
    try {
      expect(adminNotice(restored.app)).toMatch(
        /Restored the admin account "admin" with the password from CRM_ADMIN_PASSWORD/,
      );
      expect((await restored.api('get', '/api/auth/me').expect(200)).body).toMatchObject({
        role: 'admin',
        mustChangePassword: false,
      });
    } finally {
      await restored.close();
    }
  });
});
