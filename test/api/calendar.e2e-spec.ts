import { sync as ics, VEvent } from 'node-ical';
import { expectError } from '../fixtures/assertions';
import { Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/** A personal calendar feed that calendar apps subscribe to without logging in. */
describe('calendar feed', () => {
  let h: Harness;
  let seed: Seed;
  let me: number;
  const path = (url: string) => new URL(url).pathname;
  const events = (text: string) =>
    Object.values(ics.parseICS(text)).filter((item): item is VEvent => item.type === 'VEVENT');

  beforeAll(async () => {
    h = await startHarness({ CRM_PUBLIC_URL: 'https://crm.example.edu.cn' });
    seed = new Seed(h.api);
    me = (await h.api('get', '/api/auth/me').expect(200)).body.id;
  });
  afterAll(() => h.close());

  it('gives each user one secret link, the same each time it is asked for', async () => {
    const first = (await h.api('get', '/api/calendar/link').expect(200)).body;
    expect(first.url).toMatch(/^https:\/\/crm\.example\.edu\.cn\/api\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
    expect(path((await h.api('get', '/api/calendar/link').expect(200)).body.url)).toBe(path(first.url));
    // the database keeps a hash, not the secret
    const secret = path(first.url).split('/').pop()!.replace('.ics', '');
    const rows = await h.sql('SELECT * FROM "calendar_links"');
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('carries the user’s meetings and open tasks with due dates, read back by an ICS parser without logging in', async () => {
    const other = await seed.staff();
    const enterprise = await seed.enterprise();
    const attended = await seed.meeting({
      title: '浙江商会座谈会',
      staffIds: [me],
      startsAt: '2026-03-21T06:00:00Z',
      endsAt: '2026-03-21T08:00:00Z',
      location: '会议厅',
    });
    const chaired = await seed.meeting({ title: 'Visit to Jianglang', chairId: me, startsAt: '2026-04-02T01:30:00Z' });
    await seed.meeting({ title: 'Not mine', staffIds: [other.id], startsAt: '2026-04-03T01:30:00Z' });
    const task = await seed.create('tasks', {
      title: '提交实习基地方案',
      assigneeId: me,
      dueDate: '2026-04-30',
      enterpriseId: enterprise.id,
    });
    await seed.create('tasks', {
      title: 'Done already',
      assigneeId: me,
      dueDate: '2026-04-01',
      doneAt: '2026-03-30T02:00:00Z',
      enterpriseId: enterprise.id,
    });
    await seed.create('tasks', { title: 'Some day', assigneeId: me, enterpriseId: enterprise.id });
    await seed.create('tasks', {
      title: 'Someone else’s',
      assigneeId: other.id,
      dueDate: '2026-04-30',
      enterpriseId: enterprise.id,
    });

    const { url } = (await h.api('get', '/api/calendar/link').expect(200)).body;
    const response = await h.http.get(path(url)).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const feed = events(response.text);
    expect(feed.map((event) => event.uid).sort()).toEqual(
      [
        `meeting-${attended.id}@crm.example.edu.cn`,
        `meeting-${chaired.id}@crm.example.edu.cn`,
        `task-${task.id}@crm.example.edu.cn`,
      ].sort(),
    );
    const symposium = feed.find((event) => event.uid.startsWith(`meeting-${attended.id}@`))!;
    expect(symposium.summary).toBe('浙江商会座谈会');
    expect(symposium.location).toBe('会议厅');
    expect(new Date(symposium.start).toISOString()).toBe('2026-03-21T06:00:00.000Z');
    expect(new Date(symposium.end).toISOString()).toBe('2026-03-21T08:00:00.000Z');
    const due = feed.find((event) => event.uid.startsWith('task-'))!;
    expect(due.summary).toContain('提交实习基地方案');
    expect(due.datetype).toBe('date');
    expect(
      `${due.start.getFullYear()}-${String(due.start.getMonth() + 1).padStart(2, '0')}-${String(due.start.getDate()).padStart(2, '0')}`,
    ).toBe('2026-04-30');
  });

  it('issues a new link that revokes the old; a forged or revoked secret answers 404', async () => {
    const old = (await h.api('get', '/api/calendar/link').expect(200)).body.url;
    const renewed = (await h.api('post', '/api/calendar/link').expect(200)).body.url;
    expect(path(renewed)).not.toBe(path(old));
    await h.http.get(path(renewed)).expect(200);
    expectError(await h.http.get(path(old)), 404);
    expectError(await h.http.get(`/api/calendar/${'A'.repeat(43)}.ics`), 404);
    expectError(await h.http.get('/api/calendar/short.ics'), 404);
    expect(path((await h.api('get', '/api/calendar/link').expect(200)).body.url)).toBe(path(renewed));
    // asking for a link needs a login; the feed does not
    await h.http.get('/api/calendar/link').expect(401);
  });
});
