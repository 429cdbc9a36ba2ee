import { DataSource } from 'typeorm';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/** The Industry-Education Integration Office's meetings: what a visit brings back, where a meeting led. */
describe('meetings that lead somewhere', () => {
  let h: Harness;
  let seed: Seed;
  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
  });
  afterAll(() => h.close());

  it('records what a visit made to an enterprise brings back, and adds it to the year’s figures', async () => {
    const [robotics, nursing] = [await seed.major(), await seed.major()];
    const visit = await seed.meeting({
      kind: 'visit_made',
      startsAt: '2024-10-15T02:00:00Z',
      positionsOffered: 12,
      internsWanted: 8,
      graduatesWanted: 3,
      majorIds: [nursing.id, robotics.id],
    });
    expect(visit).toMatchObject({
      positionsOffered: 12,
      internsWanted: 8,
      graduatesWanted: 3,
      majorIds: [robotics.id, nursing.id].sort((a, b) => a - b),
    });
    await seed.meeting({ kind: 'visit_made', startsAt: '2024-11-15T02:00:00Z', positionsOffered: 5, internsWanted: 2 });
    const byMajor = (await h.api('get', `/api/meetings?filter=${q({ majorIds: [nursing.id] })}`).expect(200)).body;
    expect(byMajor.map((meeting: ApiRecord) => meeting.id)).toEqual([visit.id]);
    const { current } = (await h.api('get', '/api/reports/year?academicYear=2024-2025').expect(200)).body;
    expect(current.visits).toEqual({ positionsOffered: 17, internsWanted: 10, graduatesWanted: 3 });

    const refused = await h.api('post', '/api/meetings').send({
      title: 'Symposium',
      kind: 'symposium',
      startsAt: '2024-10-15T02:00:00Z',
      positionsOffered: 3,
      majorIds: [nursing.id],
    });
    expectError(refused, 400, ['positionsOffered', 'majorIds']);
    expectError(
      await h
        .api('post', '/api/meetings')
        .send({ title: 'Visit', kind: 'visit_made', startsAt: '2024-10-15T02:00:00Z', internsWanted: -1 }),
      400,
      ['internsWanted'],
    );
  });

  it('links a follow-up meeting and the outcomes born in a meeting both ways', async () => {
    const symposium = await seed.meeting({ kind: 'symposium' });
    const followUp = await seed.meeting({ followsMeetingId: symposium.id, startsAt: '2024-06-01T02:00:00Z' });
    const outcome = await seed.outcome({ meetingId: symposium.id });
    const task = await seed.create('tasks', {
      title: 'Send the proposal',
      meetingId: symposium.id,
      dueDate: '2024-04-01',
    });
    const read = (await h.api('get', `/api/meetings/${symposium.id}`).expect(200)).body;
    expect(read).toMatchObject({ followUpMeetingIds: [followUp.id], outcomeIds: [outcome.id] });
    expect((await h.api('get', `/api/outcomes/${outcome.id}`).expect(200)).body.meetingId).toBe(symposium.id);
    expect(
      (await h.api('get', `/api/meetings?filter=${q({ followsMeetingId: symposium.id })}`).expect(200)).body.map(
        (m: ApiRecord) => m.id,
      ),
    ).toEqual([followUp.id]);
    expect(task.meetingId).toBe(symposium.id);

    // the links are derived: sending them back changes nothing, and the meeting cannot go while they stand
    await h
      .api('put', `/api/meetings/${symposium.id}`)
      .send({ ...read, followUpMeetingIds: [], outcomeIds: [] })
      .expect(200);
    expect((await h.api('get', `/api/meetings/${symposium.id}`).expect(200)).body).toMatchObject({
      followUpMeetingIds: [followUp.id],
      outcomeIds: [outcome.id],
    });
    const blocked = expectError(await h.api('delete', `/api/meetings/${symposium.id}`), 409);
    expect(blocked).toEqual({});
    expectError(
      await h
        .api('put', `/api/meetings/${followUp.id}`)
        .send({ version: followUp.version, followsMeetingId: followUp.id }),
      400,
      ['followsMeetingId'],
    );
    expectError(
      await h.api('put', `/api/meetings/${followUp.id}`).send({ version: followUp.version, followsMeetingId: 999999 }),
      400,
      ['followsMeetingId'],
    );

    // the link is a foreign key like every other reference: the database itself refuses one to no meeting
    // (through the server's own connection: SQLite enforces foreign keys per connection)
    const dataSource = h.app.get(DataSource);
    const [sql, parameters] = dataSource.driver.escapeQueryWithParameters(
      'UPDATE "meetings" SET "followsMeetingId" = 999999 WHERE "id" = :id',
      { id: followUp.id },
    );
    await expect(dataSource.query(sql, parameters)).rejects.toThrow(/FOREIGN KEY|foreign key/);
    // and the rebuilt table kept its search: a new follow-up is found by its title
    const next = await seed.meeting({ title: '回访江朗科技', followsMeetingId: followUp.id });
    expect(
      (await h.api('get', `/api/meetings?filter=${q({ q: '回访江朗' })}`).expect(200)).body.map((m: ApiRecord) => m.id),
    ).toEqual([next.id]);
  });
});

