import Database from 'better-sqlite3';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import request from 'supertest';
import { onPostgres } from '../fixtures/engine';
import { FIXTURES, Seed } from '../fixtures/resources';
import { choosePassword, Harness, startHarness } from '../api/harness';
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
  fc.constantFrom(
    null,
    '',
    ' ',
    -1,
    0,
    1,
    2 ** 31,
    2 ** 53,
    -(2 ** 63),
    1e20,
    -1e308,
    1e308,
    2 ** 53 + 2,
    0.5,
    '1',
    '1.5',
    'NaN',
    'Infinity',
    '0x10',
    '__proto__',
    'constructor',
    '2024-02-30',
    '9999-12-31T23:59:59Z',
    '9999-12-31T23:59:59-05:00',
    '0000-01-01T00:00:00+01:00',
    '0000-01-01',
    '\u0000',
    'a\u202Eb',
    '\u2066x',
    '\u0007',
    '%00',
    "'; DROP TABLE enterprises; --",
    '测试企业',
    'x'.repeat(5000),
  ),
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 5 }),
);
const idText = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map(String),
  fc.constantFrom('0', '-1', '1.5', '1e3', 'abc', '99999999999999999999', '%20', 'null', '[]', '{}', '1;2', '１'),
  fc
    .string({ maxLength: 12 })
    .filter((text) => text.length > 0 && !text.includes('/') && !text.includes('?') && !text.includes('#')),
);
const jsonText = (value: fc.Arbitrary<unknown>) => value.map((v) => JSON.stringify(v));
const queryValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  jsonText(nasty),
  jsonText(fc.tuple(fc.oneof(fc.string(), fc.integer()), fc.oneof(fc.string(), fc.integer()))),
  jsonText(
    fc.dictionary(
      fc.oneof(
        fc.constantFrom('q', 'id', 'name', 'deleted', 'stage', 'startsAt_gte', 'enterpriseId', 'x_neq', 'chamberId'),
        fc.string({ maxLength: 8 }),
      ),
      nasty,
      { maxKeys: 3 },
    ),
  ),
);

