import type request from 'supertest';
import ExcelJS from 'exceljs';
import { EntityManager } from 'typeorm';
import { parse } from 'csv-parse/sync';
import { addDays, chinaDay, labelOf } from '@crm/domain';
import { AgreementsJob } from '../../apps/api/src/agreements/agreements.job';
import { AgreementsService } from '../../apps/api/src/agreements/agreements.service';
import { Clock } from '../../apps/api/src/common/clock';
import { Task } from '../../apps/api/src/tasks/task.entity';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

const TODAY = '2025-03-10';

/** The Employment Office's day: bases and their use, agreements that end, renewals. */
describe('internship partners and agreement expiry', () => {
  let h: Harness;
  let seed: Seed;
  let ids: Record<string, number>;
  let owner: ApiRecord;
  let employmentHead: ApiRecord;

  const runDaily = () => h.app.get(AgreementsService).runDaily();
  const report = async (query = 'academicYear=2024-2025') =>
    (await h.api('get', `/api/reports/internships?${query}`).expect(200)).body as Record<string, unknown>[];
  const renewalTasks = async () =>
    (await h.api('get', `/api/tasks?filter=${q({ title_neq: '' })}&range=[0,99]`).expect(200)).body.filter(
      (task: ApiRecord) => task.renewalKey,
    ) as ApiRecord[];

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    // 12:00 in Beijing on 10 March 2025
    jest.spyOn(h.app.get(Clock), 'now').mockReturnValue(new Date(`${TODAY}T04:00:00Z`));
    const [collegeA, collegeB] = [await seed.college(), await seed.college()];
    const major = (unitId: number, code: string) => seed.create('majors', { code, name: `Major ${code}`, unitId });
    const [m1, m2, m3] = [
      await major(collegeA.id, '460101'),
      await major(collegeA.id, '460102'),
      await major(collegeB.id, '460201'),
    ];
    owner = await seed.staff();
    employmentHead = await seed.create('staff', {
      name: 'Guan Rui',
      username: 'guanrui',
      password: 'a good password',
      role: 'employment',
    });
    const base = (extra: Record<string, unknown>) => seed.outcome({ kind: 'internship_base', ...extra });
    const [big, soon, ended, idea, lab, gone] = [
      await base({
        title: 'A base',
        stage: 'active',
        unitId: collegeA.id,
        capacity: 40,
        ownerId: owner.id,
        startDate: '2023-09-01',
        endDate: addDays(TODAY, 400),
      }),
      await base({ title: 'B base', stage: 'signed', unitId: collegeB.id, capacity: 10, endDate: addDays(TODAY, 30) }),
      await base({
        title: 'C base',
        stage: 'active',
        unitId: collegeA.id,
        capacity: 20,
        ownerId: owner.id,
        startDate: '2022-03-01',
        endDate: addDays(TODAY, -10),
        signedDate: '2022-02-20',
      }),
      await base({ title: 'D base', stage: 'idea', unitId: collegeA.id, capacity: 99 }),
      await seed.outcome({ title: 'Lab', kind: 'joint_lab', stage: 'active', endDate: addDays(TODAY, 20) }),
      await base({ title: 'E base', stage: 'active', capacity: 500, endDate: addDays(TODAY, 5) }),
    ];
    await h.api('delete', `/api/outcomes/${gone.id}`).expect(200);
    const intake = (
      outcomeId: number,
      majorId: number,
      academicYear: string,
      term: string,
      positions: number,
      placed: number,
      hired: number,
    ) => seed.create('intakes', { outcomeId, majorId, academicYear, term, positions, placed, hired });
    await intake(big.id, m1.id, '2024-2025', 'autumn', 10, 8, 3);
    await intake(big.id, m2.id, '2024-2025', 'spring', 6, 5, 1);
    await intake(big.id, m1.id, '2023-2024', 'autumn', 20, 20, 10);
    await intake(soon.id, m3.id, '2024-2025', 'autumn', 5, 4, 0);
    const removed = await intake(soon.id, m3.id, '2024-2025', 'spring', 100, 100, 100);
    await h.api('delete', `/api/intakes/${removed.id}`).expect(200);
    ids = {
      collegeA: collegeA.id,
      collegeB: collegeB.id,
      m1: m1.id,
      m2: m2.id,
      m3: m3.id,
      big: big.id,
      soon: soon.id,
      ended: ended.id,
      idea: idea.id,
      lab: lab.id,
    };
  });
  afterAll(() => h.close());

  it('lists one row per signed internship base with the year’s sums of its intakes', async () => {
    const rows = await report();
    expect(rows.map((row) => row.title)).toEqual(['A base', 'B base', 'C base']);
    expect(rows[0]).toMatchObject({
      outcomeId: ids.big,
      unitId: ids.collegeA,
      capacity: 40,
      positions: 16,
      placed: 13,
      hired: 4,
      utilisation: 0.325,
      endDate: addDays(TODAY, 400),
      daysLeft: 400,
      majors: [
        { id: ids.m1, name: 'Major 460101' },
        { id: ids.m2, name: 'Major 460102' },
      ],
    });
    expect(rows[0].enterpriseName).toEqual(expect.stringMatching(/^Enterprise /));
    expect(rows[1]).toMatchObject({
      outcomeId: ids.soon,
      positions: 5,
      placed: 4,
      hired: 0,
      utilisation: 0.4,
      daysLeft: 30,
    });
    expect(rows[2]).toMatchObject({
      outcomeId: ids.ended,
      positions: 0,
      placed: 0,
      hired: 0,
      utilisation: 0,
      majors: [],
      daysLeft: -10,
    });
    const lastYear = await report('academicYear=2023-2024');
    expect(lastYear[0]).toMatchObject({ positions: 20, placed: 20, hired: 10, utilisation: 0.5 });
  });

  it('filters by college and by major', async () => {
    expect((await report(`academicYear=2024-2025&unitId=${ids.collegeB}`)).map((row) => row.outcomeId)).toEqual([
      ids.soon,
    ]);
    expect((await report(`academicYear=2024-2025&majorId=${ids.m2}`)).map((row) => row.outcomeId)).toEqual([ids.big]);
    expectError(await h.api('get', '/api/reports/internships?academicYear=2024'), 400, ['academicYear']);
    expectError(await h.api('get', '/api/reports/internships?academicYear=2024-2025&unitId=abc'), 400, ['unitId']);
  });

  it('sorts and pages in the server like any list, the total in the headers', async () => {
    const page = await h
      .api(
        'get',
        `/api/reports/internships?academicYear=2024-2025&sort=${encodeURIComponent('["utilisation","DESC"]')}&range=[0,1]`,
      )
      .expect(200);
    expect(page.body.map((row: ApiRecord) => [row.outcomeId, row.utilisation])).toEqual([
      [ids.soon, 0.4],
      [ids.big, 0.325],
    ]);
    expect(page.headers['content-range']).toBe('internships 0-1/3');
    expect(page.headers['x-total-count']).toBe('3');
    const next = await h
      .api(
        'get',
        `/api/reports/internships?academicYear=2024-2025&sort=${encodeURIComponent('["utilisation","DESC"]')}&range=[2,3]`,
      )
      .expect(200);
    expect(next.body.map((row: ApiRecord) => row.outcomeId)).toEqual([ids.ended]);
    expect(next.headers['content-range']).toBe('internships 2-2/3');
    const byPlaced = await h
      .api('get', `/api/reports/internships?academicYear=2024-2025&sort=${encodeURIComponent('["placed","ASC"]')}`)
      .expect(200);
    expect(byPlaced.body.map((row: ApiRecord) => row.placed)).toEqual([0, 4, 13]);
    const byEnd = await h
      .api(
        'get',
        `/api/reports/internships?academicYear=2024-2025&unitId=${ids.collegeA}&sort=${encodeURIComponent('["daysLeft","ASC"]')}&range=[0,0]`,
      )
      .expect(200);
    expect(byEnd.body.map((row: ApiRecord) => row.outcomeId)).toEqual([ids.ended]);
    expect(byEnd.headers['x-total-count']).toBe('2');
    expectError(
      await h.api(
        'get',
        `/api/reports/internships?academicYear=2024-2025&sort=${encodeURIComponent('["notes","ASC"]')}`,
      ),
      400,
      ['sort'],
    );
    expectError(await h.api('get', '/api/reports/internships?academicYear=2024-2025&range=[5,1]'), 400, ['range']);
  });

  it('exports the report as filtered and sorted, as CSV and XLSX, headed in the reader’s language', async () => {
    const binary = (response: request.Response, done: (error: Error | null, body: Buffer) => void) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => done(null, Buffer.concat(parts)));
    };
    const sort = encodeURIComponent('["placed","DESC"]');
    const csv = await h
      .api('get', `/api/reports/internships/export?academicYear=2024-2025&unitId=${ids.collegeA}&sort=${sort}`)
      .set('Accept-Language', 'zh-CN')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(csv.headers['content-disposition'])![1])).toMatch(
      /^实习基地-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const rows: string[][] = parse((csv.body as Buffer).toString('utf8'), { bom: true });
    expect(rows[0]).toEqual([
      '实习基地',
      '阶段',
      '合作企业',
      '负责部门',
      '专业',
      '容量',
      '岗位数',
      '实习人数',
      '录用人数',
      '使用率（%）',
      '协议到期日',
      '剩余天数',
    ]);
    expect(
      rows.slice(1).map((row) => [row[0], row[1], row[4], row[5], row[6], row[7], row[8], row[9], row[11]]),
    ).toEqual([
      [
        'A base',
        labelOf('outcomeStages', 'active', 'zh-CN'),
        'Major 460101、Major 460102',
        '40',
        '16',
        '13',
        '4',
        '32.5',
        '400',
      ],
      ['C base', labelOf('outcomeStages', 'lapsed', 'zh-CN'), '', '20', '0', '0', '0', '0', '-10'],
    ]);

    const xlsx = await h
      .api('get', `/api/reports/internships/export?academicYear=2024-2025&format=xlsx`)
      .set('Accept-Language', 'en')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Internship base');
    expect(sheet.rowCount).toBe(4);
    expect([2, 3, 4].map((row) => [sheet.getRow(row).getCell(1).value, sheet.getRow(row).getCell(8).value])).toEqual([
      ['A base', 13],
      ['B base', 4],
      ['C base', 0],
    ]);
    expect(sheet.name).toBe('internships');
    const chinese = await h
      .api('get', `/api/reports/internships/export?academicYear=2024-2025&format=xlsx`)
      .set('Accept-Language', 'zh-CN')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const chineseBook = new ExcelJS.Workbook();
    await chineseBook.xlsx.load(chinese.body);
    expect(chineseBook.worksheets[0].name).toBe('实习基地');
    expectError(await h.api('get', '/api/reports/internships/export?academicYear=2024-2025&format=pdf'), 400, [
      'format',
    ]);
  });

  it('totals intakes per academic year, term, college and major', async () => {
    const totals = (await h.api('get', '/api/reports/intake-totals?academicYear=2024-2025').expect(200)).body;
    expect(totals.total).toEqual({ positions: 21, placed: 17, hired: 4 });
    expect(totals.byTerm).toEqual([
      { term: 'autumn', positions: 15, placed: 12, hired: 3 },
      { term: 'spring', positions: 6, placed: 5, hired: 1 },
    ]);
    expect(totals.byCollege.map((row: ApiRecord) => [row.unitId, row.positions, row.placed, row.hired])).toEqual(
      [
        [ids.collegeA, 16, 13, 4],
        [ids.collegeB, 5, 4, 0],
      ].sort((a, b) => a[0] - b[0]),
    );
    expect(totals.byMajor.map((row: ApiRecord) => [row.majorId, row.placed])).toEqual([
      [ids.m1, 8],
      [ids.m2, 5],
      [ids.m3, 4],
    ]);
    const allYears = (await h.api('get', `/api/reports/intake-totals?majorId=${ids.m1}`).expect(200)).body;
    expect(allYears.total).toEqual({ positions: 30, placed: 28, hired: 13 });
    // narrowed as the intake list is: by term, by the base's enterprise
    expect(
      (await h.api('get', '/api/reports/intake-totals?academicYear=2024-2025&term=spring').expect(200)).body.total,
    ).toEqual({ positions: 6, placed: 5, hired: 1 });
    const big = (await h.api('get', `/api/outcomes/${ids.big}`).expect(200)).body;
    expect(
      (await h.api('get', `/api/reports/intake-totals?enterpriseId=${big.enterpriseId}`).expect(200)).body.total,
    ).toEqual({ positions: 36, placed: 33, hired: 14 });
    expectError(await h.api('get', '/api/reports/intake-totals?term=winter'), 400, ['term']);
  });

  it('derives an agreement typed as running past its end as lapsed, and the daily run makes one renewal task per term', async () => {
    const ended = (await h.api('get', `/api/outcomes/${ids.ended}`).expect(200)).body;
    expect(ended.stage).toBe('lapsed');
    const home = (await h.api('get', '/api/reports/home').expect(200)).body;
    expect(home).toMatchObject({
      activeInternshipBases: 2,
      internshipCapacity: 50,
      expiringAgreements: 2,
      expiryDays: 90,
    });

    expect(await runDaily()).toEqual({ lapsed: 0, tasksCreated: 3 });
    // however often it runs, and however often the outcome is written, there is one task per term
    expect(await runDaily()).toEqual({ lapsed: 0, tasksCreated: 0 });
    const soon = (await h.api('get', `/api/outcomes/${ids.soon}`).expect(200)).body;
    await h
      .api('put', `/api/outcomes/${ids.soon}`)
      .send({ ...soon, notes: 'called them' })
      .expect(200);
    expect(await runDaily()).toEqual({ lapsed: 0, tasksCreated: 0 });

    const tasks = await renewalTasks();
    expect(tasks.map((task) => task.outcomeId).sort()).toEqual([ids.soon, ids.ended, ids.lab].sort());
    const byOutcome = new Map(tasks.map((task) => [task.outcomeId, task]));
    expect(byOutcome.get(ids.ended)).toMatchObject({ assigneeId: owner.id, dueDate: TODAY, doneAt: null });
    expect(byOutcome.get(ids.ended)!.title).toContain('未续签');
    // no owner: the Employment Office's account takes an internship base
    expect(byOutcome.get(ids.soon)).toMatchObject({ assigneeId: employmentHead.id, dueDate: addDays(TODAY, 30) });
    expect(byOutcome.get(ids.soon)!.title).not.toContain('未续签');
  });

  it('lists ended agreements first, then those ending soonest, each with its renewal task', async () => {
    const expiry = (await h.api('get', '/api/reports/expiring').expect(200)).body;
    expect(expiry).toMatchObject({ today: TODAY, expiryDays: 90 });
    expect(expiry.agreements.map((row: ApiRecord) => [row.outcomeId, row.status, row.daysLeft])).toEqual([
      [ids.ended, 'ended', -10],
      [ids.lab, 'expiring', 20],
      [ids.soon, 'expiring', 30],
    ]);
    expect(expiry.agreements.every((row: ApiRecord) => typeof row.renewalTaskId === 'number')).toBe(true);
    expect(expiry.total).toBe(3);

    // paged in the server: the ended one stays on top of the first page
    const first = await h.api('get', '/api/reports/expiring?range=[0,1]').expect(200);
    expect(first.body.agreements.map((row: ApiRecord) => row.outcomeId)).toEqual([ids.ended, ids.lab]);
    expect(first.headers['content-range']).toBe('expiring 0-1/3');
    expect((await h.api('get', '/api/reports/expiring?range=[2,9]').expect(200)).body).toMatchObject({
      total: 3,
      range: [2, 2],
      agreements: [{ outcomeId: ids.soon }],
    });
    const latest = await h
      .api('get', `/api/reports/expiring?sort=${encodeURIComponent('["endDate","DESC"]')}`)
      .expect(200);
    expect(latest.body.agreements.map((row: ApiRecord) => row.outcomeId)).toEqual([ids.ended, ids.soon, ids.lab]);
    expectError(await h.api('get', `/api/reports/expiring?sort=${encodeURIComponent('["stage","ASC"]')}`), 400, [
      'sort',
    ]);
    // the internship page's list: its bases only, the joint lab left to the list of every kind
    const bases = (await h.api('get', '/api/reports/expiring?kind=internship_base').expect(200)).body;
    expect(bases.agreements.map((row: ApiRecord) => row.outcomeId)).toEqual([ids.ended, ids.soon]);
    expect(bases.total).toBe(2);
    expectError(await h.api('get', '/api/reports/expiring?kind=castle'), 400, ['kind']);
  });

  it('says so on the renewal task when an agreement that was expiring ends', async () => {
    jest.spyOn(h.app.get(Clock), 'now').mockReturnValue(new Date(`${addDays(TODAY, 31)}T04:00:00Z`));
    try {
      expect(await runDaily()).toEqual({ lapsed: 2, tasksCreated: 0 });
      expect(await runDaily()).toEqual({ lapsed: 0, tasksCreated: 0 });
      const task = (await renewalTasks()).find((row) => row.outcomeId === ids.soon)!;
      expect(task.title).toContain('未续签');
      expect((await h.api('get', `/api/outcomes/${ids.soon}`).expect(200)).body.stage).toBe('lapsed');
      // the run's change is in the audit trail, by nobody
      const audit = (
        await h
          .api('get', `/api/audit-events?filter=${q({ resource: 'outcomes', recordId: ids.soon })}&sort=["id","DESC"]`)
          .expect(200)
      ).body;
      expect(audit[0]).toMatchObject({ action: 'update', before: { stage: 'signed' }, after: { stage: 'lapsed' } });
      expect((await h.api('get', '/api/reports/home').expect(200)).body).toMatchObject({
        activeInternshipBases: 1,
        internshipCapacity: 40,
      });
    } finally {
      jest.spyOn(h.app.get(Clock), 'now').mockReturnValue(new Date(`${TODAY}T04:00:00Z`));
    }
  });

  it('renews an agreement: a new end, the old term in the history, the audit trail, the renewal task done', async () => {
    const renewed = await h
      .api('post', `/api/outcomes/${ids.ended}/renew`)
      .send({ endDate: '2028-02-29', signedDate: '2025-03-08' })
      .expect(200);
    expect(renewed.body).toMatchObject({ stage: 'active', endDate: '2028-02-29', signedDate: '2025-03-08' });
    expect(renewed.body.terms).toHaveLength(1);
    const terms = (await h.api('get', `/api/outcomes/${ids.ended}/terms`).expect(200)).body;
    expect(terms).toEqual([
      expect.objectContaining({
        startDate: '2022-03-01',
        endDate: addDays(TODAY, -10),
        signedDate: '2022-02-20',
        renewedByName: expect.any(String),
      }),
    ]);
    const audit = (
      await h
        .api('get', `/api/audit-events?filter=${q({ resource: 'outcomes', recordId: ids.ended })}&sort=["id","DESC"]`)
        .expect(200)
    ).body;
    expect(audit[0]).toMatchObject({
      action: 'update',
      before: { endDate: addDays(TODAY, -10), stage: 'lapsed' },
      after: { endDate: '2028-02-29', stage: 'active' },
    });
    const task = (await renewalTasks()).find((row) => row.outcomeId === ids.ended)!;
    expect(task.doneAt).not.toBeNull();

    // a second renewal continues the history from the end of the first
    await h.api('post', `/api/outcomes/${ids.ended}/renew`).send({ endDate: '2031-02-28' }).expect(200);
    const two = (await h.api('get', `/api/outcomes/${ids.ended}/terms`).expect(200)).body;
    expect(two.map((term: ApiRecord) => [term.startDate, term.endDate])).toEqual([
      ['2022-03-01', addDays(TODAY, -10)],
      [addDays(TODAY, -9), '2028-02-29'],
    ]);
    expect((await report()).find((row) => row.outcomeId === ids.ended)).toMatchObject({
      stage: 'active',
      endDate: '2031-02-28',
    });
  });

  it('refuses a renewal that does not extend, of an unsigned outcome, or of no outcome, changing nothing', async () => {
    expectError(await h.api('post', `/api/outcomes/${ids.big}/renew`).send({ endDate: addDays(TODAY, 400) }), 400, [
      'endDate',
    ]);
    expectError(await h.api('post', `/api/outcomes/${ids.big}/renew`).send({ endDate: '2030-02-30' }), 400, [
      'endDate',
    ]);
    expectError(await h.api('post', `/api/outcomes/${ids.idea}/renew`).send({ endDate: '2030-01-01' }), 409);
    expectError(await h.api('post', '/api/outcomes/999999/renew').send({ endDate: '2030-01-01' }), 404);
    expect((await h.api('get', `/api/outcomes/${ids.big}/terms`).expect(200)).body).toEqual([]);
  });
});

