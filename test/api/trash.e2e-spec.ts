import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, FIXTURES, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * The trash as the dashboard asks for it: every category's deleted records, newest deleted first
 * (`sort=["deletedAt","DESC"]` with `filter={"deleted":true}`), then one restored and one purged.
 */
describe('the trash', () => {
  let h: Harness;
  let seed: Seed;
  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
  });
  afterAll(() => h.close());

  const trashOf = (resource: string) =>
    `/api/${resource}?filter=${q({ deleted: true })}&sort=${q(['deletedAt', 'DESC'])}&range=${q([0, 99])}`;

  it.each(FIXTURES.map((fixture) => [fixture.resource, fixture] as const))(
    'lists deleted %s newest first, restores one and purges one',
    async (resource, fixture) => {
      const first = await seed.create(resource, await fixture.body(seed));
      const second = await seed.create(resource, await fixture.body(seed));
      await h.api('delete', `/api/${resource}/${first.id}`).expect(200);
      // deletedAt is kept to the millisecond: a pause keeps the two apart
      await new Promise((resolve) => setTimeout(resolve, 15));
      await h.api('delete', `/api/${resource}/${second.id}`).expect(200);

      const trash = (await h.api('get', trashOf(resource)).expect(200)).body as ApiRecord[];
      expect(trash.map((record) => record.id)).toEqual([second.id, first.id]);

      await h.api('post', `/api/${resource}/${second.id}/restore`).expect(201);
      await h.api('delete', `/api/${resource}/${first.id}/purge`).expect(200);
      expect((await h.api('get', trashOf(resource)).expect(200)).body).toEqual([]);
      await h.api('get', `/api/${resource}/${second.id}`).expect(200);
    },
  );

  it('sorts by deletedAt only a list of deleted records', async () => {
    expectError(await h.api('get', `/api/enterprises?sort=${q(['deletedAt', 'DESC'])}`), 400, ['sort']);
    expectError(
      await h.api('get', `/api/enterprises?filter=${q({ deleted: false })}&sort=${q(['deletedAt', 'ASC'])}`),
      400,
      ['sort'],
    );
  });
});
