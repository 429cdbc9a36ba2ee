import ExcelJS from 'exceljs';
import type { CampaignReport } from '@crm/domain';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { binaryBody, choosePassword, Harness, startHarness } from './harness';

/**
 * The 访企拓岗 campaign report against a campaign built by hand, whose figures were counted by hand
 * (see the comments beside each visit), and the Idempotency-Key a phone sends its visits with.
 */
describe('访企拓岗 campaign', () => {
  let h: Harness;
  let seed: Seed;
  let campaign: ApiRecord;
  const people: Record<'li' | 'wang' | 'zhao' | 'qian', ApiRecord> = {} as never;
  const visits: Record<string, ApiRecord> = {};
  const outcomes: Record<string, ApiRecord> = {};
  let units: { college: ApiRecord; office: ApiRecord };

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    units = {
      college: await seed.create('units', { name: '智能制造学院', kind: 'college' }),
      office: await seed.create('units', { name: '招生就业处', kind: 'office' }),
    };
    people.li = await seed.create('staff', { name: '李书记', unitId: units.college.id });
    people.wang = await seed.create('staff', { name: '王院长', unitId: units.college.id });
    people.zhao = await seed.create('staff', { name: '赵处长', unitId: units.office.id });
    people.qian = await seed.create('staff', { name: '钱副处长', unitId: units.office.id });
    const [e1, e2, e3, e4] = [
      await seed.enterprise(),
      await seed.enterprise(),
      await seed.enterprise(),
      await seed.enterprise(),
    ];
    campaign = await seed.create('campaigns', {
      name: '2025年访企拓岗促就业专项行动',
      startsOn: '2025-03-01',
      endsOn: '2025-06-30',
    });
    await seed.create('campaign-quotas', { campaignId: campaign.id, staffId: people.li.id, enterprises: 4 });
    await seed.create('campaign-quotas', { campaignId: campaign.id, staffId: people.wang.id, enterprises: 2 });
    await seed.create('campaign-quotas', { campaignId: campaign.id, staffId: people.qian.id, enterprises: 3 });
    const visit = (startsAt: string, extra: Record<string, unknown>) =>
      seed.meeting({ kind: 'visit_made', startsAt, ...extra });
    // counted: li chairs, wang attends; e1
    visits.v1 = await visit('2025-03-10T02:00:00Z', {
      chairId: people.li.id,
      staffIds: [people.wang.id],
      enterpriseIds: [e1.id],
      positionsOffered: 10,
      internsWanted: 5,
      graduatesWanted: 2,
    });
    visits.v2 = await visit('2025-04-02T02:00:00Z', {
      staffIds: [people.li.id],
      enterpriseIds: [e2.id, e3.id],
      positionsOffered: 6,
      graduatesWanted: 3,
    });
    // e1 again: a visit, not another enterprise
    visits.v3 = await visit('2025-05-01T02:00:00Z', {
      staffIds: [people.li.id],
      enterpriseIds: [e1.id],
      positionsOffered: 4,
    });
    // 23:00 on the last day in Beijing: inside
    visits.v4 = await visit('2025-06-30T15:00:00Z', {
      staffIds: [people.zhao.id],
      enterpriseIds: [e4.id],
      positionsOffered: 1,
    });
    // not counted: 00:30 on 1 July in Beijing, 23:59 on 28 February, a symposium, a deleted visit
    await visit('2025-06-30T16:30:00Z', { staffIds: [people.li.id], enterpriseIds: [e4.id], positionsOffered: 50 });
    await visit('2025-02-28T15:59:00Z', { staffIds: [people.wang.id], enterpriseIds: [e2.id], positionsOffered: 50 });
    await seed.meeting({
      kind: 'symposium',
      startsAt: '2025-04-10T02:00:00Z',
      staffIds: [people.li.id],
      enterpriseIds: [e4.id],
    });
    const deleted = await visit('2025-04-11T02:00:00Z', {
      staffIds: [people.li.id],
      enterpriseIds: [e4.id],
      positionsOffered: 50,
    });
    await h.api('delete', `/api/meetings/${deleted.id}`).expect(200);
    const signed = (enterpriseId: number, signedDate: string | null) =>
      seed.outcome({ enterpriseId, stage: signedDate ? 'signed' : 'negotiating', signedDate });
    outcomes.o1 = await signed(e1.id, '2025-03-20'); // after e1's first visit: li and wang
    outcomes.o2 = await signed(e2.id, '2025-03-01'); // before e2's visit: nobody's
    outcomes.o3 = await signed(e3.id, '2025-04-02'); // on the day of the visit: li
    outcomes.o4 = await signed(e4.id, '2025-07-15'); // after the campaign, after zhao's visit: zhao
    outcomes.o5 = await signed(e1.id, null); // not signed
  });
  afterAll(() => h.close());

  const report = async () =>
    (await h.api('get', `/api/reports/campaign?campaignId=${campaign.id}`).expect(200)).body as CampaignReport;
  const figures = (row: object) => {
    const { quota, visits, enterprises, positions, internsWanted, graduatesWanted, outcomesAfter, done } =
      row as Record<string, unknown>;
    return { quota, visits, enterprises, positions, internsWanted, graduatesWanted, outcomesAfter, done };
  };

  it('counts each leader, unit and the total as a hand count does', async () => {
    const body = await report();
    const row = (person: ApiRecord) => body.rows.find((candidate) => candidate.staffId === person.id)!;
    expect(body.rows).toHaveLength(4);
    expect(figures(row(people.li))).toEqual({
      quota: 4,
      visits: 3,
      enterprises: 3,
      positions: 20,
      internsWanted: 5,
      graduatesWanted: 5,
      outcomesAfter: 2,
      done: 0.75,
    });
    expect(figures(row(people.wang))).toEqual({
      quota: 2,
      visits: 1,
      enterprises: 1,
      positions: 10,
      internsWanted: 5,
      graduatesWanted: 2,
      outcomesAfter: 1,
      done: 0.5,
    });
    expect(figures(row(people.zhao))).toEqual({
      quota: null,
      visits: 1,
      enterprises: 1,
      positions: 1,
      internsWanted: 0,
      graduatesWanted: 0,
      outcomesAfter: 1,
      done: null,
    });
    expect(figures(row(people.qian))).toEqual({
      quota: 3,
      visits: 0,
      enterprises: 0,
      positions: 0,
      internsWanted: 0,
      graduatesWanted: 0,
      outcomesAfter: 0,
      done: 0,
    });
    expect(row(people.li)).toMatchObject({
      name: '李书记',
      unitId: units.college.id,
      meetingIds: [visits.v1.id, visits.v2.id, visits.v3.id],
      outcomeIds: [outcomes.o1.id, outcomes.o3.id],
    });
    // the visit li and wang made together counts once for their college
    const unit = (id: number) => figures(body.units.find((candidate) => candidate.unitId === id)!);
    expect(unit(units.college.id)).toEqual({
      quota: 6,
      visits: 3,
      enterprises: 3,
      positions: 20,
      internsWanted: 5,
      graduatesWanted: 5,
      outcomesAfter: 2,
      done: 0.5,
    });
    expect(unit(units.office.id)).toEqual({
      quota: 3,
      visits: 1,
      enterprises: 1,
      positions: 1,
      internsWanted: 0,
      graduatesWanted: 0,
      outcomesAfter: 1,
      done: 1 / 3,
    });
    expect(figures(body.totals)).toEqual({
      quota: 9,
      visits: 4,
      enterprises: 4,
      positions: 21,
      internsWanted: 5,
      graduatesWanted: 5,
      outcomesAfter: 3,
      done: 4 / 9,
    });
  });

  it('opens the records behind a figure: the meeting list filtered by its ids', async () => {
    const { totals } = await report();
    const listed = (await h.api('get', `/api/meetings?filter=${q({ id: totals.meetingIds })}`).expect(200))
      .body as ApiRecord[];
    expect(listed.map((meeting) => meeting.id).sort((a, b) => a - b)).toEqual(
      [visits.v1.id, visits.v2.id, visits.v3.id, visits.v4.id].sort((a, b) => a - b),
    );
    const signedAfter = (await h.api('get', `/api/outcomes?filter=${q({ id: totals.outcomeIds })}`).expect(200))
      .body as ApiRecord[];
    expect(signedAfter.map((outcome) => outcome.id).sort((a, b) => a - b)).toEqual([
      outcomes.o1.id,
      outcomes.o3.id,
      outcomes.o4.id,
    ]);
  });

  it('gives the same figures as a sheet headed in the ministry’s words, numbers as numbers', async () => {
    const response = await h
      .api('get', `/api/reports/campaign?campaignId=${campaign.id}&format=xlsx`)
      .set('Accept-Language', 'zh-CN')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const sheet = workbook.worksheets[0];
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      '姓名',
      '单位',
      '走访任务数',
      '走访次数',
      '走访企业数',
      '拓展岗位数',
      '意向实习人数',
      '意向就业人数',
      '走访后签约成果数',
      '完成率',
    ]);
    const byName = new Map(
      Array.from({ length: sheet.rowCount - 1 }, (_, index) => values(index + 2)).map((row) => [
        `${row[0]}|${row[1]}`,
        row.slice(2),
      ]),
    );
    expect(byName.get('李书记|智能制造学院')).toEqual([4, 3, 3, 20, 5, 5, 2, 0.75]);
    expect(byName.get('赵处长|招生就业处')).toEqual(
      [undefined, 1, 1, 1, 0, 0, 1, undefined].map((value) => value ?? ''),
    );
    expect(byName.get('单位合计|智能制造学院')).toEqual([6, 3, 3, 20, 5, 5, 2, 0.5]);
    expect(byName.get('合计|')).toEqual([9, 4, 4, 21, 5, 5, 3, 4 / 9]);
  });

  it('answers a missing or unknown campaign with the contract’s errors', async () => {
    expectError(await h.api('get', '/api/reports/campaign'), 400, ['campaignId']);
    expectError(await h.api('get', '/api/reports/campaign?campaignId=abc'), 400, ['campaignId']);
    expectError(await h.api('get', `/api/reports/campaign?campaignId=${campaign.id}&format=pdf`), 400, ['format']);
    expectError(await h.api('get', '/api/reports/campaign?campaignId=999999'), 404);
  });

  it('keeps one quota per leader and campaign, and a campaign that ends before it starts is refused', async () => {
    expectError(
      await h
        .api('post', '/api/campaign-quotas')
        .send({ campaignId: campaign.id, staffId: people.li.id, enterprises: 5 }),
      409,
      ['staffId'],
    );
    expectError(
      await h
        .api('post', '/api/campaign-quotas')
        .send({ campaignId: campaign.id, staffId: people.zhao.id, enterprises: 0 }),
      400,
      ['enterprises'],
    );
    expectError(
      await h.api('post', '/api/campaigns').send({ name: 'Backwards', startsOn: '2025-06-01', endsOn: '2025-05-01' }),
      400,
      ['endsOn'],
    );
  });

  describe('Idempotency-Key', () => {
    const count = async () => Number((await h.sql<{ n: number }>('SELECT count(*) AS n FROM "meetings"'))[0].n);
    const visit = (key: string, body: Record<string, unknown> = {}) =>
      h
        .api('post', '/api/meetings')
        .set('Idempotency-Key', key)
        .send({
          title: '走访杭州某科技公司',
          kind: 'visit_made',
          startsAt: '2025-05-20T02:00:00.000Z',
          positionsOffered: 3,
          ...body,
        });

    it('answers the same key again with the first answer, same status and id, and creates nothing', async () => {
      const before = await count();
      const first = await visit('visit-0001').expect(201);
      const again = await visit('visit-0001').expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await count()).toBe(before + 1);
      // the same body with its fields in another order is the same request
      await h
        .api('post', '/api/meetings')
        .set('Idempotency-Key', 'visit-0001')
        .send({
          positionsOffered: 3,
          startsAt: '2025-05-20T02:00:00.000Z',
          kind: 'visit_made',
          title: '走访杭州某科技公司',
        })
        .expect(201);
      expect(await count()).toBe(before + 1);
    });

    it('refuses the same key with another body with a 422, creating nothing', async () => {
      await visit('visit-0002').expect(201);
      const before = await count();
      expectError(await visit('visit-0002', { positionsOffered: 4 }), 422, ['Idempotency-Key']);
      expect(await count()).toBe(before);
    });

    it('keeps keys per account: another account’s same key creates its own record', async () => {
      await h
        .api('post', '/api/staff')
        .send({ name: '孙老师', username: 'sun', password: 'a good password', role: 'office' })
        .expect(201);
      const token = await choosePassword(h.app.getHttpServer(), 'sun', 'a good password', 'her own good password');
      const mine = await visit('visit-0003').expect(201);
      const theirs = await h.http
        .post('/api/meetings')
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', 'visit-0003')
        .send({
          title: '走访杭州某科技公司',
          kind: 'visit_made',
          startsAt: '2025-05-20T02:00:00.000Z',
          positionsOffered: 3,
        })
        .expect(201);
      expect(theirs.body.id).not.toBe(mine.body.id);
    });

    it('lets a refused request be sent again with its key once it is put right', async () => {
      const before = await count();
      expectError(await visit('visit-0004', { kind: 'no-such-kind' }), 400, ['kind']);
      await visit('visit-0004').expect(201);
      expect(await count()).toBe(before + 1);
    });

    it('two requests with one key at the same moment: one creates, the other answers the first answer or 409', async () => {
      const before = await count();
      const answers = await Promise.all([visit('visit-0005'), visit('visit-0005'), visit('visit-0005')]);
      const created = answers.filter((answer) => answer.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
      for (const answer of answers.filter((candidate) => candidate.status !== 201)) expectError(answer, 409);
      expect(await count()).toBe(before + 1);
      // once the first is answered, the key answers it
      expect((await visit('visit-0005').expect(201)).body.id).toBe(created[0].body.id);
    });

    it('keeps a key 24 hours: an older one is forgotten and the request runs again', async () => {
      const first = await visit('visit-0006').expect(201);
      await h.sql(
        `UPDATE "idempotency_keys" SET "createdAt" = ? WHERE "key" = 'visit-0006'`,
        h.databaseUrl
          ? new Date(Date.now() - 25 * 3600_000)
          : new Date(Date.now() - 25 * 3600_000).toISOString().replace('T', ' ').replace('Z', ''),
      );
      expect((await visit('visit-0006').expect(201)).body.id).not.toBe(first.body.id);
    });

    it('refuses a key longer than 200 characters', async () => {
      expectError(await visit('k'.repeat(201)), 400, ['Idempotency-Key']);
    });
  });
});
