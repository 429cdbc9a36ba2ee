import { DataSource } from 'typeorm';
import { chinaDay } from '@crm/domain';
import { q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * TypeORM shares one connection for SQLite, so transactions must be serialised (the write queue).
 * Fired at once, 50 writes — each a transaction of several statements — must all be stored whole.
 */
describe('50 concurrent writes', () => {
  // 50 queued transactions on a 2-core machine shared with benchmarks can outlast jest's default 5 s
  jest.setTimeout(30_000);
  let h: Harness;
  let seed: Seed;
  let enterpriseIds: number[];
  let staffIds: number[];

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    enterpriseIds = [];
    for (let i = 0; i < 10; i++) enterpriseIds.push((await seed.enterprise()).id);
    staffIds = [(await seed.staff()).id, (await seed.staff()).id];
  });
  afterAll(() => h.close());

  it('stores all 50 meetings POSTed in parallel, each with its links, derived values and audit event', async () => {
    const bodies = Array.from({ length: 50 }, (_, i) => ({
      title: `Visit ${i}`,
      kind: 'visit_made',
      startsAt: new Date(Date.UTC(2024, 3, 1 + (i % 28), 2, i)).toISOString(),
      staffIds,
      enterpriseIds: enterpriseIds.filter((_, index) => index % 5 === i % 5 || index === 9),
    }));
    const responses = await Promise.all(bodies.map((body) => h.api('post', '/api/meetings').send(body)));
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(50);

    const stored = await h
      .api('get', `/api/meetings?filter=${q({ id: responses.map((response) => response.body.id) })}`)
      .expect(200);
    expect(stored.body).toHaveLength(50);
    const byTitle = new Map((stored.body as ApiRecord[]).map((meeting) => [meeting.title, meeting]));
    for (const body of bodies)
      expect(byTitle.get(body.title)).toMatchObject({ enterpriseIds: body.enterpriseIds, staffIds });

    const dataSource = h.app.get(DataSource);
    const [{ links }] = await dataSource.query('SELECT COUNT(*) AS links FROM meeting_enterprises');
    expect(Number(links)).toBe(bodies.reduce((sum, body) => sum + body.enterpriseIds.length, 0));
    const [{ audits }] = await dataSource.query(
      `SELECT COUNT(*) AS audits FROM audit_events WHERE resource = 'meetings' AND action = 'create'`,
    );
    expect(Number(audits)).toBe(50);
    // each enterprise's last contact is the latest of its meetings, as China's calendar counts days
    const enterprises = (await h.api('get', `/api/enterprises?filter=${q({ id: enterpriseIds })}`).expect(200))
      .body as ApiRecord[];
    for (const enterprise of enterprises) {
      const latest = bodies
        .filter((body) => body.enterpriseIds.includes(enterprise.id))
        .map((body) => body.startsAt)
        .sort()
        .pop()!;
      expect(enterprise).toMatchObject({ relationshipStage: 'engaged', lastContactDate: chinaDay(new Date(latest)) });
    }
  });

  it('answers 50 parallel PUTs of one record: exactly one wins, 49 get 409, none fails', async () => {
    const chamber = await seed.chamber();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        h.api('put', `/api/chambers/${chamber.id}`).send({ version: chamber.version, city: `City ${i}` }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const winner = responses.find((response) => response.status === 200)!.body;
    expect((await h.api('get', `/api/chambers/${chamber.id}`).expect(200)).body).toMatchObject({
      city: winner.city,
      version: chamber.version + 1,
    });
  });

  it('applies 50 parallel PUTs of 50 records, each with its own version, all of them', async () => {
    const tasks: ApiRecord[] = [];
    for (let i = 0; i < 50; i++)
      tasks.push(await seed.create('tasks', { title: `Call ${i}`, enterpriseId: enterpriseIds[i % 10] }));
    const responses = await Promise.all(
      tasks.map((task) =>
        h.api('put', `/api/tasks/${task.id}`).send({ version: task.version, doneAt: '2024-05-01T02:00:00Z' }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
    const done = await h
      .api('get', `/api/tasks?filter=${q({ id: tasks.map((task) => task.id), doneAt_neq: null })}&range=[0,0]`)
      .expect(200);
    expect(done.headers['x-total-count']).toBe('50');
  });
});
