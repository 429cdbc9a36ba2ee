import { Clock } from '../../apps/api/src/common/clock';
import { expectError, q } from '../fixtures/assertions';
import { Seed, usccFor } from '../fixtures/resources';
import { Harness, startHarness } from './harness';
import { roleAccounts, RoleAccount } from './roles';
import type { Role } from '@crm/domain';

/**
 * The public side: a meeting's registration, its door and its survey, the standing sign-up, and
 * the office's review queue. Public calls go without an account; the office's with one.
 */
describe('registrations: the public side and the review queue', () => {
  let h: Harness;
  let seed: Seed;
  let accounts: Record<Role, RoleAccount>;
  const tokenOf = (url: string) => url.split('/').pop()!;
  const guest = (n: number, extra: Record<string, unknown> = {}) => ({
    organisation: `新企业${n}科技有限公司`,
    name: `Guest ${n}`,
    phone: `1390000${String(n).padStart(4, '0')}`,
    ...extra,
  });
  const count = async (table: string) =>
    Number((await h.sql<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "${table}"`))[0].n);
  const future = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
  const meeting = (extra: Record<string, unknown> = {}) =>
    seed.meeting({
      title: '浙江商会座谈会',
      startsAt: future(),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 7200_000).toISOString(),
      location: '会议厅',
      ...extra,
    });

  beforeAll(async () => {
    h = await startHarness({ CRM_PUBLIC_URL: 'https://crm.school.edu.cn' });
    seed = new Seed(h.api);
    ({ accounts } = await roleAccounts(h));
  });
  afterAll(() => h?.close());
  afterEach(() => jest.restoreAllMocks());

  it('opens registration with a long secret stored only as a hash; the public face says the title, times, place and closing, and sets no cookie', async () => {
    const symposium = await meeting({ minutes: 'internal notes', chairId: (await seed.staff()).id });
    const opened = await h.api('post', `/api/meetings/${symposium.id}/registration`).send({ capacity: 80 }).expect(201);
    // built from the configured public address, never from the request's Host
    expect(opened.body.url).toMatch(/^https:\/\/crm\.school\.edu\.cn\/guest\.html#\/registration\/[A-Za-z0-9_-]{43}$/);
    expect(opened.body.token).toBe(tokenOf(opened.body.url));
    // 43 base64url characters: 256 bits
    expect(Buffer.from(opened.body.token, 'base64url').length).toBe(32);
    expect(JSON.stringify(await h.sql('SELECT * FROM "public_links"'))).not.toContain(opened.body.token);
    const face = await h.http.get(`/api/public/registration/${opened.body.token}`).expect(200);
    expect(face.body).toEqual({
      title: '浙江商会座谈会',
      startsAt: symposium.startsAt,
      endsAt: symposium.endsAt,
      location: '会议厅',
      closesAt: symposium.startsAt,
    });
    expect(face.headers['set-cookie']).toBeUndefined();
    expect(face.headers['cache-control']).toBe('no-store');
    // the meeting page finds the same link again
    expect((await h.api('get', `/api/meetings/${symposium.id}/guests`).expect(200)).body.links.registration.token).toBe(
      opened.body.token,
    );
  });

  it('keeps what guests send in the queue, matched like imports, and writes nothing else before an acceptance', async () => {
    const known = await seed.enterprise({ name: '江朗科技有限公司', aliases: ['Jianglang Technology Co., Ltd.'] });
    const contact = await seed.create('contacts', { name: 'Chen Boqin', phone: '13800001111', enterpriseId: known.id });
    const aliased = await seed.enterprise({ name: '雷辉生态集团', uscc: null, aliases: ['Leihui Ecological Group'] });
    const symposium = await meeting();
    const { token } = (await h.api('post', `/api/meetings/${symposium.id}/registration`).send({}).expect(201)).body;
    const before = {
      enterprises: await count('enterprises'),
      contacts: await count('contacts'),
      attendance: await count('meeting_enterprises'),
      audit: await count('audit_events'),
    };

    const answers = [
      await h.http
        .post(`/api/public/registration/${token}`)
        .send({
          organisation: '江朗科技',
          uscc: known.uscc,
          name: 'Chen Boqin',
          phone: '+86 138 0000 1111',
          title: '董事长',
        })
        .expect(201),
      await h.http
        .post(`/api/public/registration/${token}`)
        .send({
          organisation: 'Leihui Ecological Group',
          name: 'Lei Lei',
          phone: '13800002222',
          interests: ['internship_base', 'joint_lab'],
        })
        .expect(201),
      await h.http
        .post(`/api/public/registration/${token}`)
        .send(guest(1, { majors: ['软件技术'], positionsOffered: 5 }))
        .expect(201),
    ];
    // a matching code or phone says nothing: every answer is a code, and only a code
    for (const answer of answers) expect(Object.keys(answer.body)).toEqual(['code']);
    expect(answers.map((answer) => answer.body.code)).toEqual(
      answers.map(() => expect.stringMatching(/^[346789ABCDEFGHJKMNPQRTUVWXY]{6}$/)),
    );
    // the same person sending again gets the same code, not a second registration
    expect((await h.http.post(`/api/public/registration/${token}`).send(guest(1)).expect(201)).body.code).toBe(
      answers[2].body.code,
    );

    expect({
      enterprises: await count('enterprises'),
      contacts: await count('contacts'),
      attendance: await count('meeting_enterprises'),
    }).toEqual({ enterprises: before.enterprises, contacts: before.contacts, attendance: before.attendance });
    const audited = await h.sql<{ resource: string }>(
      'SELECT "resource" FROM "audit_events" ORDER BY "id" DESC LIMIT 3',
    );
    expect(audited.map((event) => event.resource)).toEqual(['registrations', 'registrations', 'registrations']);
    expect(await count('audit_events')).toBe(before.audit + 3);

    const queue = (
      await h
        .api('get', `/api/registrations?filter=${q({ meetingId: symposium.id })}&sort=${q(['id', 'ASC'])}`)
        .expect(200)
    ).body;
    expect(
      queue.map((registration: { status: string; match: unknown }) => [registration.status, registration.match]),
    ).toEqual([
      ['pending', { action: 'match', enterpriseId: known.id, contactId: contact.id, by: 'uscc' }],
      ['pending', { action: 'match', enterpriseId: aliased.id, by: 'alias' }],
      ['pending', { action: 'create' }],
    ]);
  });

  it('refuses a wrong credit code (400), a bad phone and unknown fields; answers a filled honeypot as if taken and stores nothing', async () => {
    const symposium = await meeting();
    const { token } = (await h.api('post', `/api/meetings/${symposium.id}/registration`).send({}).expect(201)).body;
    const wrongCheck = usccFor(901).slice(0, 17) + (usccFor(901)[17] === 'A' ? 'B' : 'A');
    expectError(await h.http.post(`/api/public/registration/${token}`).send(guest(2, { uscc: wrongCheck })), 400, [
      'uscc',
    ]);
    expectError(await h.http.post(`/api/public/registration/${token}`).send(guest(2, { phone: 'call me' })), 400, [
      'phone',
    ]);
    expectError(await h.http.post(`/api/public/registration/${token}`).send(guest(2, { status: 'accepted' })), 400, [
      'status',
    ]);
    expectError(
      await h.http.post(`/api/public/registration/${token}`).send(guest(2, { interests: ['free lunch'] })),
      400,
      ['interests'],
    );
    const stored = await count('registrations');
    expect(
      (
        await h.http
          .post(`/api/public/registration/${token}`)
          .send(guest(2, { website: 'http://spam.example' }))
          .expect(201)
      ).body.code,
    ).toMatch(/^\w{6}$/);
    expect(await count('registrations')).toBe(stored);
  });

  it('answers a forged, closed or expired link with 404, and the old link of a reopened registration too', async () => {
    const symposium = await meeting();
    const first = (await h.api('post', `/api/meetings/${symposium.id}/registration`).send({}).expect(201)).body.token;
    const second = (await h.api('post', `/api/meetings/${symposium.id}/registration`).send({}).expect(201)).body.token;
    expectError(await h.http.get(`/api/public/registration/${first}`), 404);
    expectError(await h.http.get(`/api/public/registration/${'A'.repeat(43)}`), 404);
    expectError(await h.http.post(`/api/public/registration/not-a-token`).send(guest(3)), 404);
    // a registration token opens no other kind of page
    expectError(await h.http.get(`/api/public/survey/${second}`), 404);
    await h.http.get(`/api/public/registration/${second}`).expect(200);
    jest.spyOn(h.app.get(Clock), 'now').mockReturnValue(new Date(Date.now() + 8 * 86_400_000));
    expectError(await h.http.get(`/api/public/registration/${second}`), 404);
    jest.restoreAllMocks();
    await h.api('delete', `/api/meetings/${symposium.id}/registration`).expect(200);
    expectError(await h.http.post(`/api/public/registration/${second}`).send(guest(3)), 404);
  });

  it('takes 60 submissions from one address in ten minutes, then answers 429 with Retry-After', async () => {
    const symposium = await meeting();
    const { token } = (await h.api('post', `/api/meetings/${symposium.id}/registration`).send({}).expect(201)).body;
    for (let n = 0; n < 60; n++)
      await h.http
        .post(`/api/public/registration/${token}`)
        .send(guest(100 + n))
        .expect(201);
    const refused = await h.http.post(`/api/public/registration/${token}`).send(guest(200)).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(500);
    expect(refused.body.message).toMatch(/Too many requests/);
    // another link is counted on its own
    const other = (
      await h
        .api('post', `/api/meetings/${(await meeting()).id}/registration`)
        .send({})
        .expect(201)
    ).body.token;
    await h.http.post(`/api/public/registration/${other}`).send(guest(201)).expect(201);
  });

  it('signs guests in at the door by code or phone, registers a walk-in, and the office accepts everyone present without duplicating an enterprise', async () => {
    const known = await seed.enterprise({ name: '杭州恒通智能制造有限公司' });
    const symposium = await meeting();
    const { token } = (await h.api('post', `/api/meetings/${symposium.id}/registration`).send({}).expect(201)).body;
    const codeOf = async (body: Record<string, unknown>) =>
      (await h.http.post(`/api/public/registration/${token}`).send(body).expect(201)).body.code as string;
    const byName = await codeOf({ organisation: '杭州恒通智能制造', name: 'Wang Fang', phone: '13900005555' });
    const colleague = await codeOf({ organisation: '新企业9科技有限公司', name: 'Zhou Min', phone: '13900006666' });
    await codeOf({ organisation: '新企业9科技', name: 'Sun Li', phone: '13900007777' });
    await codeOf(guest(10));

    const door = (await h.api('post', `/api/meetings/${symposium.id}/check-in`).expect(201)).body;
    expect(door.url).toMatch(/\/guest\.html#\/check-in\/[A-Za-z0-9_-]{43}$/);
    expect(
      (await h.http.post(`/api/public/check-in/${door.token}`).send({ code: byName.toLowerCase() }).expect(200)).body,
    ).toEqual({ name: 'Wang Fang', organisation: '杭州恒通智能制造' });
    expect(
      (await h.http.post(`/api/public/check-in/${door.token}`).send({ code: colleague }).expect(200)).body.name,
    ).toBe('Zhou Min');
    expect(
      (await h.http.post(`/api/public/check-in/${door.token}`).send({ phone: '139 0000 7777' }).expect(200)).body.name,
    ).toBe('Sun Li');
    expectError(await h.http.post(`/api/public/check-in/${door.token}`).send({ code: 'XXXXXX' }), 404);
    expectError(await h.http.post(`/api/public/check-in/${door.token}`).send({}), 400, ['code', 'phone']);
    const walkIn = await h.http
      .post(`/api/public/check-in/${door.token}`)
      .send({ organisation: '临时来访企业', name: 'Qian Hao', phone: '13900008888' })
      .expect(201);
    expect(walkIn.body).toEqual({ name: 'Qian Hao', organisation: '临时来访企业', code: expect.any(String) });

    const overview = (await h.api('get', `/api/meetings/${symposium.id}/guests`).expect(200)).body;
    expect({
      registered: overview.registered,
      present: overview.present,
      walkIns: overview.walkIns,
      pending: overview.pending,
    }).toEqual({ registered: 4, present: 4, walkIns: 1, pending: 5 });

    const enterprisesBefore = await count('enterprises');
    const report = (
      await accounts.office
        .as('post', `/api/meetings/${symposium.id}/registrations/accept`)
        .send({ present: true })
        .expect(200)
    ).body;
    expect(report.accepted).toHaveLength(4);
    expect(report.conflicts).toEqual([]);
    // the two of 新企业9 make one enterprise; 恒通 is found by its name
    expect(report.created.enterprises).toHaveLength(2);
    expect(report.matched.enterprises).toEqual(expect.arrayContaining([known.id]));
    expect(await count('enterprises')).toBe(enterprisesBefore + 2);
    const record = (await h.api('get', `/api/meetings/${symposium.id}`).expect(200)).body;
    expect(record.enterpriseIds.sort()).toEqual(
      [...new Set([...report.created.enterprises, ...report.matched.enterprises])].sort(),
    );
    expect(record.contactIds).toHaveLength(4);
    // the absent guest stays pending; the records are audited as the office's, and the registration names what it became
    const left = (
      await h.api('get', `/api/registrations?filter=${q({ meetingId: symposium.id, status: 'pending' })}`).expect(200)
    ).body;
    expect(left.map((registration: { name: string }) => registration.name)).toEqual(['Guest 10']);
    const created = await h.sql<{ actorName: string }>(
      'SELECT "actorName" FROM "audit_events" WHERE "resource" = ? AND "action" = ? AND "recordId" = ?',
      'enterprises',
      'create',
      report.created.enterprises[0],
    );
    expect(created[0].actorName).toBe('The office');
    const accepted = await h.sql<{ after: string }>(
      'SELECT "after" FROM "audit_events" WHERE "resource" = ? AND "action" = ? ORDER BY "id" DESC LIMIT 1',
      'registrations',
      'update',
    );
    expect(JSON.parse(accepted[0].after)).toMatchObject({
      status: 'accepted',
      enterpriseId: expect.any(Number),
      contactId: expect.any(Number),
    });
    // accepted again: nothing pending is present, nothing is created twice
    expect(
      (await h.api('post', `/api/meetings/${symposium.id}/registrations/accept`).send({ present: true }).expect(200))
        .body.accepted,
    ).toEqual([]);
    expect(await count('enterprises')).toBe(enterprisesBefore + 2);
  });

  it('turns each want of a survey answer into one follow-up task for the enterprise’s owner, also when the answer is sent twice', async () => {
    const owner = await seed.staff();
    const chair = await seed.staff();
    const known = await seed.enterprise({ name: '宁波海联物流有限公司', ownerId: owner.id });
    const symposium = await meeting({ chairId: chair.id });
    const { token } = (await h.api('post', `/api/meetings/${symposium.id}/registration`).send({}).expect(201)).body;
    const code = (
      await h.http
        .post(`/api/public/registration/${token}`)
        .send({ organisation: '宁波海联物流', name: 'He Jun', phone: '13700001234' })
        .expect(201)
    ).body.code;
    await h.api('post', `/api/meetings/${symposium.id}/registrations/accept`).send({}).expect(200);
    const survey = (await h.api('post', `/api/meetings/${symposium.id}/survey`).expect(201)).body;
    const answer = {
      code,
      satisfaction: 5,
      wants: [{ kind: 'internship_base', count: 10, majors: ['物流管理'] }, { kind: 'order_class' }],
      note: '希望尽快对接',
    };
    await h.http.post(`/api/public/survey/${survey.token}`).send(answer).expect(201);
    await h.http.post(`/api/public/survey/${survey.token}`).send(answer).expect(201);
    // an anonymous answer goes to the meeting's chair
    await h.http
      .post(`/api/public/survey/${survey.token}`)
      .send({ satisfaction: 3, wants: [{ kind: 'joint_lab' }], contactPerson: 'Anonymous guest' })
      .expect(201);
    await h.http
      .post(`/api/public/survey/${survey.token}`)
      .send({ satisfaction: 3, wants: [{ kind: 'joint_lab' }], contactPerson: 'Anonymous guest' })
      .expect(201);
    expectError(await h.http.post(`/api/public/survey/${survey.token}`).send({ satisfaction: 6 }), 400, [
      'satisfaction',
    ]);

    const tasks = (
      await h.api('get', `/api/tasks?filter=${q({ meetingId: symposium.id })}&sort=${q(['id', 'ASC'])}`).expect(200)
    ).body;
    expect(
      tasks.map((task: { title: string; assigneeId: number; enterpriseId: number | null }) => [
        task.title,
        task.assigneeId,
        task.enterpriseId,
      ]),
    ).toEqual([
      ['实习基地（10）：宁波海联物流', owner.id, known.id],
      ['订单班/现代学徒制：宁波海联物流', owner.id, known.id],
      ['联合实验室：Anonymous guest', chair.id, null],
    ]);
    const overview = (await h.api('get', `/api/meetings/${symposium.id}/guests`).expect(200)).body;
    expect(overview.answers).toHaveLength(2);
    expect(overview.averageSatisfaction).toBe(4);
    expect(
      (await h.api('get', `/api/enterprises/${known.id}/survey-answers`).expect(200)).body.map(
        (row: { satisfaction: number }) => row.satisfaction,
      ),
    ).toEqual([5]);
    // the leadership home counts the wants by kind: each answer once
    const home = (await h.api('get', '/api/reports/home').expect(200)).body;
    expect(home.wantsByKind).toEqual(
      expect.arrayContaining([
        { kind: 'internship_base', count: 1 },
        { kind: 'order_class', count: 1 },
        { kind: 'joint_lab', count: 1 },
      ]),
    );
  });

  it('takes sign-ups through a standing link (no meeting), accepted one by one or refused with a reason; a revoked link is a 404', async () => {
    const signup = (await accounts.office.as('post', '/api/enterprise-signup').send({}).expect(201)).body;
    expect(signup.url).toMatch(/\/guest\.html#\/signup\/[A-Za-z0-9_-]{43}$/);
    expect((await accounts.office.as('get', '/api/enterprise-signup').expect(200)).body.link.token).toBe(signup.token);
    await h.http
      .post(`/api/public/enterprise-signup/${signup.token}`)
      .send(guest(300, { city: '宁波', industry: '物流' }))
      .expect(201);
    await h.http.post(`/api/public/enterprise-signup/${signup.token}`).send(guest(301)).expect(201);
    const [second, first] = (
      await h.api('get', `/api/registrations?filter=${q({ meetingId: null, source: 'signup' })}`).expect(200)
    ).body;
    expect(first.meetingId).toBeNull();
    const accepted = (await accounts.office.as('post', `/api/registrations/${first.id}/accept`).expect(200)).body;
    expect(accepted.status).toBe('accepted');
    expect((await h.api('get', `/api/enterprises/${accepted.enterpriseId}`).expect(200)).body).toMatchObject({
      name: '新企业300科技有限公司',
      city: '宁波',
      industry: '物流',
    });
    expectError(await accounts.office.as('post', `/api/registrations/${first.id}/accept`), 409);
    const refused = (
      await accounts.office
        .as('post', `/api/registrations/${second.id}/refuse`)
        .send({ reason: '重复报名' })
        .expect(200)
    ).body;
    expect({ status: refused.status, reason: refused.refusedReason, enterpriseId: refused.enterpriseId }).toEqual({
      status: 'refused',
      reason: '重复报名',
      enterpriseId: null,
    });
    await accounts.office.as('delete', '/api/enterprise-signup').expect(200);
    expectError(await h.http.post(`/api/public/enterprise-signup/${signup.token}`).send(guest(302)), 404);
  });

  it('lets whoever may edit the meeting open its links, and only the Integration Office accept', async () => {
    const symposium = await meeting();
    await accounts.employment.as('post', `/api/meetings/${symposium.id}/registration`).send({}).expect(201);
    // a college may open links only for a meeting it attends
    expectError(await accounts.college.as('post', `/api/meetings/${symposium.id}/check-in`), 403);
    expectError(
      await accounts.employment.as('post', `/api/meetings/${symposium.id}/registrations/accept`).send({}),
      403,
    );
    expectError(await accounts.viewer.as('get', '/api/registrations'), 403);
    expectError(await accounts.leader.as('post', `/api/meetings/${symposium.id}/survey`), 403);
    // the employment office sees the meeting page's counts; a leader sees them without the links
    expect((await accounts.leader.as('get', `/api/meetings/${symposium.id}/guests`).expect(200)).body.links).toEqual(
      {},
    );
  });

  it('tells the chair of a meeting of each registration, walk-in and survey answer once, also when sent twice', async () => {
    const symposium = await meeting({ chairId: accounts.office.id });
    const open = async (path: string) =>
      tokenOf((await h.api('post', `/api/meetings/${symposium.id}/${path}`).send({}).expect(201)).body.url);
    const [registration, door, survey] = [await open('registration'), await open('check-in'), await open('survey')];
    const registered = (await h.http.post(`/api/public/registration/${registration}`).send(guest(71)).expect(201)).body
      .code;
    await h.http.post(`/api/public/registration/${registration}`).send(guest(71)).expect(201);
    await h.http.post(`/api/public/check-in/${door}`).send(guest(72)).expect(201);
    await h.http.post(`/api/public/check-in/${door}`).send(guest(72)).expect(201);
    await h.http.post(`/api/public/survey/${survey}`).send({ code: registered, satisfaction: 5 }).expect(201);
    await h.http.post(`/api/public/survey/${survey}`).send({ code: registered, satisfaction: 4 }).expect(201);
    const told = (
      await accounts.office
        .as('get', `/api/notifications?filter=${q({ read: false })}`)
        .set('Accept-Language', 'zh-CN')
        .expect(200)
    ).body as { kind: string; title: string; link: string }[];
    const arrivals = told.filter((notification) => notification.kind === 'registration');
    expect(arrivals).toHaveLength(3);
    for (const arrival of arrivals) {
      expect(arrival.title).toContain('浙江商会座谈会');
      expect(arrival.link).toContain(`/meetings/${symposium.id}/show`);
    }
  });
});
