import { academicYearOf, LIVE_OUTCOME_STAGES } from '@crm/domain';
import { Clock } from '../../apps/api/src/common/clock';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/** Leadership's questions, on a small hand-built set whose answers are counted by hand below. */
describe('the pipeline: funnel, stale partners, chamber attribution, year over year', () => {
  let h: Harness;
  let seed: Seed;
  let e: ApiRecord[];
  let chambers: Record<'z' | 'q' | 'w', ApiRecord>;
  let owner: ApiRecord;

  const total = async (resource: string, filter: object) =>
    Number(
      (await h.api('get', `/api/${resource}?filter=${q(filter)}&range=[0,0]`).expect(200)).headers['x-total-count'],
    );

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    jest.spyOn(h.app.get(Clock), 'now').mockReturnValue(new Date('2025-03-10T04:00:00Z'));
    owner = await seed.staff();
    chambers = {
      z: await seed.chamber({ name: 'Zhejiang Chamber' }),
      q: await seed.chamber({ name: 'Quiet Association' }),
      w: await seed.chamber({ name: 'Waiting Alliance' }),
    };
    e = [];
    for (let i = 0; i < 7; i++) e.push(await seed.enterprise(i === 0 ? { ownerId: owner.id } : {}));
    const member = (enterprise: ApiRecord, chamber: ApiRecord) =>
      seed.create('memberships', { enterpriseId: enterprise.id, chamberId: chamber.id });
    for (const enterprise of [e[0], e[1], e[2], e[3]]) await member(enterprise, chambers.z);
    await member(e[3], chambers.q);
    await member(e[4], chambers.q);
    const leftZ = await member(e[4], chambers.z);
    await h.api('delete', `/api/memberships/${leftZ.id}`).expect(200);

    const m1 = await seed.meeting({
      kind: 'symposium',
      startsAt: '2024-03-21T06:00:00Z',
      chamberIds: [chambers.z.id],
      enterpriseIds: [e[0].id, e[1].id, e[5].id],
    });
    await seed.meeting({
      kind: 'visit_made',
      startsAt: '2024-10-10T02:00:00Z',
      chamberIds: [chambers.q.id],
      enterpriseIds: [e[3].id],
    });
    const m3 = await seed.meeting({
      startsAt: '2024-04-10T02:00:00Z',
      chamberIds: [chambers.z.id],
      enterpriseIds: [e[2].id],
    });
    await h.api('delete', `/api/meetings/${m3.id}`).expect(200);

    const o1 = await seed.outcome({
      enterpriseId: e[0].id,
      chamberId: chambers.z.id,
      meetingId: m1.id,
      stage: 'active',
      startDate: '2024-04-01',
      signedDate: '2024-04-01',
      endDate: '2027-03-31',
    });
    await seed.outcome({ enterpriseId: e[1].id, meetingId: m1.id, stage: 'negotiating', startDate: '2024-05-01' });
    await seed.outcome({
      enterpriseId: e[4].id,
      chamberId: chambers.q.id,
      stage: 'idea',
      startDate: '2024-11-01',
      kind: 'joint_lab',
    });
    await seed.outcome({ enterpriseId: e[5].id, stage: 'active', startDate: '2024-06-01', endDate: '2027-05-31' });
    await seed.create('intakes', {
      outcomeId: o1.id,
      majorId: (await seed.major()).id,
      academicYear: '2023-2024',
      term: 'spring',
      positions: 5,
      placed: 3,
      hired: 1,
    });
  });
  afterAll(() => h.close());

  it('counts live enterprises per relationship stage, each count the enterprise list filtered by it', async () => {
    const funnel = (await h.api('get', '/api/reports/funnel').expect(200)).body;
    expect(funnel).toEqual([
      { stage: 'prospect', count: 2 },
      { stage: 'engaged', count: 1 },
      { stage: 'negotiating', count: 2 },
      { stage: 'partner', count: 2 },
      { stage: 'lapsed', count: 0 },
    ]);
    for (const { stage, count } of funnel) expect(await total('enterprises', { relationshipStage: stage })).toBe(count);
  });

  it('lists partners nobody met for six months, never-met first, with their owner', async () => {
    const stale = (await h.api('get', '/api/reports/stale-partners').expect(200)).body;
    expect(stale).toMatchObject({ months: 6, since: '2024-09-10', total: 2 });
    expect(stale.partners).toEqual(
      [
        {
          enterpriseId: e[5].id,
          name: e[5].name,
          lastContactDate: '2024-03-21',
          daysSilent: 354,
          ownerId: null,
          ownerName: null,
        },
        {
          enterpriseId: e[0].id,
          name: e[0].name,
          lastContactDate: '2024-03-21',
          daysSilent: 354,
          ownerId: owner.id,
          ownerName: owner.name,
        },
      ].sort((a, b) => a.enterpriseId - b.enterpriseId),
    );
    const year = (await h.api('get', '/api/reports/stale-partners?months=12').expect(200)).body;
    expect(year).toMatchObject({ since: '2024-03-10', total: 0, partners: [] });
    expectError(await h.api('get', '/api/reports/stale-partners?months=0'), 400, ['months']);
  });

  it('ranks chambers by what they brought, every figure the total of a list', async () => {
    const ranking = (await h.api('get', '/api/reports/chambers').expect(200)).body;
    expect(ranking).toEqual([
      {
        chamberId: chambers.z.id,
        name: 'Zhejiang Chamber',
        members: 4,
        engaged: 3,
        partners: 1,
        meetings: 1,
        outcomes: 2,
        signed: 1,
      },
      {
        chamberId: chambers.q.id,
        name: 'Quiet Association',
        members: 2,
        engaged: 1,
        partners: 0,
        meetings: 1,
        outcomes: 1,
        signed: 0,
      },
      {
        chamberId: chambers.w.id,
        name: 'Waiting Alliance',
        members: 0,
        engaged: 0,
        partners: 0,
        meetings: 0,
        outcomes: 0,
        signed: 0,
      },
    ]);
    for (const row of ranking) {
      expect(await total('enterprises', { chamberId: [row.chamberId] })).toBe(row.members);
      expect(await total('enterprises', { engagedInChamberId: [row.chamberId] })).toBe(row.engaged);
      expect(await total('enterprises', { chamberId: [row.chamberId], relationshipStage: 'partner' })).toBe(
        row.partners,
      );
      expect(await total('meetings', { chamberIds: [row.chamberId] })).toBe(row.meetings);
      expect(await total('outcomes', { broughtByChamberId: [row.chamberId] })).toBe(row.outcomes);
      expect(await total('outcomes', { broughtByChamberId: [row.chamberId], stage: [...LIVE_OUTCOME_STAGES] })).toBe(
        row.signed,
      );
    }
  });

  it('counts a chamber’s meetings, engaged members and outcomes within an academic year when asked', async () => {
    const ranking = (await h.api('get', '/api/reports/chambers?academicYear=2024-2025').expect(200)).body;
    expect(
      ranking.map((row: ApiRecord) => [row.name, row.members, row.engaged, row.partners, row.meetings, row.outcomes]),
    ).toEqual([
      ['Quiet Association', 2, 1, 0, 1, 1],
      ['Zhejiang Chamber', 4, 1, 1, 0, 0],
      ['Waiting Alliance', 0, 0, 0, 0, 0],
    ]);
    expectError(await h.api('get', '/api/reports/chambers?academicYear=2024-2026'), 400, ['academicYear']);
  });

  it('gives the home figures of a year beside the year before', async () => {
    const { current, previous } = (await h.api('get', '/api/reports/year?academicYear=2024-2025').expect(200)).body;
    expect(current).toMatchObject({
      academicYear: '2024-2025',
      meetings: 1,
      enterprisesMet: 1,
      outcomes: 1,
      agreementsSigned: 0,
      positions: 0,
      placed: 0,
      hired: 0,
    });
    expect(current.meetingsByKind).toMatchObject({ visit_made: 1, symposium: 0 });
    expect(current.outcomesByKind).toMatchObject({ joint_lab: 1, internship_base: 0 });
    expect(previous).toMatchObject({
      academicYear: '2023-2024',
      meetings: 1,
      enterprisesMet: 3,
      outcomes: 3,
      agreementsSigned: 1,
      positions: 5,
      placed: 3,
      hired: 1,
    });
    expectError(await h.api('get', '/api/reports/year'), 400, ['academicYear']);
  });

  it('shows a partner’s health with its reasons, the yield of its internship bases among them', async () => {
    const partner = await seed.enterprise();
    const base = await seed.outcome({ enterpriseId: partner.id, stage: 'active', capacity: 40 });
    const intake = await seed.create('intakes', {
      outcomeId: base.id,
      majorId: (await seed.major()).id,
      academicYear: academicYearOf(h.app.get(Clock).today()),
      term: 'autumn',
      positions: 20,
      placed: 10,
    });
    const health = async () => (await h.api('get', `/api/enterprises/${partner.id}`).expect(200)).body.health;
    expect((await health()).reasons).toEqual(
      expect.arrayContaining([{ code: 'no_contact_recorded' }, { code: 'low_internship_yield', percent: 25 }]),
    );
    await h.api('put', `/api/intakes/${intake.id}`).send({ version: intake.version, placed: 30 }).expect(200);
    expect((await health()).reasons).not.toContainEqual(expect.objectContaining({ code: 'low_internship_yield' }));
  });
});
