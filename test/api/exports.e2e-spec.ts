import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { labelOf } from '@crm/domain';
import { q } from '../fixtures/assertions';
import { Seed } from '../fixtures/resources';
import { binaryBody, Harness, startHarness } from './harness';

describe('export: a list as CSV or XLSX', () => {
  let h: Harness;
  let seed: Seed;
  let owner: { id: number };
  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    owner = await seed.create('staff', { name: '张老师' });
    await seed.enterprise({
      name: '=HYPERLINK("http://evil.example","点我")',
      city: '上海',
      ownership: 'private',
      tier: 'core',
      ownerId: owner.id,
    });
    await seed.enterprise({ name: '+86 科技', city: '上海', industry: '@SUM(A1)' });
    await seed.enterprise({ name: '-减号公司', city: '上海', notes: 'x' });
    await seed.enterprise({ name: '\t制表符公司', city: '上海' });
    await seed.enterprise({ name: '杭州不出现', city: '杭州' });
  });
  afterAll(() => h.close());

  const exportOf = (url: string, language = 'zh-CN,zh;q=0.9') =>
    h.api('get', url).set('Accept-Language', language).buffer(true).parse(binaryBody);

  it('CSV: UTF-8 with BOM, filtered and sorted as the list, Chinese headers, labels and names, formulas escaped', async () => {
    const response = await exportOf(
      `/api/enterprises/export?format=csv&filter=${q({ city: '上海' })}&sort=${encodeURIComponent('["name","DESC"]')}`,
    ).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    // the file is named in the reader's language (RFC 5987), with an ASCII fallback
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".*\.csv"; filename\*=UTF-8''(.+)$/);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(response.headers['content-disposition'])![1])).toMatch(
      /^企业-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const body: Buffer = response.body;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(body.toString('utf8'), { bom: true, relax_column_count: true });
    expect(rows[0]).toEqual([
      '企业名称',
      '统一社会信用代码',
      '合作关系',
      '合作层级',
      '企业性质',
      '企业规模',
      '行业',
      '城市',
      '负责人',
      '最近联系',
      '别名',
      '地址',
      '网址',
    ]);
    expect(rows).toHaveLength(5);
    const names = rows.slice(1).map((row) => row[0]);
    // the rows and order of the list itself; every dangerous first character escaped
    const listed = (
      await h
        .api('get', `/api/enterprises?filter=${q({ city: '上海' })}&sort=${encodeURIComponent('["name","DESC"]')}`)
        .expect(200)
    ).body.map((row: { name: string }) => row.name);
    expect(names).toEqual(listed.map((name: string) => `'${name}`));
    expect(names.sort()).toEqual(
      [`'\t制表符公司`, `'+86 科技`, `'-减号公司`, `'=HYPERLINK("http://evil.example","点我")`].sort(),
    );
    const hyperlink = rows.find((row) => row[0].startsWith(`'=`))!;
    expect(hyperlink.slice(2, 9)).toEqual([
      labelOf('relationshipStages', 'prospect', 'zh-CN'),
      labelOf('tiers', 'core', 'zh-CN'),
      '民营企业',
      '',
      '',
      '上海',
      '张老师',
    ]);
    expect(rows.find((row) => row[0] === `'+86 科技`)![6]).toBe(`'@SUM(A1)`);
  });

  it('XLSX: the same rows, English headers when asked, numbers as numbers', async () => {
    const outcome = await seed.outcome({ title: '=1+1', value: 120000.5, capacity: 30, stage: 'active' });
    const response = await exportOf(
      `/api/outcomes/export?format=xlsx&filter=${q({ id: outcome.id })}`,
      'en-GB,en;q=0.8',
    ).expect(200);
    expect(response.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('outcomes');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="outcomes-\d{4}-\d{2}-\d{2}\.xlsx"/);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Title',
      'Kind',
      'Stage',
      'Partner',
      'Unit',
      'Major',
      'Ends',
      'Capacity',
      'Value (CNY)',
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(`'=1+1`);
    expect(row.getCell(1).formula).toBeUndefined();
    expect(row.getCell(2).value).toBe('Internship base');
    expect(row.getCell(3).value).toBe('Active');
    expect(row.getCell(4).value).toMatch(/^Enterprise \d+$/);
    expect(row.getCell(8).value).toBe(30);
    expect(row.getCell(9).value).toBe(120000.5);
  });

  it("speaks the language a download link names (the app's), over the browser's Accept-Language", async () => {
    const outcome = await seed.outcome({ title: '链接语言', stage: 'active' });
    const response = await exportOf(
      `/api/outcomes/export?format=xlsx&filter=${q({ id: outcome.id })}&locale=en`,
      'zh-CN,zh;q=0.9',
    ).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('Title');
    expect(workbook.worksheets[0].getRow(2).getCell(2).value).toBe('Internship base');
    // a report's sheet too, whose query is checked field by field: `locale` is no unknown parameter there
    const report = await h
      .api('get', '/api/reports/internships/export?academicYear=2024-2025&format=csv&locale=en')
      .set('Accept-Language', 'zh-CN')
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect((report.body as Buffer).toString('utf8')).toMatch(/^\uFEFFInternship base,Stage,Partner enterprise,/);
    // a value that is no locale of the app is left out: the browser's language answers
    const unknown = await exportOf(
      `/api/outcomes/export?format=csv&filter=${q({ id: outcome.id })}&locale=fr`,
      'zh-CN,zh;q=0.9',
    ).expect(200);
    expect((unknown.body as Buffer).toString('utf8')).toMatch(/^\uFEFF项目,类型,阶段/);
  });

  it('labels of terms in Chinese, names of majors and bases', async () => {
    const outcome = await seed.outcome({ title: '实习基地甲' });
    const major = await seed.major();
    await seed.create('intakes', {
      outcomeId: outcome.id,
      majorId: major.id,
      academicYear: '2024-2025',
      term: 'autumn',
      positions: 10,
      placed: 8,
      hired: 2,
    });
    const rows: string[][] = parse((await exportOf('/api/intakes/export').expect(200)).body.toString('utf8'), {
      bom: true,
    });
    expect(rows[1]).toEqual(['2024-2025', '秋季学期', '实习基地甲', major.name, '10', '8', '2']);
  });

  it('refuses a bad format or filter with 400', async () => {
    await h.api('get', '/api/enterprises/export?format=pdf').expect(400);
    await h.api('get', `/api/enterprises/export?filter=${q({ nosuchfield: 1 })}`).expect(400);
  });
});