describe('fuzz: every endpoint, malformed input', () => {
  let h: Harness;
  let db: Database.Database;
  let operations: Operation[];
  const validBodies = new Map<string, Record<string, unknown>>();
  /**
   * Requests as an admin of its own, whose id is out of the fuzzed ids' reach (1–4): a fuzzed
   * body may change the first admin's password or role, which ends that admin's sessions.
   */
  let token: string;
  const api = (method: Method, url: string) =>
    request(h.app.getHttpServer())[method](url).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    h = await startHarness();
    const seed = new Seed(h.api);
    for (const fixture of FIXTURES) {
      const body = await fixture.body(seed);
      validBodies.set(fixture.resource, body);
      await seed.create(fixture.resource, body);
    }
    let fuzzer = await seed.create('staff', {
      name: 'Fuzzer',
      username: 'fuzzer',
      password: 'fuzzing all day long',
      role: 'admin',
    });
    while (fuzzer.id <= 4)
      fuzzer = await seed.create('staff', {
        name: `Fuzzer ${fuzzer.id}`,
        username: `fuzzer${fuzzer.id}`,
        password: 'fuzzing all day long',
        role: 'admin',
      });
    token = await choosePassword(
      h.app.getHttpServer(),
      fuzzer.username as string,
      'fuzzing all day long',
      'fuzzing all night long',
    );
    if (!onPostgres()) db = new Database(h.databasePath, { readonly: true });
    const document = (await h.api('get', '/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>
      >;
      components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
    };
    // logging out would end the fuzzer's own session; a password change needs the current password, which no fuzzed body has
    const sessionRoutes = new Set(['/api/auth/logout', '/api/auth/password']);
    operations = Object.entries(document.paths)
      .filter(([path]) => !sessionRoutes.has(path))
      .flatMap(([path, methods]) =>
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

  /** The rows a refusal writes by design, left out of the comparison: the audit events of refusals, and their count. */
  const BY_DESIGN: Record<string, string> = {
    audit_events: ` WHERE "action" NOT IN ('login_failed', 'refused', 'throttled')`,
    row_counts: ` WHERE "tableName" <> 'audit_events'`,
  };
  let tableNames: string[] | undefined;
  /**
   * Every row of every table, in a stable order; but what a refusal writes by design: a refused
   * login's failure and a public link's hits (counted by the throttles), and the audit events of
   * refused and throttled requests.
   */
  async function dump(): Promise<string> {
    if (onPostgres()) {
      // one round trip: a digest of each table's rows in the order they lie (a row written anew moves)
      tableNames ??= (
        await h.sql<{ name: string }>(
          `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('login_failures', 'public_hits') ORDER BY tablename`,
        )
      ).map((row) => row.name);
      const digests = tableNames.map(
        (name) =>
          `SELECT '${name}' AS name, md5(COALESCE(string_agg(t::text, '|' ORDER BY ctid), '')) AS rows FROM "${name}" t${BY_DESIGN[name] ?? ''}`,
      );
      return JSON.stringify(await h.sql(digests.join(' UNION ALL ')));
    }
    const tables = db
      .prepare(
        "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('login_failures', 'public_hits') ORDER BY name",
      )
      .all() as { name: string; wr: number }[];
    // a WITHOUT ROWID table (the gram indexes) has no rowid and is read in key order
    const rows = (name: string, wr: number) =>
      db.prepare(`SELECT * FROM "${name}"${BY_DESIGN[name] ?? ''}${wr ? '' : ' ORDER BY rowid'}`).all();
    return JSON.stringify(tables.map(({ name, wr }) => [name, rows(name, wr)]));
  }

  const resourceOf = (path: string) => path.split('/')[2];

  /** Sends one request; checks no 5xx, and an unchanged database when refused. */
  async function probe(method: Method, url: string, body?: unknown, raw?: string): Promise<number> {
    const before = await dump();
    let request = api(method, url);
    // sent as text: supertest cannot send a bare number or string as a JSON body
    const text = raw ?? (body === undefined ? undefined : JSON.stringify(body));
    if (text !== undefined) request = request.set('content-type', 'application/json').send(text);
    const answer = await request;
    if (answer.status >= 500)
      throw new Error(
        `${method.toUpperCase()} ${url} answered ${answer.status}: ${JSON.stringify(answer.body)}\nbody sent: ${raw ?? JSON.stringify(body)}`,
      );
    if (answer.status >= 400) {
      expect(answer.body).toEqual(expect.objectContaining({ statusCode: answer.status, message: expect.any(String) }));
      if ((await dump()) !== before)
        throw new Error(
          `${method.toUpperCase()} ${url} was refused with ${answer.status} but changed the database\nbody sent: ${raw ?? JSON.stringify(body)}`,
        );
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
        await probe(
          operation.method,
          fill(operation.path, id),
          operation.method === 'get' || operation.method === 'delete' ? undefined : {},
        );
      }),
      { numRuns: RUNS * withId.length, seed: 42 },
    );
  });

  it('query strings: sort, range and filter of every list', async () => {
    const lists = operations.filter((operation) => operation.method === 'get' && !operation.path.includes('{'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...lists),
        fc.dictionary(fc.constantFrom('sort', 'range', 'filter', 'page', 'q'), queryValue, { maxKeys: 3 }),
        async (operation, query) => {
          const search = Object.entries(query)
            .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
            .join('&');
          await probe('get', `${operation.path}?${search}`);
        },
      ),
      { numRuns: RUNS * lists.length, seed: 43 },
    );
  });

  it('bodies: a valid body with one field broken, unknown fields, or anything at all', async () => {
    const writes = operations.filter((operation) => operation.method === 'post' || operation.method === 'put');
    const body = (operation: Operation) =>
      fc.oneof(
        // a valid body with one field given a nasty value
        fc
          .tuple(fc.constantFrom(...(operation.fields.length ? operation.fields : ['name'])), nasty)
          .map(([field, value]) => ({
            ...(validBodies.get(resourceOf(operation.path)) ?? {}),
            version: 1,
            [field]: value,
          })),
        fc.dictionary(
          fc.constantFrom(
            ...operation.fields,
            'id',
            'version',
            'deletedAt',
            '__proto__',
            'constructor',
            'unknownField',
          ),
          nasty,
          { maxKeys: 4 },
        ),
        nasty,
      );
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...writes)
          .chain((operation) =>
            fc.tuple(fc.constant(operation), fc.integer({ min: 1, max: 3 }).map(String), body(operation)),
          ),
        async ([operation, id, payload]) => {
          await probe(operation.method, fill(operation.path, id), payload);
        },
      ),
      { numRuns: RUNS * writes.length, seed: 44 },
    );
  });

  it('raw bodies that are not JSON, or not an object', async () => {
    const writes = operations.filter((operation) => operation.method === 'post' || operation.method === 'put');
    const raw = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('{', '{"a":', '[1,2', 'null', '"text"', '123', 'true', '{"__proto__":{"admin":true}}', '\u0000'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), raw, async (operation, text) => {
        await probe(operation.method, fill(operation.path, '1'), undefined, text);
      }),
      { numRuns: RUNS * 4, seed: 45 },
    );
  });

  // ---- the bad input of issue 7, each a case that once reached a 500 or was stored as sent ----

  /** A write whose answer must be exactly `status`, with the database unchanged. */
  async function refused(
    status: number,
    method: Method,
    url: string,
    text: string | Buffer,
    headers: Record<string, string> = {},
  ): Promise<void> {
    const before = await dump();
    let request = api(method, url).set('content-type', 'application/json');
    for (const [name, value] of Object.entries(headers)) request = request.set(name, value);
    const answer = await request.send(text);
    if (answer.status !== status)
      throw new Error(
        `${method.toUpperCase()} ${url} answered ${answer.status} instead of ${status}: ${JSON.stringify(answer.body)}`,
      );
    expect(answer.body).toEqual(expect.objectContaining({ statusCode: status, message: expect.any(String) }));
    if ((await dump()) !== before)
      throw new Error(`${method.toUpperCase()} ${url} was refused with ${status} but changed the database`);
  }

  const writesOf = () => operations.filter((operation) => operation.method === 'post' || operation.method === 'put');
  const validFor = (operation: Operation) => ({ ...(validBodies.get(resourceOf(operation.path)) ?? {}), version: 1 });

  it('deep nesting: 400 on every write, also on the anonymous login', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writesOf()),
        fc.integer({ min: 17, max: 3000 }),
        fc.constantFrom('{"a":', '['),
        async (operation, depth, opener) => {
          const closer = opener === '[' ? ']' : '}';
          const nested = `${opener.repeat(depth)}1${closer.repeat(depth)}`;
          // inside a valid body, so that nothing but the depth is wrong
          const body = JSON.stringify({ ...validFor(operation), notes: '§' }).replace('"§"', nested);
          await refused(400, operation.method, fill(operation.path, '1'), body);
        },
      ),
      { numRuns: RUNS * 4, seed: 46 },
    );
    const anonymous = await h.http
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('['.repeat(2000) + ']'.repeat(2000));
    expect(anonymous.status).toBe(400);
  });

  it('number extremes: never 5xx in bodies, 400 in ranges and kanban positions', async () => {
    const extreme = fc.constantFrom(1e20, -1e20, 1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 5e-324);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...writesOf())
          .chain((operation) =>
            fc.tuple(
              fc.constant(operation),
              fc.constantFrom(...(operation.fields.length ? operation.fields : ['name'])),
              extreme,
            ),
          ),
        async ([operation, field, value]) => {
          await probe(operation.method, fill(operation.path, '1'), { ...validFor(operation), [field]: value });
        },
      ),
      { numRuns: RUNS * 4, seed: 47 },
    );
    // the lists of the contract, /api/{resource} (not the health check, nor the standing sign-up link, which is one link)
    const lists = operations.filter(
      (operation) =>
        operation.method === 'get' &&
        operation.path.split('/').length === 3 &&
        !['/api/health', '/api/enterprise-signup'].includes(operation.path),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), extreme, async (operation, value) => {
        const text = JSON.stringify(value);
        const answer = await api('get', `${operation.path}?range=${encodeURIComponent(`[${text},${text}]`)}`);
        if (Math.abs(value) > Number.MAX_SAFE_INTEGER || !Number.isInteger(value))
          expect([operation.path, answer.status]).toEqual([operation.path, 400]);
        else expect(answer.status).toBeLessThan(500);
      }),
      { numRuns: RUNS * 2, seed: 48 },
    );
    for (const position of ['1e308', '1e20', '9007199254740993', '-1'])
      await refused(400, 'post', '/api/outcomes/1/move', `{"stage":"signed","position":${position}}`);
  });

  it('dates outside 1900–2200: 400, nothing stored', async () => {
    const outside = fc
      .oneof(fc.integer({ min: 0, max: 1899 }), fc.integer({ min: 2201, max: 9999 }))
      .map((year) => `${String(year).padStart(4, '0')}-06-01T00:00:00Z`);
    const edges = fc.constantFrom(
      '9999-12-31T23:59:59-05:00',
      '0000-01-01T00:00:00+01:00',
      '2200-12-31T23:30:00-05:00',
      '1900-01-01T00:30:00+01:00',
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(outside, edges), async (startsAt) => {
        await refused(400, 'post', '/api/meetings', JSON.stringify({ ...validBodies.get('meetings'), startsAt }));
      }),
      { numRuns: RUNS * 4, seed: 49 },
    );
  });

  it('control characters: U+0000, other C0 controls and bidi controls refused in every text field', async () => {
    const control = fc.constantFrom(
      '\u0000',
      '\u0001',
      '\u0007',
      '\u001B',
      '\u007F',
      '\u061C',
      '\u200E',
      '\u200F',
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    );
    const creates = operations.filter(
      (operation) =>
        operation.method === 'post' &&
        validBodies.has(resourceOf(operation.path)) &&
        operation.path.split('/').length === 3,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...creates),
        control,
        fc.string({ maxLength: 6 }),
        async (operation, character, around) => {
          const body = validBodies.get(resourceOf(operation.path))!;
          const texts = Object.keys(body).filter((field) => typeof body[field] === 'string');
          if (!texts.length) return;
          const field = texts[around.length % texts.length];
          await refused(
            400,
            'post',
            operation.path,
            JSON.stringify({ ...body, [field]: `${around}${character}${around}` }),
          );
        },
      ),
      { numRuns: RUNS * 8, seed: 50 },
    );
  });

  it('body-parser cases: malformed JSON 400, 10 MB 413, gzip 415, unknown charset 415, on every write', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writesOf()),
        fc.constantFrom('malformed', 'large', 'gzip', 'deflate', 'charset', 'utf16'),
        async (operation, kind) => {
          const url = fill(operation.path, '1');
          const valid = JSON.stringify(validFor(operation));
          if (kind === 'malformed') await refused(400, operation.method, url, valid.slice(0, -1));
          if (kind === 'large')
            await refused(
              413,
              operation.method,
              url,
              JSON.stringify({ ...validFor(operation), notes: 'x'.repeat(10 * 1024 * 1024) }),
            );
          if (kind === 'gzip' || kind === 'deflate')
            await refused(415, operation.method, url, gzipSync(valid), { 'content-encoding': kind });
          if (kind === 'charset')
            await refused(415, operation.method, url, valid, { 'content-type': 'application/json; charset=klingon' });
          if (kind === 'utf16')
            await refused(415, operation.method, url, valid, { 'content-type': 'application/json; charset=utf-16le' });
        },
      ),
      { numRuns: RUNS * 2, seed: 51 },
    );
  });
});