describe('the renewal task is made once per term', () => {
  it('across a restart and with two servers on one database', async () => {
    const today = chinaDay(new Date());
    let first = await startHarness();
    const seed = new Seed(first.api);
    const outcome = await seed.outcome({ kind: 'framework_agreement', stage: 'active', endDate: addDays(today, 20) });
    const count = async (h: Harness) =>
      (await h.api('get', `/api/tasks?filter=${q({ outcomeId: outcome.id })}`).expect(200)).body.length;
    expect(await first.app.get(AgreementsService).runDaily()).toEqual({ lapsed: 0, tasksCreated: 1 });
    await first.app.close();
    // the restart runs the daily job again at start
    first = await startHarness({}, first.databasePath);
    await first.app.get(AgreementsJob).firstRun;
    expect(await count(first)).toBe(1);

    // a new term (renewed, then ending soon again) gets its task, made by exactly one of two servers
    await first
      .api('post', `/api/outcomes/${outcome.id}/renew`)
      .send({ endDate: addDays(today, 60) })
      .expect(200);
    // the second server's start makes the new term's task; after that, both servers find the agreement
    // due and try again, and the key in the database lets neither through (run one after the other:
    // two connections in one process would wait on each other's lock)
    const second = await startHarness({}, first.databasePath);
    await second.app.get(AgreementsJob).firstRun;
    expect(await count(first)).toBe(2);
    expect(await second.app.get(AgreementsService).runDaily()).toEqual({ lapsed: 0, tasksCreated: 0 });
    expect(await first.app.get(AgreementsService).runDaily()).toEqual({ lapsed: 0, tasksCreated: 0 });
    expect(await count(first)).toBe(2);
    await second.app.close();
    await first.close();
  });

  it("a run that loses the race for a task (the other instance's row not yet visible to its read) makes none and finishes its run", async () => {
    const today = chinaDay(new Date());
    const h = await startHarness();
    const seed = new Seed(h.api);
    const made = await seed.outcome({ kind: 'framework_agreement', stage: 'active', endDate: addDays(today, 20) });
    expect(await h.app.get(AgreementsService).runDaily()).toEqual({ lapsed: 0, tasksCreated: 1 });
    const next = await seed.outcome({ kind: 'framework_agreement', stage: 'active', endDate: addDays(today, 25) });
    // the read of the key answers "not made yet", as it does to an instance racing another: the create's unique conflict decides
    const read = EntityManager.prototype.exists;
    const blind = jest.spyOn(EntityManager.prototype, 'exists').mockImplementation(function (
      this: EntityManager,
      target,
      options,
    ) {
      return target === Task ? Promise.resolve(false) : read.call(this, target, options);
    });
    try {
      expect(await h.app.get(AgreementsService).runDaily()).toEqual({ lapsed: 0, tasksCreated: 1 });
    } finally {
      blind.mockRestore();
    }
    for (const outcome of [made, next])
      expect((await h.api('get', `/api/tasks?filter=${q({ outcomeId: outcome.id })}`).expect(200)).body).toHaveLength(
        1,
      );
    await h.close();
  });
});
