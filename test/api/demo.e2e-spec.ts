import { isValidUscc } from '@crm/domain';
import { Harness, startHarness } from './harness';

/** The demo of CRM_DEMO_DATA=1: the seed article's event, then two academic years of history. */
describe('demo data', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness({ CRM_DEMO_DATA: '1' })), 60_000);
  afterAll(() => h.close());

  const total = async (resource: string, filter: object = {}) =>
    Number((await h.api('get', `/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,0]`).expect(200)).headers['x-total-count']);

  it('holds the symposium of 21 March 2024 with the chamber and its 28 enterprises', async () => {
    const [chamber] = (await h.api('get', `/api/chambers?filter=${encodeURIComponent('{"q":"Zhejiang Chamber"}')}`).expect(200)).body;
    expect(chamber.name).toBe('Zhejiang Chamber of Commerce, Shanghai');
    expect(chamber.memberCount).toBeGreaterThanOrEqual(28);
    const meetings = (await h.api('get', `/api/meetings?filter=${encodeURIComponent(JSON.stringify({ chamberIds: [chamber.id], startsAt_gte: '2024-03-21', startsAt_lt: '2024-03-22' }))}&sort=["startsAt","ASC"]`).expect(200)).body;
    expect(meetings.map((m: { kind: string }) => m.kind)).toEqual(['symposium', 'visit_received']);
    const symposium = meetings[0];
    expect(symposium.enterpriseIds).toHaveLength(28);
    expect(symposium.academicYear).toBe('2023-2024');
    const chair = (await h.api('get', `/api/staff/${symposium.chairId}`).expect(200)).body;
    expect(chair.name).toBe('Huang Lixin');
    const enterprises = (await h.api('get', `/api/enterprises?filter=${encodeURIComponent(JSON.stringify({ id: symposium.enterpriseIds }))}`).expect(200)).body;
    const names = enterprises.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Jianglang Technology Co., Ltd.', 'Leihui Ecological Group']));
    const people = (await h.api('get', `/api/contacts?filter=${encodeURIComponent(JSON.stringify({ id: symposium.contactIds }))}`).expect(200)).body;
    expect(people.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Yu Qifeng', 'Yu Qiuqin', 'Chen Boqin', 'Lei Lei']));
  });

  it('has the sizes the demo promises, with valid USCCs and every outcome kind and stage', async () => {
    expect(await total('chambers')).toBe(3);
    expect(await total('enterprises')).toBe(200);
    const enterprises = (await h.api('get', '/api/enterprises?range=[0,999]').expect(200)).body as { uscc: string | null }[];
    const codes = enterprises.map((e) => e.uscc).filter((code): code is string => code !== null);
    expect(codes.length).toBeGreaterThan(150);
    expect(codes.filter((code) => !isValidUscc(code))).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
    expect(await total('contacts')).toBe(400);
    expect(await total('meetings')).toBe(120);
    expect(await total('units')).toBe(10);
    expect(await total('majors')).toBeGreaterThanOrEqual(25);
    expect(await total('intakes')).toBeGreaterThan(0);
    expect(await total('tasks')).toBeGreaterThan(200);
    const outcomes = (await h.api('get', '/api/outcomes?range=[0,999]').expect(200)).body as { kind: string; stage: string }[];
    expect(new Set(outcomes.map((o) => o.kind)).size).toBe(12);
    expect(new Set(outcomes.map((o) => o.stage)).size).toBe(7);
    expect(await total('enterprises', { relationshipStage: 'partner' })).toBeGreaterThan(0);
    expect(await total('audit-events')).toBeGreaterThan(1000);
  });
});
