import { DataSource } from 'typeorm';
import { expectError, q } from '../fixtures/assertions';
import { onPostgres } from '../fixtures/engine';
import { ApiRecord, FIXTURES, Seed, usccFor } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * Bad input is a clear 4xx in the contract's shape, never a 500, never SQL or a stack; and a
 * refused request leaves every table exactly as it was (audit trail included).
 */
describe('bad input', () => {
  let h: Harness;
  let seed: Seed;
  let enterprise: ApiRecord;
  let chamber: ApiRecord;

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    enterprise = await seed.enterprise({ city: 'Shanghai' });
    chamber = await seed.chamber();
    await seed.contact(enterprise.id);
  });
  afterAll(() => h.close());

  /** Every row of every table, as stored. */
  async function storedState(): Promise<string> {
    const dataSource = h.app.get(DataSource);
    const dump: Record<string, unknown[]> = {};
    if (onPostgres()) {
      // in the order the rows lie: a row written anew moves
      const tables: { name: string }[] = await dataSource.query(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      );
      for (const { name } of tables) dump[name] = await dataSource.query(`SELECT * FROM "${name}" ORDER BY ctid`);
      return JSON.stringify(dump);
    }
    // ordinary tables only: search indexes (virtual and shadow tables) are derived from them
    const tables: { name: string; wr: number }[] = await dataSource.query(
      `SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    );
    // a WITHOUT ROWID table (the gram indexes) has no rowid and is read in key order
    for (const { name, wr } of tables)
      dump[name] = await dataSource.query(`SELECT * FROM "${name}"${wr ? '' : ' ORDER BY rowid'}`);
    return JSON.stringify(dump);
  }

  /** Sends a request that must be refused, checks the answer, and checks that nothing changed. */
  async function refused(
    send: () => Promise<import('supertest').Response>,
    status: number,
    fields?: string[],
  ): Promise<Record<string, string>> {
    const before = await storedState();
    const errors = expectError(await send(), status, fields);
    expect(await storedState()).toBe(before);
    return errors;
  }

  describe('bodies', () => {
    it('refuses an unknown field on create and on update, for every resource', async () => {
      for (const { resource } of FIXTURES) {
        const errors = await refused(() => h.api('post', `/api/${resource}`).send({ colour: 'red' }), 400);
        expect(errors.colour).toBe('is not a field of this resource');
      }
      const errors = await refused(
        () =>
          h
            .api('put', `/api/enterprises/${enterprise.id}`)
            .send({ version: enterprise.version, name: 'X', passwordHash: 'x' }),
        400,
        ['passwordHash'],
      );
      expect(errors.passwordHash).toBe('is not a field of this resource');
    });

    it('refuses missing required fields, wrong types and values outside the vocabulary', async () => {
      await refused(() => h.api('post', '/api/chambers').send({}), 400, ['name', 'kind']);
      await refused(() => h.api('post', '/api/chambers').send({ name: '   ', kind: 'club' }), 400, ['name', 'kind']);
      await refused(() => h.api('post', '/api/enterprises').send({ name: 42 }), 400, ['name']);
      await refused(
        () => h.api('post', '/api/outcomes').send({ title: 'x', kind: 'joint_lab', enterpriseId: '1' }),
        400,
        ['enterpriseId'],
      );
      await refused(
        () =>
          h
            .api('post', '/api/intakes')
            .send({ outcomeId: 1, academicYear: '2024-2026', term: 'winter', majorId: 1, placed: -1 }),
        400,
        ['academicYear', 'term', 'placed'],
      );
      await refused(
        () =>
          h
            .api('post', '/api/meetings')
            .send({ title: 'x', kind: 'symposium', startsAt: '2024-03-21T06:00:00Z', enterpriseIds: [1, 'two'] }),
        400,
        ['enterpriseIds'],
      );
      await refused(() => h.api('put', `/api/chambers/${chamber.id}`).send({ name: 'no version' }), 400, ['version']);
      // a value of the wrong type is told so, not that it breaks a range or length rule
      const version = await refused(() => h.api('put', `/api/chambers/${chamber.id}`).send({ version: '2' }), 400, [
        'version',
      ]);
      expect(version.version).toMatch(/whole number/);
      const login = await refused(
        () => h.http.post('/api/auth/login').send({ username: ['admin'], password: 'x' }),
        400,
        ['username'],
      );
      expect(login.username).toMatch(/text/);
    });

    it('refuses clearing a required field by update', async () => {
      await refused(
        () => h.api('put', `/api/enterprises/${enterprise.id}`).send({ version: enterprise.version, name: null }),
        400,
        ['name'],
      );
      await refused(
        () => h.api('put', `/api/enterprises/${enterprise.id}`).send({ version: enterprise.version, tier: null }),
        400,
        ['tier'],
      );
    });

    it('refuses an invalid USCC: wrong check character, wrong length, letters outside the alphabet', async () => {
      const good = usccFor(9001);
      const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      for (const uscc of [wrongCheck, good.slice(0, 17), good + '1', good.slice(0, 10) + 'I' + good.slice(11)]) {
        const errors = await refused(() => h.api('post', '/api/enterprises').send({ name: 'Bad code', uscc }), 400, [
          'uscc',
        ]);
        expect(errors.uscc).toMatch(/check character|18 characters|capital letters/);
      }
    });

    it('refuses a duplicate USCC with 409 naming the enterprise that has it', async () => {
      const answer = await h.api('post', '/api/enterprises').send({ name: 'Twin', uscc: enterprise.uscc });
      const before = await storedState();
      expectError(answer, 409, ['uscc']);
      expect(answer.body.message).toContain(String(enterprise.name));
      expect(await storedState()).toBe(before);
      await refused(
        () => h.api('post', '/api/enterprises').send({ name: 'Twin', uscc: String(enterprise.uscc).toLowerCase() }),
        409,
        ['uscc'],
      );
    });

    it('refuses a date that is not YYYY-MM-DD, and a time without its offset', async () => {
      for (const dueDate of ['2023-02-29', '21/03/2024', '2024-3-21', '2024-03-21T00:00:00Z']) {
        await refused(
          () => h.api('post', '/api/tasks').send({ title: 'Call back', dueDate, enterpriseId: enterprise.id }),
          400,
          ['dueDate'],
        );
      }
      await refused(
        () =>
          h
            .api('post', '/api/outcomes')
            .send({ title: 'x', kind: 'joint_lab', enterpriseId: enterprise.id, startDate: '2024-02-30' }),
        400,
        ['startDate'],
      );
      await refused(
        () => h.api('post', '/api/meetings').send({ title: 'x', kind: 'symposium', startsAt: '2024-03-21 14:00' }),
        400,
        ['startsAt'],
      );
    });

    it('refuses a contact at both organisations or at neither', async () => {
      await refused(
        () => h.api('post', '/api/contacts').send({ name: 'Both', enterpriseId: enterprise.id, chamberId: chamber.id }),
        400,
        ['enterpriseId', 'chamberId'],
      );
      await refused(() => h.api('post', '/api/contacts').send({ name: 'Neither' }), 400, ['enterpriseId', 'chamberId']);
    });

    it('refuses references to records that do not exist', async () => {
      await refused(() => h.api('post', '/api/contacts').send({ name: 'Ghost', enterpriseId: 987654 }), 400, [
        'enterpriseId',
      ]);
      await refused(
        () =>
          h.api('post', '/api/meetings').send({
            title: 'x',
            kind: 'symposium',
            startsAt: '2024-03-21T06:00:00Z',
            enterpriseIds: [enterprise.id, 987654],
          }),
        400,
        ['enterpriseIds'],
      );
      await refused(() => h.api('post', '/api/tasks').send({ title: 'Floating' }), 400, [
        'meetingId',
        'enterpriseId',
        'outcomeId',
      ]);
    });

    it('refuses to delete a record others still point at, with 409', async () => {
      const answer = await refused(() => h.api('delete', `/api/enterprises/${enterprise.id}`), 409);
      expect(answer).toEqual({});
    });

    it('refuses bodies that are not one JSON object', async () => {
      await refused(
        () => h.api('post', '/api/chambers').set('Content-Type', 'application/json').send('{"name": "Broken'),
        400,
      );
      await refused(() => h.api('post', '/api/chambers').send([{ name: 'A', kind: 'chamber' }]), 400);
      await refused(
        () =>
          h
            .api('post', '/api/chambers')
            .set('Content-Type', 'application/json')
            .send(`{"name":"${'x'.repeat(3_000_000)}"}`),
        413,
      );
    });
  });

  describe('list queries', () => {
    it('refuses an unknown sort field, direction or shape', async () => {
      await refused(() => h.api('get', `/api/enterprises?sort=${q(['passwordHash', 'ASC'])}`), 400, ['sort']);
      await refused(() => h.api('get', `/api/enterprises?sort=${q(['name', 'SIDEWAYS'])}`), 400, ['sort']);
      await refused(() => h.api('get', `/api/enterprises?sort=${q(['name; DROP TABLE enterprises', 'ASC'])}`), 400, [
        'sort',
      ]);
    });

    it('refuses an unknown filter field or operator', async () => {
      await refused(() => h.api('get', `/api/enterprises?filter=${q({ colour: 'red' })}`), 400, ['filter']);
      await refused(() => h.api('get', `/api/enterprises?filter=${q({ name_like: 'x' })}`), 400, ['filter']);
      await refused(() => h.api('get', `/api/staff?filter=${q({ passwordHash: 'x' })}`), 400, ['filter']);
    });

    it('refuses malformed JSON in sort, range and filter', async () => {
      await refused(() => h.api('get', `/api/chambers?sort=${encodeURIComponent('["name","ASC"')}`), 400, ['sort']);
      await refused(() => h.api('get', `/api/chambers?range=${encodeURIComponent('[0,')}`), 400, ['range']);
      await refused(() => h.api('get', `/api/chambers?filter=${encodeURIComponent("{'q':'x'}")}`), 400, ['filter']);
      await refused(() => h.api('get', '/api/chambers?filter=a&filter=b'), 400, ['filter']);
    });

    it('refuses a range wider than 1000 and a malformed range', async () => {
      const errors = await refused(() => h.api('get', `/api/enterprises?range=${q([0, 1000])}`), 400, ['range']);
      expect(errors.range).toMatch(/1000/);
      await refused(() => h.api('get', `/api/enterprises?range=${q([10, 5])}`), 400, ['range']);
      await refused(() => h.api('get', `/api/enterprises?range=${q([-1, 5])}`), 400, ['range']);
      expect((await h.api('get', `/api/enterprises?range=${q([0, 999])}`)).status).toBe(200);
    });

    it('refuses filter values of the wrong type', async () => {
      await refused(() => h.api('get', `/api/outcomes?filter=${q({ startDate_gte: '2024-13-01' })}`), 400, ['filter']);
      await refused(() => h.api('get', `/api/intakes?filter=${q({ positions_gte: 'many' })}`), 400, ['filter']);
      await refused(() => h.api('get', `/api/staff?filter=${q({ active: 'perhaps' })}`), 400, ['filter']);
      await refused(() => h.api('get', `/api/meetings?filter=${q({ startsAt_gte: 'last week' })}`), 400, ['filter']);
    });

    it('refuses unknown query parameters', async () => {
      await refused(() => h.api('get', '/api/chambers?page=2'), 400, ['page']);
    });

    it('searches text with LIKE wildcards literally', async () => {
      await seed.chamber({ name: '100% Growth Alliance', kind: 'alliance' });
      const percent = (await h.api('get', `/api/chambers?filter=${q({ q: '100%' })}`).expect(200)).body;
      expect(percent.map((row: ApiRecord) => row.name)).toEqual(['100% Growth Alliance']);
      const underscore = (await h.api('get', `/api/chambers?filter=${q({ q: '_' })}`).expect(200)).body;
      expect(underscore).toEqual([]);
    });

    it('filters booleans, nulls and dates as their columns store them', async () => {
      const inactive = await seed.create('staff', { name: 'Retired teacher', active: false });
      const active = (await h.api('get', `/api/staff?filter=${q({ active: false })}`).expect(200)).body;
      expect(active.map((row: ApiRecord) => row.id)).toEqual([inactive.id]);
      const noCity = (await h.api('get', `/api/enterprises?filter=${q({ city: null })}`).expect(200))
        .body as ApiRecord[];
      expect(noCity.every((row) => row.city === null)).toBe(true);
      const withCity = (await h.api('get', `/api/enterprises?filter=${q({ city_neq: null })}`).expect(200))
        .body as ApiRecord[];
      expect(withCity.map((row) => row.id)).toContain(enterprise.id);
    });
  });

  describe('paths', () => {
    it('answers 404 for a missing id and for an unknown route, 400 for an id that is not a number', async () => {
      await refused(() => h.api('get', '/api/enterprises/424242'), 404);
      await refused(() => h.api('delete', '/api/meetings/424242'), 404);
      await refused(() => h.api('get', '/api/no-such-resource'), 404);
      await refused(() => h.api('get', '/api/enterprises/1.5'), 400, ['id']);
      await refused(() => h.api('post', '/api/outcomes/x/move').send({ stage: 'idea', position: 0 }), 400, ['id']);
    });

    it('keeps the audit trail read-only', async () => {
      await refused(() => h.api('post', '/api/audit-events').send({ resource: 'x' }), 404);
      const [event] = (await h.api('get', '/api/audit-events?range=[0,0]').expect(200)).body;
      await refused(() => h.api('put', `/api/audit-events/${event.id}`).send({}), 404);
      await refused(() => h.api('delete', `/api/audit-events/${event.id}`), 404);
    });
  });
});
