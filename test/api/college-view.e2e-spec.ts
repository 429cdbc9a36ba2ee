import { addDays, chinaDay } from '@crm/domain';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * A college's own view: its outcomes, their partners, the meetings its staff attend or its outcomes
 * came out of, and its tasks — as list filters (`unitId`) and as the home figures of that college,
 * each figure the count of the list it opens.
 */
describe('a college’s own view', () => {
  let h: Harness;
  let seed: Seed;
  const today = chinaDay(new Date());
  const ids: Record<string, number> = {};
  const listIds = async (resource: string, filter: object) =>
    ((await h.api('get', `/api/${resource}?filter=${q(filter)}&range=[0,99]`).expect(200)).body as ApiRecord[])
      .map((record) => record.id)
      .sort((a, b) => a - b);

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    const [collegeA, collegeB] = [await seed.college(), await seed.college()];
    const teacherA = await seed.create('staff', { name: '王老师', unitId: collegeA.id });
    const teacherB = await seed.create('staff', { name: '赵老师', unitId: collegeB.id });
    const chamber = await seed.chamber();
    const [partnerA, prospectA, partnerB] = [await seed.enterprise(), await seed.enterprise(), await seed.enterprise()];
    const startsAt = new Date(Date.now() - 86_400_000).toISOString();
    // chaired by B's teacher, but A's internship base came out of it
    const bornHere = await seed.meeting({ startsAt, chairId: teacherB.id });
    const attendedByA = await seed.meeting({ startsAt, staffIds: [teacherA.id] });
    const onlyB = await seed.meeting({ startsAt, staffIds: [teacherB.id] });
    const base = await seed.outcome({
      unitId: collegeA.id,
      enterpriseId: partnerA.id,
      chamberId: chamber.id,
      meetingId: bornHere.id,
      stage: 'active',
      capacity: 30,
      startDate: addDays(today, -300),
      endDate: addDays(today, 10),
    });
    const lab = await seed.outcome({
      unitId: collegeA.id,
      enterpriseId: prospectA.id,
      kind: 'joint_lab',
      stage: 'idea',
    });
    await seed.outcome({ unitId: collegeB.id, enterpriseId: partnerB.id, stage: 'active', capacity: 50 });
    const yesterday = addDays(today, -1);
    const ownTask = await seed.create('tasks', {
      title: '回访',
      assigneeId: teacherA.id,
      enterpriseId: partnerA.id,
      dueDate: yesterday,
    });
    const onItsOutcome = await seed.create('tasks', {
      title: '起草协议',
      assigneeId: teacherB.id,
      outcomeId: lab.id,
      dueDate: yesterday,
    });
    await seed.create('tasks', {
      title: 'B 的任务',
      assigneeId: teacherB.id,
      enterpriseId: partnerB.id,
      dueDate: yesterday,
    });
    Object.assign(ids, {
      collegeA: collegeA.id,
      chamber: chamber.id,
      partnerA: partnerA.id,
      prospectA: prospectA.id,
      bornHere: bornHere.id,
      attendedByA: attendedByA.id,
      onlyB: onlyB.id,
      base: base.id,
      lab: lab.id,
      ownTask: ownTask.id,
      onItsOutcome: onItsOutcome.id,
    });
  });
  afterAll(() => h.close());

  it('lists the enterprises of its outcomes, the meetings of its staff and outcomes, and its tasks', async () => {
    const unitId = ids.collegeA;
    expect(await listIds('enterprises', { unitId })).toEqual([ids.partnerA, ids.prospectA]);
    expect(await listIds('meetings', { unitId: [unitId] })).toEqual([ids.bornHere, ids.attendedByA]);
    expect(await listIds('tasks', { unitId })).toEqual([ids.ownTask, ids.onItsOutcome]);
    expect(await listIds('outcomes', { unitId })).toEqual([ids.base, ids.lab]);
  });

  it('gives the home figures of that college, each the count of the list its figure opens', async () => {
    const unitId = ids.collegeA;
    const home = (await h.api('get', `/api/reports/home?unitId=${unitId}`).expect(200)).body;
    expect(home).toMatchObject({
      unitId,
      today,
      activePartners: 1,
      meetingsThisYear: 2,
      activeInternshipBases: 1,
      internshipCapacity: 30,
      expiringAgreements: 1,
      overdueTasks: 2,
      topChambers: [{ chamberId: ids.chamber, outcomes: 1, liveOutcomes: 1 }],
    });
    expect(home.outcomesByKindAndStage).toEqual([
      { kind: 'internship_base', stage: 'active', count: 1 },
      { kind: 'joint_lab', stage: 'idea', count: 1 },
    ]);
    expect(home.meetingsPerMonth.reduce((sum: number, month: { meetings: number }) => sum + month.meetings, 0)).toBe(2);
    expect(await listIds('enterprises', { unitId, relationshipStage: 'partner' })).toEqual([ids.partnerA]);
    expect((await listIds('tasks', { unitId, doneAt: null, dueDate_lt: today })).length).toBe(home.overdueTasks);
    // the whole school's figures are unchanged by the switch
    const school = (await h.api('get', '/api/reports/home').expect(200)).body;
    expect(school).toMatchObject({ unitId: null, activeInternshipBases: 2, internshipCapacity: 80, overdueTasks: 3 });
  });

  it('refuses a unit that is not an id with a 400 naming the field', async () => {
    expectError(await h.api('get', '/api/reports/home?unitId=college'), 400, ['unitId']);
    expectError(await h.api('get', `/api/enterprises?filter=${q({ unitId: 'college' })}`), 400, ['filter']);
  });
});
