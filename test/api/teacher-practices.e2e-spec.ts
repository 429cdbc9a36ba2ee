import ExcelJS from 'exceljs';
import { expectError, q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { binaryBody, Harness, startHarness } from './harness';
import { RoleAccount, roleAccounts } from './roles';

/**
 * Teachers' practice in enterprises (教师企业实践) as its users keep it: the dean of a college
 * records his teachers' practices (never another college's), the office anyone's, everyone reads;
 * the days are checked against the dates; the practice shows on the teacher, the enterprise and the
 * outcome, in the annual report per college, in the export and the audit trail, and comes back from
 * the trash.
 */
describe('teacher practices', () => {
  let h: Harness;
  let seed: Seed;
  let dean: RoleAccount;
  let leader: RoleAccount;
  let collegeId: number;
  let otherCollegeId: number;
  let teacher: ApiRecord;
  let otherTeacher: ApiRecord;
  let enterprise: ApiRecord;
  let project: ApiRecord;
  const listIds = async (filter: object) =>
    ((await h.api('get', `/api/teacher-practices?filter=${q(filter)}`).expect(200)).body as ApiRecord[]).map(
      (record) => record.id,
    );

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    const roles = await roleAccounts(h);
    ({ college: dean, leader } = roles.accounts);
    collegeId = roles.collegeId;
    otherCollegeId = (await seed.college()).id;
    teacher = await seed.create('staff', { name: '王建国', unitId: collegeId });
    otherTeacher = await seed.create('staff', { name: '李明', unitId: otherCollegeId });
    enterprise = await seed.enterprise({ name: '江朗智能科技有限公司' });
    project = await seed.outcome({ enterpriseId: enterprise.id, kind: 'teacher_practice', title: '教师企业实践基地' });
  });
  afterAll(() => h.close());

  const body = (extra: object = {}) => ({
    staffId: teacher.id,
    enterpriseId: enterprise.id,
    startsOn: '2024-07-08',
    endsOn: '2024-07-26',
    content: '参与智能产线调试与维护',
    ...extra,
  });

  it('lets the dean record a practice of his college’s teacher, the days counted from the dates when left out, and keeps it his college’s', async () => {
    const created = (
      await dean
        .as('post', '/api/teacher-practices')
        .send(body({ outcomeId: project.id }))
        .expect(201)
    ).body;
    expect(created).toMatchObject({
      staffId: teacher.id,
      enterpriseId: enterprise.id,
      outcomeId: project.id,
      unitId: collegeId,
      days: 19,
      version: 1,
    });
    const edited = (
      await dean
        .as('put', `/api/teacher-practices/${created.id}`)
        .send({ ...created, days: 10 })
        .expect(200)
    ).body;
    expect(edited).toMatchObject({ days: 10, version: 2, unitId: collegeId });
  });

  it('refuses the dean another college’s teacher, and a leader any practice; both read them', async () => {
    expectError(await dean.as('post', '/api/teacher-practices').send(body({ staffId: otherTeacher.id })), 403);
    const others = (
      await h
        .api('post', '/api/teacher-practices')
        .send(body({ staffId: otherTeacher.id }))
        .expect(201)
    ).body;
    expect(others.unitId).toBe(otherCollegeId);
    expectError(await dean.as('put', `/api/teacher-practices/${others.id}`).send({ ...others, days: 3 }), 403);
    expectError(await dean.as('delete', `/api/teacher-practices/${others.id}`), 403);
    // nor may he hand his own practice to another college's teacher
    const own = (await dean.as('post', '/api/teacher-practices').send(body()).expect(201)).body;
    expectError(
      await dean.as('put', `/api/teacher-practices/${own.id}`).send({ ...own, staffId: otherTeacher.id }),
      403,
    );
    expectError(await leader.as('post', '/api/teacher-practices').send(body()), 403);
    await leader.as('get', `/api/teacher-practices/${others.id}`).expect(200);
    await dean.as('get', `/api/teacher-practices/${others.id}`).expect(200);
    expect((await h.api('get', `/api/teacher-practices/${others.id}`).expect(200)).body.version).toBe(1);
  });

  it('answers bad dates, days and projects with a 400 naming each field, in the reader’s language', async () => {
    expectError(await h.api('post', '/api/teacher-practices').send(body({ endsOn: '2024-07-01' })), 400, ['endsOn']);
    expect(
      expectError(await h.api('post', '/api/teacher-practices').send(body({ days: 20 })), 400, ['days']).days,
    ).toBe('must be at most the 19 days from the first day to the last');
    const inChinese = await h
      .api('post', '/api/teacher-practices')
      .set('Accept-Language', 'zh-CN')
      .send(body({ days: 20 }))
      .expect(400);
    expect(inChinese.body.errors).toEqual({ days: '不能超过从第一天到最后一天的 19 天' });
    expectError(
      await h.api('post', '/api/teacher-practices').send(body({ days: 0, startsOn: '2024-02-30', content: ' ' })),
      400,
      ['days', 'startsOn', 'content'],
    );
    const elsewhere = await seed.outcome({ kind: 'joint_lab' });
    expectError(await h.api('post', '/api/teacher-practices').send(body({ outcomeId: elsewhere.id })), 400, [
      'outcomeId',
    ]);
    expectError(await h.api('post', '/api/teacher-practices').send(body({ enterpriseId: 999_999 })), 400, [
      'enterpriseId',
    ]);
  });

  it('shows on the teacher, the enterprise and the outcome, and keeps the teacher from being deleted while it stands', async () => {
    const practice = (
      await h
        .api('post', '/api/teacher-practices')
        .send(body({ outcomeId: project.id, startsOn: '2024-10-08', endsOn: '2024-10-12' }))
        .expect(201)
    ).body;
    for (const filter of [
      { staffId: teacher.id },
      { enterpriseId: enterprise.id },
      { outcomeId: project.id },
      { unitId: collegeId },
    ])
      expect(await listIds(filter)).toContain(practice.id);
    expect(await listIds({ staffId: otherTeacher.id })).not.toContain(practice.id);
    expect(expectError(await h.api('delete', `/api/staff/${teacher.id}`), 409)).toBeDefined();
  });

  it('takes the dean’s evidence file, goes to the trash and comes back from it, every step in the audit trail', async () => {
    const practice = (
      await dean
        .as('post', '/api/teacher-practices')
        .send(body({ startsOn: '2024-11-04', endsOn: '2024-11-08' }))
        .expect(201)
    ).body;
    const evidence = await dean
      .as('post', '/api/attachments')
      .field('resource', 'teacher-practices')
      .field('recordId', String(practice.id))
      .attach('file', Buffer.from('%PDF-1.4 实践鉴定表'), {
        filename: '企业实践鉴定表.pdf',
        contentType: 'application/pdf',
      })
      .expect(201);
    expect(evidence.body).toMatchObject({
      resource: 'teacher-practices',
      recordId: practice.id,
      name: '企业实践鉴定表.pdf',
    });
    await dean.as('delete', `/api/teacher-practices/${practice.id}`).expect(200);
    expect(await listIds({ deleted: true })).toContain(practice.id);
    // the admin restores
    expectError(await dean.as('post', `/api/teacher-practices/${practice.id}/restore`), 403);
    await h.api('post', `/api/teacher-practices/${practice.id}/restore`).expect(201);
    expect(await listIds({ id: [practice.id] })).toEqual([practice.id]);
    const events = (
      await h
        .api(
          'get',
          `/api/audit-events?filter=${q({ resource: 'teacher-practices', recordId: practice.id })}&sort=${q(['id', 'ASC'])}`,
        )
        .expect(200)
    ).body as { action: string }[];
    // the dean's attempt at a restore is kept too
    expect(events.map((event) => event.action)).toEqual(['create', 'delete', 'refused', 'restore']);
  });

  it('adds up each college’s practice days of the academic year in the annual report: its JSON and its workbook', async () => {
    const college = await h.api('post', '/api/units').send({ name: '智能制造学院', kind: 'college' }).expect(201);
    const colleague = await seed.create('staff', { name: '陈老师', unitId: college.body.id });
    const practise = (extra: object) =>
      h
        .api('post', '/api/teacher-practices')
        .send(body({ staffId: colleague.id, ...extra }))
        .expect(201);
    const autumn = (await practise({ startsOn: '2022-10-10', endsOn: '2022-10-14' })).body;
    const spring = (await practise({ startsOn: '2023-05-08', endsOn: '2023-05-19', days: 8 })).body;
    // the next academic year's, and a deleted one, do not count
    await practise({ startsOn: '2023-09-04', endsOn: '2023-09-08' });
    await h
      .api(
        'delete',
        `/api/teacher-practices/${(await practise({ startsOn: '2023-03-06', endsOn: '2023-03-10' })).body.id}`,
      )
      .expect(200);

    const report = (await h.api('get', '/api/reports/annual?academicYear=2022-2023').expect(200)).body;
    const row = report.colleges.find((entry: { unitId: number }) => entry.unitId === college.body.id);
    expect(row).toEqual({
      unitId: college.body.id,
      college: '智能制造学院',
      figures: { teacherPracticeDays: 13 },
      sources: { teacherPracticeDays: { resource: 'teacher-practices', ids: [autumn.id, spring.id] } },
    });
    expect(
      report.colleges.find((entry: { unitId: number }) => entry.unitId === collegeId).figures.teacherPracticeDays,
    ).toBe(0);
    expect(report.collegeTotals).toEqual({ teacherPracticeDays: 13 });

    const file = await h
      .api('get', '/api/reports/annual?academicYear=2022-2023&format=xlsx')
      .set('Accept-Language', 'zh-CN')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body);
    const sheet = workbook.getWorksheet('二级学院')!;
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((cells) => (cells as unknown[]).slice(1));
    expect(rows[0]).toEqual(['二级学院', '教师企业实践天数']);
    expect(rows).toContainEqual(['智能制造学院', 13]);
    expect(rows[rows.length - 1]).toEqual(['合计', 13]);
  });

  it('imports the dean’s XLSX sheet through the write pipeline: other colleges’ teachers, unknown enterprises and bad days refused per row, a second import matched', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('2025年教师企业实践');
    sheet.addRow(['序号', '教师姓名', '实践企业', '开始日期', '结束日期', '实践天数', '实践内容']);
    sheet.addRow([1, '王建国', '江朗智能科技有限公司', '2025-07-07', '2025-07-18', 10, '产线数字化改造']);
    sheet.addRow([2, '王建国', '江朗智能科技有限公司', '2025-08-04', '2025-08-08', '', '设备维护培训']);
    sheet.addRow([3, '李明', '江朗智能科技有限公司', '2025-07-07', '2025-07-11', 5, '另一学院的教师']);
    sheet.addRow([4, '王建国', '不存在的公司', '2025-07-07', '2025-07-11', 5, '企业不在系统中']);
    sheet.addRow([5, '王建国', '江朗智能科技有限公司', '2025-09-01', '2025-09-05', 9, '天数超过期间']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = () =>
      dean
        .as('post', '/api/imports/teacher-practices')
        .set('Accept-Language', 'zh-CN')
        .attach('file', file, '教师企业实践.xlsx')
        .expect(201);

    const preview = (await upload()).body;
    expect(
      preview.rows.map((row: { row: number; action: string; errors?: object }) => [
        row.row,
        row.action,
        Object.keys(row.errors ?? {}),
      ]),
    ).toEqual([
      [2, 'create', []],
      [3, 'create', []],
      [4, 'invalid', ['owner']], // another college's teacher: the refusal stands on the teacher column
      [5, 'invalid', ['organisation']],
      [6, 'invalid', ['days']],
    ]);
    expect(preview.rows[3].errors.organisation).toContain('不存在的公司');
    expect((await dean.as('post', `/api/imports/${preview.id}/commit`).expect(201)).body).toEqual({
      counts: { create: 2, match: 0, invalid: 3 },
      created: { enterprises: 0, 'teacher-practices': 2 },
    });
    const imported = (
      await h
        .api(
          'get',
          `/api/teacher-practices?filter=${q({ staffId: teacher.id, startsOn_gte: '2025-07-01', startsOn_lte: '2025-08-31' })}&sort=${q(['startsOn', 'ASC'])}`,
        )
        .expect(200)
    ).body;
    expect(imported).toMatchObject([
      { startsOn: '2025-07-07', endsOn: '2025-07-18', days: 10, content: '产线数字化改造', unitId: collegeId },
      { startsOn: '2025-08-04', endsOn: '2025-08-08', days: 5, content: '设备维护培训', unitId: collegeId },
    ]);
    // the same sheet again writes nothing twice
    expect((await upload()).body.counts).toEqual({ create: 0, match: 2, invalid: 3 });
  });

  it('exports the list as a workbook a parser reads back: headed in Chinese, names for ids, days as numbers', async () => {
    const practice = (
      await h
        .api('post', '/api/teacher-practices')
        .send(body({ startsOn: '2025-03-03', endsOn: '2025-03-07', days: 4 }))
        .expect(201)
    ).body;
    const response = await h
      .api('get', `/api/teacher-practices/export?format=xlsx&filter=${q({ id: [practice.id] })}`)
      .set('Accept-Language', 'zh-CN')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const rows = workbook.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows).toEqual([
      ['教师', '二级学院', '实践企业', '开始日期', '结束日期', '实践天数', '实践内容', '合作项目'],
      [
        '王建国',
        expect.stringMatching(/^College of roles/),
        '江朗智能科技有限公司',
        '2025-03-03',
        '2025-03-07',
        4,
        '参与智能产线调试与维护',
      ],
    ]);
  });
});
