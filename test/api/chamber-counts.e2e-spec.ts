import { q } from '../fixtures/assertions';
import { Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/** A chamber's member and outcome counts, which its list and show page carry, follow every write at once. */
describe('chamber member and outcome counts', () => {
  let h: Harness;
  let seed: Seed;
  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
  });
  afterAll(() => h.close());

  it('counts live memberships and live outcomes of every stage, on the list and the show page alike', async () => {
    const [chamber, other] = [await seed.chamber(), await seed.chamber()];
    const counts = async () => {
      const shown = (await h.api('get', `/api/chambers/${chamber.id}`).expect(200)).body;
      const listed = (await h.api('get', `/api/chambers?filter=${q({ id: [chamber.id, other.id] })}`).expect(200)).body;
      expect(listed.find((row: { id: number }) => row.id === chamber.id)).toMatchObject({
        memberCount: shown.memberCount,
        outcomeCount: shown.outcomeCount,
      });
      const elsewhere = listed.find((row: { id: number }) => row.id === other.id);
      return [shown.memberCount, shown.outcomeCount, elsewhere.memberCount, elsewhere.outcomeCount];
    };
    const join = async (chamberId: number) =>
      (
        await h
          .api('post', '/api/memberships')
          .send({ enterpriseId: (await seed.enterprise()).id, chamberId, role: 'member' })
          .expect(201)
      ).body;
    await join(other.id);
    expect(await counts()).toEqual([0, 0, 1, 0]);
    const first = await join(chamber.id);
    await join(chamber.id);
    const brought = await seed.outcome({ chamberId: chamber.id, stage: 'idea' });
    await seed.outcome({ chamberId: chamber.id, stage: 'active', startDate: '2024-01-01', endDate: '2030-01-01' });
    expect(await counts()).toEqual([2, 2, 1, 0]);
    await h.api('delete', `/api/memberships/${first.id}`).expect(200);
    await h.api('delete', `/api/outcomes/${brought.id}`).expect(200);
    expect(await counts()).toEqual([1, 1, 1, 0]);
    await h.api('post', `/api/memberships/${first.id}/restore`).expect(201);
    expect(await counts()).toEqual([2, 1, 1, 0]);
    // moved to the other chamber: counted there, no longer here
    const moved = (await h.api('get', `/api/memberships/${first.id}`).expect(200)).body;
    await h
      .api('put', `/api/memberships/${first.id}`)
      .send({ version: moved.version, chamberId: other.id })
      .expect(200);
    expect(await counts()).toEqual([1, 1, 2, 0]);
  });
});
