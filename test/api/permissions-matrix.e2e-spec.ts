import { ANONYMOUS_ROUTES, grantOf, PERMISSIONS, ROLES, type Action, type Role } from '@crm/domain';
import { Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';
import { roleAccounts, RoleAccount } from './roles';

/** Routes anyone may call: the login, the logout, health, the public links (docs are not in the document). */
const PUBLIC = new Set(ANONYMOUS_ROUTES);

type Method = 'get' | 'post' | 'put' | 'delete';
interface Operation {
  method: Method;
  path: string;
  resource: string;
  action: Action | undefined;
}

/**
 * Every route of the OpenAPI document × every role: allowed or 403, as the permission table in
 * libs/domain says; anonymous callers 401 everywhere but the public routes. A route whose action
 * the table does not name fails here.
 */
describe('permission matrix: every route × every role', () => {
  let h: Harness;
  let operations: Operation[];
  let accounts: Record<Role, RoleAccount>;
  let seeded: Record<string, number>;

  beforeAll(async () => {
    h = await startHarness();
    ({ accounts } = await roleAccounts(h));
    const seed = new Seed(h.api);
    const outcome = await seed.outcome();
    const meeting = await seed.meeting();
    seeded = {
      outcomes: outcome.id,
      meetings: meeting.id,
      chambers: (await seed.chamber()).id,
      enterprises: outcome.enterpriseId as number,
    };
    const document = (await h.api('get', '/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { 'x-crm-action'?: Action }>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method as Method,
        path,
        resource: path.split('/')[2],
        action: operation['x-crm-action'],
      })),
    );
  });
  afterAll(() => h?.close());

  const key = (operation: Operation) => `${operation.method.toUpperCase()} ${operation.path}`;
  const url = (operation: Operation) => {
    const filled = operation.path.replace('{id}', String(seeded[operation.resource] ?? 1));
    // the audit trail is open to every role one record at a time: ask for one record's timeline
    if (operation.resource === 'audit-events' && !operation.path.includes('{id}'))
      return `${filled}?filter=${encodeURIComponent(JSON.stringify({ resource: 'outcomes', recordId: seeded.outcomes }))}`;
    // the search box answers every role that may read: ask it something
    return operation.resource === 'search' ? `${filled}?q=${encodeURIComponent('Outcome')}` : filled;
  };

  it('finds an entry of the permission table for every route that is not public', () => {
    const unlisted = operations.filter(
      (operation) =>
        !PUBLIC.has(key(operation)) && (!operation.action || !PERMISSIONS[operation.resource]?.[operation.action]),
    );
    expect(unlisted.map(key)).toEqual([]);
    expect(operations.length).toBeGreaterThan(70);
  });

  it('answers anonymous callers 401 on every route but the public ones', async () => {
    for (const operation of operations) {
      const answer = await h.http[operation.method](url(operation)).send({});
      if (PUBLIC.has(key(operation))) expect([key(operation), answer.status]).not.toEqual([key(operation), 401]);
      else expect([key(operation), answer.status]).toEqual([key(operation), 401]);
    }
  });

  it('allows or refuses each role exactly as the table says', async () => {
    let cells = 0;
    const mismatches: string[] = [];
    // the admin last: its deletes and purges must not take away the records the others are tried on
    for (const role of [...ROLES].reverse()) {
      for (const operation of operations.filter((candidate) => !PUBLIC.has(key(candidate)))) {
        cells += 1;
        const grant = grantOf(role, operation.resource, operation.action!);
        const answer = await accounts[role].as(operation.method, url(operation)).send({});
        // the guard's refusal; a row rule (needing the record) is applied later, by the service, in other words
        const refusedByTable =
          answer.status === 403 && /^Your role \(.+?\) may not do this\./.test(answer.body.message);
        const refused = grant === undefined;
        if (answer.status === 401 || refused !== refusedByTable || (grant === true && answer.status === 403)) {
          mismatches.push(
            `${role} ${key(operation)}: table says ${grant ?? 'refused'}, answered ${answer.status} ${answer.body?.message ?? ''}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
    // the size of the matrix, for the closing note
    console.log(
      `permission matrix: ${operations.length - PUBLIC.size} routes × ${ROLES.length} roles = ${cells} cells, plus ${operations.length} anonymous calls`,
    );
    expect(cells).toBe((operations.length - PUBLIC.size) * ROLES.length);
  }, 120_000); // 978 calls: 9 s on a quiet machine, past the default 30 s when CI runs both streams on two cores
});
