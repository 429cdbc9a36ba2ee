import { q } from '../fixtures/assertions';
import { Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/** An enterprise's health signal, computed on read for a page of enterprises. */
describe('health signal', () => {
  let h: Harness;
  let seed: Seed;
  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
  });
  afterAll(() => h.close());

  it("reads an enterprise's health from its live agreements: breadth, and a warning before one ends", async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const inDays = (days: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const enterprise = await seed.enterprise();
    await seed.meeting({ enterpriseIds: [enterprise.id], startsAt: new Date().toISOString() });
    const healthOf = async () => (await h.api('get', `/api/enterprises/${enterprise.id}`).expect(200)).body.health;
    expect(await healthOf()).toMatchObject({ score: 50 + 0 + 20, reasons: [{ code: 'no_live_cooperation' }] });
    await seed.outcome({
      enterpriseId: enterprise.id,
      kind: 'internship_base',
      stage: 'active',
      startDate: inDays(-300),
      endDate: inDays(400),
    });
    const ending = await seed.outcome({
      enterpriseId: enterprise.id,
      kind: 'joint_lab',
      stage: 'signed',
      startDate: inDays(-300),
      endDate: inDays(30),
    });
    expect(await healthOf()).toMatchObject({ score: 50 + 20 + 0, reasons: [{ code: 'agreement_ends', days: 30 }] });
    await h.api('delete', `/api/outcomes/${ending.id}`).expect(200);
    expect(await healthOf()).toMatchObject({ level: 'good', score: 50 + 10 + 20, reasons: [] });
    // the list answers the same signal for a whole page
    const [listed] = (await h.api('get', `/api/enterprises?filter=${q({ id: [enterprise.id] })}`).expect(200)).body;
    expect(listed.health).toEqual(await healthOf());
  });
});
