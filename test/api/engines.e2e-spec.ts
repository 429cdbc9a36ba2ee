import { DataSource } from 'typeorm';
import { q } from '../fixtures/assertions';
import { Harness, startHarness } from './harness';

const RESOURCES = [
  'units',
  'majors',
  'staff',
  'chambers',
  'enterprises',
  'memberships',
  'contacts',
  'meetings',
  'outcomes',
  'intakes',
  'tasks',
  'audit-events',
];

/**
 * The same demo seed on both engines (e2e-postgres only, where this suite's harness runs on
 * PostgreSQL; the other one on a SQLite file): the same totals, whole tables, filtered and searched.
 */
describe('the demo seed on SQLite and on PostgreSQL', () => {
  let postgres: Harness;
  let sqlite: Harness;
  // one after the other: each engine's data source reads the entities' time columns when it starts
  beforeAll(async () => {
    postgres = await startHarness({ CRM_DEMO_DATA: '1' });
    sqlite = await startHarness({ CRM_DEMO_DATA: '1', DATABASE_URL: '' });
  }, 120_000);
  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  const totals = async (h: Harness, filters: [string, object][]) => {
    const answers: Record<string, number> = {};
    for (const [resource, filter] of filters) {
      const response = await h.api('get', `/api/${resource}?filter=${q(filter)}&range=[0,0]`).expect(200);
      answers[`${resource} ${JSON.stringify(filter)}`] = Number(response.headers['x-total-count']);
    }
    return answers;
  };

  it('runs one on each engine', () => {
    expect([postgres, sqlite].map((h) => h.app.get(DataSource).options.type)).toEqual(['postgres', 'better-sqlite3']);
  });

  it('gives the same totals of every resource, filtered and searched', async () => {
    const filters: [string, object][] = [
      ...RESOURCES.map((resource) => [resource, {}] as [string, object]),
      ['enterprises', { q: '科技' }],
      ['enterprises', { q: '上' }],
      ['enterprises', { q: 'Jianglang' }],
      ['contacts', { q: '王' }],
      ['contacts', { q: '经理' }],
      ['meetings', { q: '座谈' }],
      ['meetings', { startsAt_gte: '2024-01-01T00:00:00+08:00' }],
      ['outcomes', { stage: 'active' }],
      ['tasks', { doneAt: null }],
      ['enterprises', { deleted: true }],
    ];
    const onPostgres = await totals(postgres, filters);
    expect(onPostgres['enterprises {}']).toBeGreaterThan(100);
    expect(await totals(sqlite, filters)).toEqual(onPostgres);
  });
});
