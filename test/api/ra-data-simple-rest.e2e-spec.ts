import type { AddressInfo } from 'node:net';
import simpleRestProvider from 'ra-data-simple-rest';
import { DataProvider, fetchUtils } from 'ra-core';
import { FIXTURES, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * react-admin's stock data provider, unchanged, against the real server over real HTTP (Node's
 * fetch), with only an httpClient that adds the token — as the dashboard would use it.
 */
describe('the stock ra-data-simple-rest provider', () => {
  let h: Harness;
  let seed: Seed;
  let provider: DataProvider;

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    await h.app.listen(0, '127.0.0.1');
    const { port } = h.app.getHttpServer().address() as AddressInfo;
    const httpClient = (url: string, options: fetchUtils.Options = {}) =>
      fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${h.token}` } });
    provider = simpleRestProvider(`http://127.0.0.1:${port}/api`, httpClient);
  });
  afterAll(() => h.close());

  describe.each(FIXTURES)('$resource', ({ resource, body, change, sortField, writeOnly }) => {
    it('creates, lists, reads one and many, updates, deletes', async () => {
      const data = await body(seed);
      const { data: created } = await provider.create(resource, { data });
      expect(created).toMatchObject({ id: expect.any(Number), version: 1 });
      for (const key of Object.keys(data).filter((key) => !writeOnly?.includes(key)))
        expect(created[key]).toEqual(data[key]);
      const second = (await provider.create(resource, { data: await body(seed) })).data;

      const list = await provider.getList(resource, {
        pagination: { page: 1, perPage: 1 },
        sort: { field: sortField, order: 'DESC' },
        filter: {},
      });
      expect(list.data).toHaveLength(1);
      expect(list.total).toBeGreaterThanOrEqual(2);
      const filtered = await provider.getList(resource, {
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'id', order: 'ASC' },
        filter: { id: [created.id] },
      });
      expect(filtered).toMatchObject({ total: 1, data: [{ id: created.id }] });

      const { data: one } = await provider.getOne(resource, { id: created.id });
      expect(one).toEqual(created);
      const { data: many } = await provider.getMany(resource, { ids: [created.id, second.id] });
      expect(many.map((record) => record.id).sort()).toEqual([created.id, second.id].sort());

      // react-admin's edit form sends back the whole record it read, with the changed fields
      const changes = await change(seed);
      const { data: updated } = await provider.update(resource, {
        id: created.id,
        data: { ...one, ...changes },
        previousData: one,
      });
      expect(updated).toMatchObject({ ...changes, id: created.id, version: 2 });
      await expect(
        provider.update(resource, { id: created.id, data: { ...one, ...changes }, previousData: one }),
      ).rejects.toMatchObject({
        status: 409,
        body: { statusCode: 409, current: { id: created.id, version: 2 } },
      });

      const { data: deleted } = await provider.delete(resource, { id: created.id, previousData: updated });
      expect(deleted).toMatchObject({ id: created.id, deletedAt: expect.any(String) });
      await expect(provider.getOne(resource, { id: created.id })).rejects.toMatchObject({ status: 404 });
      const { data: deletedIds } = await provider.deleteMany(resource, { ids: [second.id] });
      expect(deletedIds).toEqual([second.id]);
    });
  });

  it('gets many by reference: the contacts of an enterprise, a page at a time', async () => {
    const enterprise = await seed.enterprise();
    const contacts = [
      await seed.contact(enterprise.id),
      await seed.contact(enterprise.id),
      await seed.contact(enterprise.id),
    ];
    await seed.contact();
    const meeting = await seed.meeting({ enterpriseIds: [enterprise.id] });
    await seed.meeting();
    const page = await provider.getManyReference('contacts', {
      target: 'enterpriseId',
      id: enterprise.id,
      pagination: { page: 1, perPage: 2 },
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(page.total).toBe(3);
    expect(page.data.map((contact) => contact.id)).toEqual(contacts.slice(0, 2).map((contact) => contact.id));
    const meetings = await provider.getManyReference('meetings', {
      target: 'enterpriseIds',
      id: enterprise.id,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'startsAt', order: 'DESC' },
      filter: { q: '' },
    });
    expect(meetings).toMatchObject({ total: 1, data: [{ id: meeting.id, enterpriseIds: [enterprise.id] }] });
  });

  it('reads the audit trail as a list', async () => {
    const { data, total } = await provider.getList('audit-events', {
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'id', order: 'DESC' },
      filter: { resource: 'contacts' },
    });
    expect(total).toBeGreaterThan(0);
    expect(data.every((event) => event.resource === 'contacts')).toBe(true);
  });

  it('turns a refused write into an HttpError carrying the field errors', async () => {
    await expect(
      provider.create('enterprises', { data: { name: 'Bad', uscc: '91330100MA00000000' } }),
    ).rejects.toMatchObject({
      status: 400,
      body: { statusCode: 400, errors: { uscc: expect.any(String) } },
    });
  });
});
