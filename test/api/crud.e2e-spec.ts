import { RESOURCES } from '../../apps/api/src/resources';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Body, FIXTURES, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * The REST contract for every read/write resource, table-driven: one fixture per resource makes
 * a valid body (creating what it references), and every resource must answer alike.
 */
describe.each(FIXTURES)('$resource', (fixture) => {
  let h: Harness;
  let seed: Seed;
  const url = `/api/${fixture.resource}`;
  const records: ApiRecord[] = [];
  const bodies: Body[] = [];

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
  });
  afterAll(() => h.close());

  const get = async (id: number) => h.api('get', `${url}/${id}`);
  /** The body as the record shows it: sent fields, link lists compared as sets. */
  const shown = (body: Body) =>
    Object.fromEntries(Object.entries(body).filter(([key]) => !fixture.writeOnly?.includes(key)));

  it('creates records and answers each with its id and version 1', async () => {
    for (let i = 0; i < 3; i++) {
      const body = await fixture.body(seed);
      const response = await h.api('post', url).send(body);
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ ...shown(body), id: expect.any(Number), version: 1, deletedAt: null });
      for (const key of fixture.writeOnly ?? []) expect(response.body).not.toHaveProperty(key);
      expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|scrypt\$/);
      records.push(response.body);
      bodies.push(body);
    }
  });

  it('reads each record back as it was created', async () => {
    for (const record of records) {
      const response = await get(record.id);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(record);
    }
  });

  it('lists with Content-Range and X-Total-Count', async () => {
    const response = await h.api('get', url).expect(200);
    const total = response.body.length;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(response.headers['content-range']).toBe(`${fixture.resource} 0-${total - 1}/${total}`);
    expect(response.headers['x-total-count']).toBe(String(total));
    expect(response.body.map((row: ApiRecord) => row.id)).toEqual(expect.arrayContaining(records.map((r) => r.id)));
  });

  it(`sorts by ${fixture.sortField} both ways, id breaking ties`, async () => {
    const asc = (await h.api('get', `${url}?sort=${q([fixture.sortField, 'ASC'])}`).expect(200)).body as ApiRecord[];
    const desc = (await h.api('get', `${url}?sort=${q([fixture.sortField, 'DESC'])}`).expect(200)).body as ApiRecord[];
    const values = asc.map((row) => row[fixture.sortField] as string | number);
    for (let i = 1; i < values.length; i++) expect(values[i - 1] <= values[i]).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(1);
    expect(desc.map((row) => row.id)).toEqual(asc.map((row) => row.id).reverse());
    const byId = (await h.api('get', `${url}?sort=${q(['id', 'DESC'])}`).expect(200)).body as ApiRecord[];
    expect(byId.map((row) => row.id)).toEqual(byId.map((row) => row.id).sort((a, b) => b - a));
  });

  it('pages with range and says where the page is', async () => {
    const all = (await h.api('get', `${url}?sort=${q(['id', 'ASC'])}`).expect(200)).body as ApiRecord[];
    const total = all.length;
    const page = await h.api('get', `${url}?sort=${q(['id', 'ASC'])}&range=${q([1, 2])}`).expect(200);
    expect(page.body.map((row: ApiRecord) => row.id)).toEqual(all.slice(1, 3).map((row) => row.id));
    expect(page.headers['content-range']).toBe(`${fixture.resource} 1-2/${total}`);
    const beyond = await h.api('get', `${url}?range=${q([total + 10, total + 19])}`).expect(200);
    expect(beyond.body).toEqual([]);
    expect(beyond.headers['x-total-count']).toBe(String(total));
  });

  it('gets many by filter={"id":[…]} without a range, all of them and only them', async () => {
    const ids = [records[0].id, records[2].id];
    const response = await h.api('get', `${url}?filter=${q({ id: ids })}`).expect(200);
    expect(response.body.map((row: ApiRecord) => row.id).sort()).toEqual([...ids].sort());
    expect(response.headers['content-range']).toBe(`${fixture.resource} 0-1/2`);
    const none = await h.api('get', `${url}?filter=${q({ id: [] })}`).expect(200);
    expect(none.body).toEqual([]);
    expect(none.headers['x-total-count']).toBe('0');
  });

  it(`filters by equality on ${fixture.filterField}, by operators and by q`, async () => {
    const target = records[1];
    const equal = (
      await h.api('get', `${url}?filter=${q({ [fixture.filterField]: target[fixture.filterField] })}`).expect(200)
    ).body as ApiRecord[];
    expect(equal.map((row) => row.id)).toContain(target.id);
    for (const row of equal) expect(row[fixture.filterField]).toEqual(target[fixture.filterField]);
    expect(equal.length).toBeLessThan(records.length);

    const anyOf = (
      await h
        .api(
          'get',
          `${url}?filter=${q({ [fixture.filterField]: [records[0][fixture.filterField], target[fixture.filterField]] })}`,
        )
        .expect(200)
    ).body as ApiRecord[];
    expect(anyOf.map((row) => row.id)).toEqual(expect.arrayContaining([records[0].id, target.id]));

    const from = (await h.api('get', `${url}?filter=${q({ id_gte: target.id, id_lte: records[2].id })}`).expect(200))
      .body as ApiRecord[];
    expect(from.map((row) => row.id).sort()).toEqual([target.id, records[2].id].sort());
    const strict = (
      await h.api('get', `${url}?filter=${q({ id_gt: records[0].id, id_lt: records[2].id })}`).expect(200)
    ).body as ApiRecord[];
    expect(strict.map((row) => row.id)).toEqual([target.id]);
    const not = (
      await h.api('get', `${url}?filter=${q({ id: records.map((r) => r.id), id_neq: target.id })}`).expect(200)
    ).body as ApiRecord[];
    expect(not.map((row) => row.id).sort()).toEqual([records[0].id, records[2].id].sort());

    const found = (await h.api('get', `${url}?filter=${q({ q: fixture.search(target) })}`).expect(200))
      .body as ApiRecord[];
    expect(found.map((row) => row.id)).toContain(target.id);
    const nothing = await h.api('get', `${url}?filter=${q({ q: 'zz-no-such-text-zz' })}`).expect(200);
    expect(nothing.body).toEqual([]);
  });

  it("filters by a record's own createdAt exactly: equal, from and until it", async () => {
    const target = records[1];
    for (const filter of [
      { createdAt: target.createdAt },
      { createdAt_gte: target.createdAt, createdAt_lte: target.createdAt },
    ]) {
      const rows = (await h.api('get', `${url}?filter=${q({ id: records.map((r) => r.id), ...filter })}`).expect(200))
        .body as ApiRecord[];
      expect(rows.map((row) => row.id)).toContain(target.id);
    }
  });

  it('updates with the version read, answering the new record, version + 1', async () => {
    const record = records[0];
    const change = await fixture.change(seed);
    const response = await h.api('put', `${url}/${record.id}`).send({ ...change, version: record.version });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ...change, id: record.id, version: record.version + 1 });
    expect((await get(record.id)).body).toEqual(response.body);
    records[0] = response.body;
  });

  it('refuses a stale version with 409 carrying the current record, and changes nothing', async () => {
    const record = records[0];
    const before = (await get(record.id)).body;
    const response = await h
      .api('put', `${url}/${record.id}`)
      .send({ ...(await fixture.change(seed)), version: record.version - 1 });
    expectError(response, 409, ['version']);
    expect(response.body.current).toEqual(before);
    expect((await get(record.id)).body).toEqual(before);
  });

  it('takes back a record exactly as read (GET then PUT, as the stock provider sends it)', async () => {
    const read = (await get(records[1].id)).body;
    const response = await h.api('put', `${url}/${read.id}`).send(read);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...read, version: read.version + 1, updatedAt: expect.any(String) });
    records[1] = response.body;
  });

  it('deletes softly: 200 with the record, gone from reads, in the bin, restorable', async () => {
    const record = records[2];
    const response = await h.api('delete', `${url}/${record.id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: record.id, version: record.version + 1, deletedAt: expect.any(String) });
    expectError(await get(record.id), 404);
    const list = (await h.api('get', url).expect(200)).body as ApiRecord[];
    expect(list.map((row) => row.id)).not.toContain(record.id);
    const many = (await h.api('get', `${url}?filter=${q({ id: [record.id, records[0].id] })}`).expect(200))
      .body as ApiRecord[];
    expect(many.map((row) => row.id)).toEqual([records[0].id]);
    const bin = (await h.api('get', `${url}?filter=${q({ deleted: true })}`).expect(200)).body as ApiRecord[];
    expect(bin.map((row) => row.id)).toEqual([record.id]);
    expectError(await h.api('delete', `${url}/${record.id}`), 404);
    expectError(await h.api('put', `${url}/${record.id}`).send({ version: record.version + 1 }), 404);

    const restored = await h.api('post', `${url}/${record.id}/restore`);
    expect(restored.status).toBe(201);
    expect(restored.body).toMatchObject({ id: record.id, deletedAt: null, version: record.version + 2 });
    expect((await get(record.id)).body).toEqual(restored.body);
    expectError(await h.api('post', `${url}/${record.id}/restore`), 404);
  });

  it('answers 404 in the error shape for a missing id, and 400 for an id that is not one', async () => {
    expectError(await get(999999), 404);
    expectError(await h.api('put', `${url}/999999`).send({ version: 1 }), 404);
    expectError(await h.api('delete', `${url}/999999`), 404);
    expectError(await h.api('post', `${url}/999999/restore`), 404);
    expectError(await get('abc' as unknown as number), 400, ['id']);
  });

  it('writes an audit event for create, update, delete and restore with before and after', async () => {
    const events = (
      await h
        .api(
          'get',
          `/api/audit-events?filter=${q({ resource: fixture.resource, recordId: records[2].id })}&sort=${q(['id', 'ASC'])}`,
        )
        .expect(200)
    ).body as { action: string; before: Body | null; after: Body | null; actorName: string }[];
    expect(events.map((event) => event.action)).toEqual(['create', 'delete', 'restore']);
    expect(events[0].before).toBeNull();
    expect(events[0].after).toMatchObject({ id: records[2].id, version: 1 });
    expect(events[1].before).toMatchObject({ deletedAt: null });
    expect(events[1].after).toMatchObject({ deletedAt: expect.any(String) });
    expect(events.every((event) => event.actorName === 'Administrator 系统管理员')).toBe(true);
    const updates = (
      await h
        .api(
          'get',
          `/api/audit-events?filter=${q({ resource: fixture.resource, recordId: records[0].id, action: 'update' })}`,
        )
        .expect(200)
    ).body;
    expect(updates).toHaveLength(1);
    expect(updates[0].before.version).toBe(1);
    expect(updates[0].after.version).toBe(2);
    expect(JSON.stringify(events)).not.toMatch(/passwordHash|scrypt\$/);
  });
});

describe('the registry of resources', () => {
  it('has a fixture for every resource written as JSON (attachments are uploaded files, registrations come from the public: each tested on their own)', () => {
    const written = RESOURCES.map((declaration) => declaration.resource).filter(
      (resource) => resource !== 'attachments' && resource !== 'registrations',
    );
    expect(FIXTURES.map((fixture) => fixture.resource).sort()).toEqual(written.sort());
  });
});
