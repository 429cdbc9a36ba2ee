import Database from 'better-sqlite3';
import fc from 'fast-check';
import { FIXTURES, Seed } from '../fixtures/resources';
import { Harness, startHarness } from '../api/harness';
import { SCALE } from './scale';

jest.setTimeout(600_000);

/**
 * Property-based fuzzing of every operation the OpenAPI document lists: malformed bodies, query
 * strings and ids. Whatever is sent, the answer is never a 5xx; and when a request is refused,
 * every table is exactly as it was before.
 */
const RUNS = 25 * SCALE;

type Method = 'get' | 'post' | 'put' | 'delete';
interface Operation {
  method: Method;
  path: string;
  /** Property names of the JSON body the document describes, to aim mutations at real fields. */
  fields: string[];
}

/** JSON values of every shape, with the edge cases validators get wrong. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', ' ', -1, 0, 1, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, 0.5, '1', '1.5', 'NaN', 'Infinity', '0x10', '__proto__', 'constructor', '2024-02-30', '9999-12-31T23:59:59Z', '\u0000', '%00', "'; DROP TABLE enterprises; --", '测试企业', 'x'.repeat(5000)),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 5 }),
);
const idText = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map(String),
  fc.constantFrom('0', '-1', '1.5', '1e3', 'abc', '99999999999999999999', '%20', 'null', '[]', '{}', '1;2', '１'),
  fc.string({ maxLength: 12 }).filter((text) => text.length > 0 && !text.includes('/') && !text.includes('?') && !text.includes('#')),
);
const jsonText = (value: fc.Arbitrary<unknown>) => value.map((v) => JSON.stringify(v));
const queryValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  jsonText(nasty),
  jsonText(fc.tuple(fc.oneof(fc.string(), fc.integer()), fc.oneof(fc.string(), fc.integer()))),
  jsonText(fc.dictionary(fc.oneof(fc.constantFrom('q', 'id', 'name', 'deleted', 'stage', 'startsAt_gte', 'enterpriseId', 'x_neq', 'chamberId'), fc.string({ maxLength: 8 })), nasty, { maxKeys: 3 })),
);

describe('fuzz: every endpoint, malformed input', () => {
  let h: Harness;
  let db: Database.Database;
  let operations: Operation[];
  const validBodies = new Map<string, Record<string, unknown>>();

  beforeAll(async () => {
    h = await startHarness();
    const seed = new Seed(h.api);
    for (const fixture of FIXTURES) {
      const body = await fixture.body(seed);
      validBodies.set(fixture.resource, body);
      await seed.create(fixture.resource, body);
    }
    db = new Database(h.databasePath, { readonly: true });
    const document = (await h.api('get', '/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>>;
      components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'delete'].includes(method))
        .map(([method, operation]) => {
          const ref = operation.requestBody?.content?.['application/json']?.schema?.$ref;
          const schema = ref ? document.components?.schemas?.[ref.split('/').pop()!] : undefined;
          return { method: method as Method, path, fields: Object.keys(schema?.properties ?? {}) };
        }),
    );
  });
  afterAll(async () => {
    db?.close();
    await h?.close();
  });

  /** Every row of every table, in a stable order. */
  function dump(): string {
    const tables = db.prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; wr: number }[];
    // a WITHOUT ROWID table (the gram indexes) has no rowid and is read in key order
    return JSON.stringify(tables.map(({ name, wr }) => [name, db.prepare(`SELECT * FROM "${name}"${wr ? '' : ' ORDER BY rowid'}`).all()]));
  }

  const resourceOf = (path: string) => path.split('/')[2];

  /** Sends one request; checks no 5xx, and an unchanged database when refused. */
  async function probe(method: Method, url: string, body?: unknown, raw?: string): Promise<number> {
    const before = dump();
    let request = h.api(method, url);
    // sent as text: supertest cannot send a bare number or string as a JSON body
    const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
    if (text !== undefined) request = request.set('content-type', 'application/json').send(text);
    const answer = await request;
    if (answer.status >= 500) throw new Error(`${method.toUpperCase()} ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}\nbody sent: ${raw ?? JSON.stringify(body)}`);
    if (answer.status >= 400) {
      expect(answer.body).toEqual(expect.objectContaining({ statusCode: answer.status, message: expect.any(String) }));
      if (dump() !== before) throw new Error(`${method.toUpperCase()} ${url} was refused with ${answer.status} but changed the database\nbody sent: ${raw ?? JSON.stringify(body)}`);
    }
    return answer.status;
  }

  const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, encodeURIComponent(id));

  it('finds the operations in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it('ids: malformed or unknown ids in every path', async () => {
    const withId = operations.filter((operation) => operation.path.includes('{'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withId), idText, async (operation, id) => {
        await probe(operation.method, fill(operation.path, id), operation.method === 'get' || operation.method === 'delete' ? undefined : {});
      }),
      { numRuns: RUNS * withId.length, seed: 42 },
    );
  });

  it('query strings: sort, range and filter of every list', async () => {
    const lists = operations.filter((operation) => operation.method === 'get' && !operation.path.includes('{'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), fc.dictionary(fc.constantFrom('sort', 'range', 'filter', 'page', 'q'), queryValue, { maxKeys: 3 }), async (operation, query) => {
        const search = Object.entries(query)
          .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
          .join('&');
        await probe('get', `${operation.path}?${search}`);
      }),
      { numRuns: RUNS * lists.length, seed: 43 },
    );
  });

  it('bodies: a valid body with one field broken, unknown fields, or anything at all', async () => {
    const writes = operations.filter((operation) => operation.method === 'post' || operation.method === 'put');
    const body = (operation: Operation) =>
      fc.oneof(
        // a valid body with one field given a nasty value
        fc.tuple(fc.constantFrom(...(operation.fields.length ? operation.fields : ['name'])), nasty).map(([field, value]) => ({ ...(validBodies.get(resourceOf(operation.path)) ?? {}), version: 1, [field]: value })),
        fc.dictionary(fc.constantFrom(...operation.fields, 'id', 'version', 'deletedAt', '__proto__', 'constructor', 'unknownField'), nasty, { maxKeys: 4 }),
        nasty,
      );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes).chain((operation) => fc.tuple(fc.constant(operation), fc.integer({ min: 1, max: 3 }).map(String), body(operation))),
        async ([operation, id, payload]) => {
          await probe(operation.method, fill(operation.path, id), payload);
        },
      ),
      { numRuns: RUNS * writes.length, seed: 44 },
    );
  });

  it('raw bodies that are not JSON, or not an object', async () => {
    const writes = operations.filter((operation) => operation.method === 'post' || operation.method === 'put');
    const raw = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('{', '{"a":', '[1,2', 'null', '"text"', '123', 'true', '{"__proto__":{"admin":true}}', '\u0000'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), raw, async (operation, text) => {
        await probe(operation.method, fill(operation.path, '1'), undefined, text);
      }),
      { numRuns: RUNS * 4, seed: 45 },
    );
  });
});
