import ExcelJS from 'exceljs';
import { academicYearOf } from '@crm/domain';
import { Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * A small school by hand: two majors, three partners, outcomes in and out of the year, in and
 * out of force, an idea and a deleted one that must not count, a base with intakes of this year
 * and the last. The expected figures below are counted by hand from it.
 */
describe('annual report 2024-2025', () => {
  let h: Harness;
  let seed: Seed;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    const college = await seed.create('units', { name: '信息工程学院', kind: 'college' });
    ids.m1 = (await seed.create('majors', { code: '510101', name: '软件技术', unitId: college.id })).id;
    ids.m2 = (await seed.create('majors', { code: '510102', name: '物联网应用技术', unitId: college.id })).id;
    for (const [key, name] of [
      ['e1', '江朗科技'],
      ['e2', '雷辉生态'],
      ['e3', '华东精密'],
    ])
      ids[key] = (await seed.enterprise({ name })).id;
    const outcome = async (key: string, body: Record<string, unknown>) =>
      (ids[key] = (await seed.create('outcomes', { title: key, ...body })).id);
    await outcome('o1', {
      kind: 'order_class',
      enterpriseId: ids.e1,
      majorId: ids.m1,
      stage: 'active',
      startDate: '2024-09-10',
      orderClassStudents: 40,
      partTimeTeachers: 3,
    });
    await outcome('o2', {
      kind: 'course',
      enterpriseId: ids.e2,
      majorId: ids.m1,
      stage: 'completed',
      startDate: '2025-03-01',
    });
    await outcome('o3', {
      kind: 'textbook',
      enterpriseId: ids.e2,
      majorId: ids.m2,
      stage: 'signed',
      startDate: '2024-10-01',
      textbooks: 2,
    });
    await outcome('o4', {
      kind: 'equipment_donation',
      enterpriseId: ids.e3,
      majorId: ids.m2,
      stage: 'active',
      startDate: '2024-12-01',
      donatedEquipmentValue: 123456,
      quasiDonatedEquipmentValue: 50000,
    });
    await outcome('o5', {
      kind: 'training_service',
      enterpriseId: ids.e1,
      majorId: ids.m2,
      stage: 'completed',
      startDate: '2025-06-01',
      technicalServiceIncome: 88000,
      trainingPersonDays: 120,
    });
    await outcome('o6', {
      kind: 'course',
      enterpriseId: ids.e3,
      majorId: ids.m1,
      stage: 'idea',
      startDate: '2024-10-01',
    });
    await outcome('o7', {
      kind: 'course',
      enterpriseId: ids.e3,
      majorId: ids.m1,
      stage: 'active',
      startDate: '2023-10-01',
      endDate: '2026-08-31',
    });
    await outcome('o8', {
      kind: 'internship_base',
      title: '江朗软件实训基地',
      enterpriseId: ids.e2,
      majorId: ids.m1,
      stage: 'active',
      startDate: '2023-09-01',
      trainingProjects: 5,
      providesAccommodation: true,
      internshipAllowance: 2000,
      paymentPerStudent: 300,
    });
    await outcome('o9', {
      kind: 'course',
      enterpriseId: ids.e1,
      majorId: ids.m1,
      stage: 'active',
      startDate: '2024-10-01',
    });
    await h.api('delete', `/api/outcomes/${ids.o9}`).expect(200);
    const intake = (body: Record<string, unknown>) =>
      seed.create('intakes', { outcomeId: ids.o8, academicYear: '2024-2025', ...body });
    await intake({
      majorId: ids.m1,
      term: 'autumn',
      placed: 10,
      hired: 3,
      studentVisits: 120,
      daysInUse: 60,
      halfYearInterns: 8,
      supervisingTeachers: 4,
    });
    await intake({
      majorId: ids.m1,
      term: 'spring',
      placed: 6,
      hired: 2,
      studentVisits: 80,
      daysInUse: 40,
      halfYearInterns: 0,
      supervisingTeachers: 2,
    });
    await intake({
      majorId: ids.m2,
      term: 'autumn',
      placed: 5,
      hired: 1,
      studentVisits: 30,
      daysInUse: 20,
      halfYearInterns: 5,
      supervisingTeachers: 1,
    });
    await intake({ majorId: ids.m1, term: 'autumn', academicYear: '2023-2024', placed: 99, hired: 99 });
  });
  afterAll(() => h.close());

  const M1 = {
    cooperatingEnterprises: 3,
    orderClassStudents: 40,
    courses: 1,
    textbooks: 0,
    partTimeTeachers: 3,
    placed: 16,
    donatedEquipment: 0,
    quasiDonatedEquipment: 0,
    hired: 5,
    technicalServiceIncome: 0,
    trainingPersonDays: 0,
  };
  const M2 = {
    cooperatingEnterprises: 3,
    orderClassStudents: 0,
    courses: 0,
    textbooks: 2,
    partTimeTeachers: 0,
    placed: 5,
    donatedEquipment: 12.35,
    quasiDonatedEquipment: 5,
    hired: 1,
    technicalServiceIncome: 8.8,
    trainingPersonDays: 120,
  };
  const TOTALS = {
    cooperatingEnterprises: 3,
    orderClassStudents: 40,
    courses: 1,
    textbooks: 2,
    partTimeTeachers: 3,
    placed: 21,
    donatedEquipment: 12.35,
    quasiDonatedEquipment: 5,
    hired: 6,
    technicalServiceIncome: 8.8,
    trainingPersonDays: 120,
  };
  const BASE_M1 = {
    trainingProjects: 5,
    studentVisits: 200,
    daysInUse: 100,
    halfYearInterns: 8,
    providesAccommodation: true,
    internshipAllowance: 2000,
    paymentPerStudent: 300,
    supervisingTeachers: 6,
    hired: 5,
  };
  const BASE_M2 = {
    trainingProjects: 5,
    studentVisits: 30,
    daysInUse: 20,
    halfYearInterns: 5,
    providesAccommodation: true,
    internshipAllowance: 2000,
    paymentPerStudent: 300,
    supervisingTeachers: 1,
    hired: 1,
  };

  it('JSON: the figures per major and per base and major match the hand count, with the records behind them', async () => {
    const report = (await h.api('get', '/api/reports/annual?academicYear=2024-2025').expect(200)).body;
    expect(report.majors.map((row: { code: string }) => row.code)).toEqual(['510101', '510102']);
    expect(report.majors[0]).toMatchObject({ major: '软件技术', college: '信息工程学院', figures: M1 });
    expect(report.majors[1].figures).toEqual(M2);
    expect(report.totals).toEqual(TOTALS);
    expect(report.majors[0].sources.cooperatingEnterprises).toEqual({
      resource: 'enterprises',
      ids: [ids.e1, ids.e2, ids.e3].sort((a, b) => a - b),
    });
    expect(report.majors[0].sources.courses).toEqual({ resource: 'outcomes', ids: [ids.o2] });
    expect(report.majors[1].sources.donatedEquipment).toEqual({ resource: 'outcomes', ids: [ids.o4] });
    expect(report.majors[0].sources.placed.resource).toBe('intakes');
    expect(report.majors[0].sources.placed.ids).toHaveLength(2);
    expect(report.bases).toHaveLength(2);
    expect(report.bases[0]).toMatchObject({
      outcomeId: ids.o8,
      base: '江朗软件实训基地',
      enterprise: '雷辉生态',
      code: '510101',
      figures: BASE_M1,
    });
    expect(report.bases[1]).toMatchObject({ code: '510102', figures: BASE_M2 });
  });

  it('XLSX: one sheet per table, Chinese headers, the same numbers as numbers', async () => {
    const response = await h
      .api('get', '/api/reports/annual?academicYear=2024-2025&format=xlsx')
      .set('Accept-Language', 'zh-CN')
      .buffer(true)
      .parse((stream, done) => {
        const parts: Buffer[] = [];
        stream.on('data', (part: Buffer) => parts.push(part));
        stream.on('end', () => done(null, Buffer.concat(parts)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['专业产学合作', '校外实训基地', '二级学院']);
    const [majors, bases] = workbook.worksheets;
    const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(majors, 1)).toEqual([
      '专业代码',
      '专业名称',
      '二级学院',
      '产学合作企业总数',
      '订单培养数',
      '共同开发课程数',
      '共同开发教材数',
      '支持学校兼职教师数',
      '接受顶岗实习学生数',
      '对学校捐赠设备总值（万元）',
      '准捐赠设备总值（万元）',
      '接受毕业生就业数',
      '学校为企业技术服务年收入（万元）',
      '学校为企业年培训员工数（人天）',
    ]);
    expect(values(majors, 2)).toEqual(['510101', '软件技术', '信息工程学院', ...Object.values(M1)]);
    expect(values(majors, 3)).toEqual(['510102', '物联网应用技术', '信息工程学院', ...Object.values(M2)]);
    expect(values(majors, 4)).toEqual(['合计', '', '', ...Object.values(TOTALS)]);
    expect(majors.getRow(3).getCell(10).numFmt).toBe('0.00');
    expect(values(bases, 1).slice(0, 5)).toEqual(['基地名称', '合作企业', '专业代码', '专业名称', '实训项目数']);
    expect(values(bases, 2)).toEqual([
      '江朗软件实训基地',
      '雷辉生态',
      '510101',
      '软件技术',
      5,
      200,
      100,
      8,
      '是',
      2000,
      300,
      6,
      5,
    ]);
    expect(values(bases, 3)).toEqual([
      '江朗软件实训基地',
      '雷辉生态',
      '510102',
      '物联网应用技术',
      5,
      30,
      20,
      5,
      '是',
      2000,
      300,
      1,
      1,
    ]);
  });

  it('another year counts only its own', async () => {
    const report = (await h.api('get', '/api/reports/annual?academicYear=2023-2024').expect(200)).body;
    expect(report.majors[0].figures).toMatchObject({ courses: 1, placed: 99, hired: 99, orderClassStudents: 0 });
  });

  it('a figure of thousands of records still opens its list (the ids travel in the URL)', async () => {
    // at 100,000 enterprises a major's cooperating enterprises are a few thousand: the link is a list filtered by those ids
    const wanted = [ids.e1, ids.e3, ...Array.from({ length: 2_998 }, (_, index) => 1_000_000 + index)];
    const filter = encodeURIComponent(JSON.stringify({ id: wanted }));
    const answer = await h.api('get', `/api/enterprises?filter=${filter}&range=[0,24]`).expect(200);
    expect(answer.body.map((row: { id: number }) => row.id).sort()).toEqual([ids.e1, ids.e3].sort());
    expect(answer.headers['content-range']).toMatch(/\/2$/);
    const tooMany = encodeURIComponent(JSON.stringify({ id: Array.from({ length: 20_001 }, (_, index) => index + 1) }));
    const refused = await h.api('get', `/api/enterprises?filter=${tooMany}`).expect(400);
    expect(refused.body.errors.filter).toMatch(/20,?000/);
  });

  it('refuses a malformed year or format', async () => {
    await h.api('get', '/api/reports/annual?academicYear=2024-2026').expect(400);
    await h.api('get', '/api/reports/annual').expect(400);
    await h.api('get', '/api/reports/annual?academicYear=2024-2025&format=pdf').expect(400);
  });
});

describe('annual report of the demo data', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness({ CRM_DEMO_DATA: '1' })), 60_000);
  afterAll(() => h?.close());

  it('has every figure of the last full academic year filled from the records', async () => {
    const start = Number(academicYearOf(new Date()).slice(0, 4)) - 1;
    const report = (await h.api('get', `/api/reports/annual?academicYear=${start}-${start + 1}`).expect(200)).body;
    const empty = Object.entries(report.totals as Record<string, number>).filter(([, value]) => !(value > 0));
    expect(empty).toEqual([]);
    expect(report.bases.length).toBeGreaterThan(0);
    // the demo's teachers practised in enterprises that year: some college counts days
    expect(report.collegeTotals.teacherPracticeDays).toBeGreaterThan(0);
    expect(
      (report.colleges as { figures: { teacherPracticeDays: number } }[]).some(
        (college) => college.figures.teacherPracticeDays > 0,
      ),
    ).toBe(true);
  });
});