/** The news item the school publishes after the seed article's symposium, drafted from the demo's record. */
describe('news draft of the seed article’s symposium', () => {
  let h: Harness;
  let symposium: ApiRecord;
  beforeAll(async () => {
    h = await startHarness({ CRM_DEMO_DATA: '1' });
    const found = await h
      .api(
        'get',
        `/api/meetings?filter=${q({ kind: 'symposium', startsAt_gte: '2024-03-21T00:00:00Z', startsAt_lte: '2024-03-21T15:59:59Z' })}`,
      )
      .expect(200);
    symposium = found.body.find((meeting: ApiRecord) => (meeting.enterpriseIds as number[]).length === 28);
  });
  afterAll(() => h.close());

  it('writes, in Chinese, the day in China time, the chamber and its 28 enterprises, who received them, the topics', async () => {
    expect(symposium).toBeDefined();
    const news = (await h.api('get', `/api/meetings/${symposium.id}/news?locale=zh-CN`).expect(200)).body;
    const chamber = (await h.api('get', `/api/chambers/${(symposium.chamberIds as number[])[0]}`).expect(200)).body;
    const chair = (await h.api('get', `/api/staff/${symposium.chairId}`).expect(200)).body;
    const contacts = (await h.api('get', `/api/contacts?filter=${q({ id: symposium.contactIds })}`).expect(200))
      .body as ApiRecord[];
    expect(Object.keys(news).sort()).toEqual(['body', 'title']);
    expect(news.title).toBe(`${chamber.name}28家企业来校座谈交流`);
    expect(news.body).toMatch(/^2024年3月21日下午，/);
    expect(news.body).toContain('28家企业代表来校召开座谈交流会');
    expect(news.body).toContain(`会议由${chair.title}${chair.name}主持`);
    const leader = contacts.find((contact) => contact.chamberId)!;
    expect(news.body).toContain(`${chamber.name}${leader.title}${leader.name}`);
    for (const topic of symposium.topics as string[]) expect(news.body).toContain(topic);
    // the same draft is asked for without a locale: Chinese first
    expect((await h.api('get', `/api/meetings/${symposium.id}/news`).expect(200)).body).toEqual(news);
  });

  it('writes it in English on request, and refuses an unknown language or meeting', async () => {
    const news = (await h.api('get', `/api/meetings/${symposium.id}/news?locale=en`).expect(200)).body;
    const chamber = (await h.api('get', `/api/chambers/${(symposium.chamberIds as number[])[0]}`).expect(200)).body;
    expect(news.title).toBe(`${chamber.name} and 28 enterprises visit the school`);
    expect(news.body).toMatch(/^On the afternoon of 21 March 2024, representatives of 28 enterprises, including /);
    expect(news.body).toContain('held a symposium at the school');
    expect(news.body).toContain('the meeting was chaired by');
    expectError(await h.api('get', `/api/meetings/${symposium.id}/news?locale=fr`), 400, ['locale']);
    expectError(await h.api('get', '/api/meetings/999999/news'), 404);
  });
});
