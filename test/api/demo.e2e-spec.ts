import { isValidUscc, type CampaignReport } from '@crm/domain';
import { DEMO_VISIT_MINUTES } from '../../apps/api/src/demo/campaign';
import { Harness, startHarness } from './harness';

/** The demo of CRM_DEMO_DATA=1: the seed article's event, then two academic years of history. */
describe('demo data', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness({ CRM_DEMO_DATA: '1' })), 60_000);
  afterAll(() => h.close());

  const total = async (resource: string, filter: object = {}) =>
    Number(
      (
        await h
          .api('get', `/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,0]`)
          .expect(200)
      ).headers['x-total-count'],
    );

  it('holds the symposium of 21 March 2024 with the chamber and its 28 enterprises', async () => {
    const [chamber] = (await h.api('get', `/api/chambers?filter=${encodeURIComponent('{"q":"浙江商会"}')}`).expect(200))
      .body;
    expect(chamber.name).toBe('上海市浙江商会');
    expect(chamber.memberCount).toBeGreaterThanOrEqual(28);
    const meetings = (
      await h
        .api(
          'get',
          `/api/meetings?filter=${encodeURIComponent(JSON.stringify({ chamberIds: [chamber.id], startsAt_gte: '2024-03-21', startsAt_lt: '2024-03-22' }))}&sort=["startsAt","ASC"]`,
        )
        .expect(200)
    ).body;
    expect(meetings.map((m: { kind: string }) => m.kind)).toEqual(['symposium', 'visit_received']);
    const symposium = meetings[0];
    expect(symposium.enterpriseIds).toHaveLength(28);
    expect(symposium.academicYear).toBe('2023-2024');
    const chair = (await h.api('get', `/api/staff/${symposium.chairId}`).expect(200)).body;
    expect(chair.name).toBe('Huang Lixin');
    const enterprises = (
      await h
        .api('get', `/api/enterprises?filter=${encodeURIComponent(JSON.stringify({ id: symposium.enterpriseIds }))}`)
        .expect(200)
    ).body;
    const names = enterprises.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['江朗科技有限公司', '雷辉生态集团']));
    const people = (
      await h
        .api('get', `/api/contacts?filter=${encodeURIComponent(JSON.stringify({ id: symposium.contactIds }))}`)
        .expect(200)
    ).body;
    const byName = Object.fromEntries(people.map((p: { name: string; title: string }) => [p.name, p.title]));
    expect(byName).toMatchObject({
      'Yu Qifeng': '副会长',
      'Yu Qiuqin': '副秘书长',
      'Chen Boqin': '董事长',
      'Lei Lei': '总经理',
    });
    expect(chair.title).toBe('副校长');
  });

  it("finds the article's enterprises by their Chinese name and by the English one the article gives", async () => {
    const search = async (q: string) =>
      (await h.api('get', `/api/enterprises?filter=${encodeURIComponent(JSON.stringify({ q }))}`).expect(200)).body.map(
        (e: { name: string }) => e.name,
      );
    for (const q of ['江朗', 'Jianglang', '江朗科技', 'jianglang technology'])
      expect(await search(q)).toContain('江朗科技有限公司');
    for (const q of ['雷辉', 'Leihui']) expect(await search(q)).toContain('雷辉生态集团');
  });

  it('is written in Chinese: majors under their national codes, titles, outcomes and tasks', async () => {
    const majors = (await h.api('get', `/api/majors?filter=${encodeURIComponent('{"code":"510201"}')}`).expect(200))
      .body;
    expect(majors.map((m: { name: string }) => m.name)).toEqual(['计算机应用技术']);
    const han = /[\u4e00-\u9fff]/;
    for (const resource of ['enterprises', 'chambers', 'units', 'majors', 'outcomes', 'tasks', 'meetings']) {
      const records = (await h.api('get', `/api/${resource}?range=[0,49]`).expect(200)).body as {
        name?: string;
        title?: string;
      }[];
      const latin = records.map((r) => r.name ?? r.title ?? '').filter((text) => !han.test(text));
      expect({ resource, latin }).toEqual({ resource, latin: [] });
    }
    const staff = (await h.api('get', '/api/staff?range=[0,99]').expect(200)).body as { title: string | null }[];
    expect(staff.filter((s) => s.title && !han.test(s.title))).toEqual([]);
  });

  it('has the sizes the demo promises, with valid USCCs and every outcome kind and stage', async () => {
    expect(await total('chambers')).toBe(3);
    expect(await total('enterprises')).toBe(200);
    const enterprises = (await h.api('get', '/api/enterprises?range=[0,999]').expect(200)).body as {
      uscc: string | null;
    }[];
    const codes = enterprises.map((e) => e.uscc).filter((code): code is string => code !== null);
    expect(codes.length).toBeGreaterThan(150);
    expect(codes.filter((code) => !isValidUscc(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(await total('contacts')).toBe(400);
    // the generator's 120, and the visits of the demo's campaign (demo/campaign.ts)
    const campaignVisits = Number(
      (await h.sql<{ n: number }>('SELECT count(*) AS n FROM "meetings" WHERE "minutes" = ?', DEMO_VISIT_MINUTES))[0].n,
    );
    expect(campaignVisits).toBeGreaterThan(0);
    expect(await total('meetings')).toBe(120 + campaignVisits);
    expect(await total('units')).toBe(10);
    expect(await total('majors')).toBeGreaterThanOrEqual(25);
    expect(await total('intakes')).toBeGreaterThan(0);
    expect(await total('tasks')).toBeGreaterThan(200);
    expect(await total('teacher-practices')).toBeGreaterThan(0);
    const outcomes = (await h.api('get', '/api/outcomes?range=[0,999]').expect(200)).body as {
      kind: string;
      stage: string;
    }[];
    expect(new Set(outcomes.map((o) => o.kind)).size).toBe(12);
    expect(new Set(outcomes.map((o) => o.stage)).size).toBe(7);
    expect(await total('enterprises', { relationshipStage: 'partner' })).toBeGreaterThan(0);
    expect(await total('audit-events')).toBeGreaterThan(1000);
  });

  it('has a 访企拓岗 campaign of this year with the leaders’ quotas and visits that brought positions, the admin’s own among them', async () => {
    const [campaign] = (await h.api('get', '/api/campaigns').expect(200)).body;
    expect(campaign.name).toMatch(/^\d{4}年访企拓岗促就业专项行动$/);
    const report = (await h.api('get', `/api/reports/campaign?campaignId=${campaign.id}`).expect(200))
      .body as CampaignReport;
    const withQuota = report.rows.filter((row) => row.quota !== null);
    expect(withQuota.length).toBeGreaterThanOrEqual(3);
    expect(withQuota.filter((row) => row.quota === 100).length).toBeGreaterThanOrEqual(1);
    expect(report.totals.positions).toBeGreaterThan(0);
    const me = (await h.api('get', '/api/auth/me').expect(200)).body;
    expect(report.rows.find((row) => row.staffId === me.id)).toMatchObject({ quota: 20, visits: expect.any(Number) });
  });
});
