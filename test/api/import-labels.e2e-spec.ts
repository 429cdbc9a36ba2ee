import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { labelOf, usccCheckCharacter, type Locale } from '@crm/domain';
import { binaryBody, Harness, startHarness } from './harness';

const uscc = (first17: string) => first17 + usccCheckCharacter(first17);
const JIANGLANG = uscc('91310000MA1FL4XQ1');
const LANGUAGES: Record<Locale, string> = { 'zh-CN': 'zh-CN,zh;q=0.9', en: 'en-GB,en;q=0.8' };
const ALL = `range=${encodeURIComponent('[0,999]')}`;

const csv = (rows: string[][]) =>
  rows
    .map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\r\n') + '\r\n';

type Row = Record<string, unknown>;

/** What the school keeps of its enterprises and contacts, with references as names (ids differ between databases). */
async function records(h: Harness) {
  const names = async (resource: string) =>
    new Map(
      ((await h.api('get', `/api/${resource}?${ALL}`).expect(200)).body as Row[]).map((row) => [row.id, row.name]),
    );
  const [staff, enterprises, chambers] = [await names('staff'), await names('enterprises'), await names('chambers')];
  const enterpriseRows = (await h.api('get', `/api/enterprises?${ALL}`).expect(200)).body as Row[];
  const contactRows = (await h.api('get', `/api/contacts?${ALL}`).expect(200)).body as Row[];
  const byName = (a: Row, b: Row) => String(a.name).localeCompare(String(b.name));
  return {
    enterprises: enterpriseRows
      .map((row) => ({
        name: row.name,
        uscc: row.uscc,
        aliases: row.aliases,
        ownership: row.ownership,
        size: row.size,
        tier: row.tier,
        owner: row.ownerId ? staff.get(row.ownerId) : null,
        industry: row.industry,
        city: row.city,
        address: row.address,
        website: row.website,
      }))
      .sort(byName),
    contacts: contactRows
      .map((row) => ({
        name: row.name,
        title: row.title,
        enterprise: row.enterpriseId ? enterprises.get(row.enterpriseId) : null,
        chamber: row.chamberId ? chambers.get(row.chamberId) : null,
        phone: row.phone,
        email: row.email,
        wechat: row.wechat,
        permission: row.permission,
      }))
      .sort(byName),
  };
}

/** The staff and the chamber a school has before it imports anything (an import names them, never creates them). */
async function school(h: Harness) {
  const staff = async (name: string, username?: string) =>
    (await h.api('post', '/api/staff').send({ name, username }).expect(201)).body.id as number;
  const chamber = (await h.api('post', '/api/chambers').send({ name: '上海市浙江商会', kind: 'chamber' }).expect(201))
    .body.id as number;
  return { wang: await staff('王芳', 'wangfang'), li: await staff('李强', 'liqiang'), chamber };
}

describe('import: reading back what the export writes, labels and owners included', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const { wang, li, chamber } = await school(h);
    const enterprise = async (body: Row) =>
      (await h.api('post', '/api/enterprises').send(body).expect(201)).body.id as number;
    const jianglang = await enterprise({
      name: '上海江朗科技有限公司',
      uscc: JIANGLANG,
      aliases: ['Jianglang Technology Co., Ltd.', '江朗'],
      ownership: 'private',
      size: 'small',
      tier: 'core',
      ownerId: wang,
      industry: '软件',
      city: '上海',
      address: '上海市浦东新区张江路 1 号',
      website: 'https://jianglang.example',
    });
    const leihui = await enterprise({
      name: '雷辉生态集团有限公司',
      ownership: 'state',
      size: 'large',
      tier: 'strategic',
      ownerId: li,
      city: '杭州',
    });
    await enterprise({
      name: '=HYPERLINK("http://evil.example")',
      ownership: 'foreign',
      size: 'micro',
      tier: 'general',
    });
    await enterprise({ name: '新星物流有限公司' });
    const contact = (body: Row) => h.api('post', '/api/contacts').send(body).expect(201);
    await contact({
      name: '张伟',
      title: '总经理',
      enterpriseId: jianglang,
      phone: '+86 138 0000 0001',
      email: 'zhang@jianglang.example',
      wechat: 'zw001',
      permission: 'notify_owner',
    });
    await contact({
      name: '陈静',
      title: '秘书长',
      chamberId: chamber,
      phone: '021-5555 0002',
      permission: 'ask_owner',
    });
    await contact({ name: 'Li Ming', enterpriseId: leihui, email: 'li.ming@leihui.example' });
  });
  afterAll(() => h.close());

  const exportOf = async (resource: string, format: 'csv' | 'xlsx', locale: Locale): Promise<Buffer> =>
    (
      await h
        .api('get', `/api/${resource}/export?format=${format}`)
        .set('Accept-Language', LANGUAGES[locale])
        .buffer(true)
        .parse(binaryBody)
        .expect(200)
    ).body;
  const upload = (target: Harness, kind: string, file: Buffer, name: string, locale: Locale = 'zh-CN') =>
    target.api('post', `/api/imports/${kind}`).set('Accept-Language', LANGUAGES[locale]).attach('file', file, name);

  for (const [locale, format] of [
    ['zh-CN', 'xlsx'],
    ['en', 'csv'],
  ] as const) {
    it(`an export in ${locale} (${format}) imported into an empty database makes the same enterprises and contacts`, async () => {
      const enterprisesFile = await exportOf('enterprises', format, locale);
      const contactsFile = await exportOf('contacts', format, locale);
      // the file holds labels and names, not stored values and ids
      const sheet =
        format === 'xlsx'
          ? await readXlsx(enterprisesFile)
          : (parse(enterprisesFile.toString('utf8'), { bom: true, relax_column_count: true }) as string[][]);
      const jianglang = sheet.find((row) => row[0] === '上海江朗科技有限公司')!;
      expect(jianglang).toEqual(
        expect.arrayContaining([
          labelOf('ownerships', 'private', locale),
          labelOf('enterpriseSizes', 'small', locale),
          labelOf('tiers', 'core', locale),
          '王芳',
        ]),
      );

      const empty = await startHarness();
      try {
        await school(empty);
        const enterprises = (
          await upload(empty, 'enterprises', enterprisesFile, `enterprises.${format}`, locale).expect(201)
        ).body;
        expect(enterprises.counts).toEqual({ create: 4, match: 0, invalid: 0 });
        // the export's stage and last contact are the server's own: recognised, and said to be left out
        expect(enterprises.skippedColumns).toEqual([
          { header: sheet[0][2], derived: true },
          { header: sheet[0][9], derived: true },
        ]);
        await empty.api('post', `/api/imports/${enterprises.id}/commit`).expect(201);
        const contacts = (await upload(empty, 'contacts', contactsFile, `contacts.${format}`, locale).expect(201)).body;
        expect(contacts.counts).toEqual({ create: 3, match: 0, invalid: 0 });
        expect(contacts.skippedColumns).toEqual([]);
        await empty.api('post', `/api/imports/${contacts.id}/commit`).expect(201);
        expect(await records(empty)).toEqual(await records(h));
      } finally {
        await empty.close();
      }
    });

    it(`the same export (${locale}, ${format}) imported into the database it came from creates nothing`, async () => {
      for (const [resource, count] of [
        ['enterprises', 4],
        ['contacts', 3],
      ] as const) {
        const preview = (
          await upload(h, resource, await exportOf(resource, format, locale), `${resource}.${format}`, locale).expect(
            201,
          )
        ).body;
        expect({ resource, counts: preview.counts }).toEqual({
          resource,
          counts: { create: 0, match: count, invalid: 0 },
        });
      }
    });
  }

  // an office's own sheet: its labels, English labels, stored values, an empty cell, a label and an owner nobody knows
  const office = [
    ['企业名称', '所有制', '规模', '合作等级', '负责人', '联系老师'],
    ['东方私营企业有限公司', '私营', '小型', '重点', '王芳', ''],
    ['Western Trading Co., Ltd.', 'State-owned', ' LARGE ', 'Strategic', 'liqiang', ''],
    ['南方合资有限公司', 'joint', 'medium', 'general', '', ''],
    ['北方空白有限公司', '', '', '', '', ''],
    ['错误标签有限公司', '私有', '小型', '', '', ''],
    ['无名负责人有限公司', '国企', '', '', '赵六', ''],
  ];

  const expectOfficePreview = (
    preview: { counts: unknown; rows: Row[]; skippedColumns: unknown },
    wang: number,
    li: number,
    locale: Locale,
  ) => {
    expect(preview.counts).toEqual({ create: 4, match: 0, invalid: 2 });
    expect(preview.skippedColumns).toEqual([{ header: '联系老师', derived: false }]);
    const rows = preview.rows.map(({ row, action, values, errors }) => ({ row, action, values, errors }));
    expect(rows.slice(0, 4)).toEqual([
      {
        row: 2,
        action: 'create',
        values: {
          name: '东方私营企业有限公司',
          ownership: 'private',
          size: 'small',
          tier: 'core',
          owner: '王芳',
          ownerId: wang,
        },
        errors: undefined,
      },
      {
        row: 3,
        action: 'create',
        values: {
          name: 'Western Trading Co., Ltd.',
          ownership: 'state',
          size: 'large',
          tier: 'strategic',
          owner: '李强',
          ownerId: li,
        },
        errors: undefined,
      },
      {
        row: 4,
        action: 'create',
        values: { name: '南方合资有限公司', ownership: 'joint', size: 'medium', tier: 'general' },
        errors: undefined,
      },
      { row: 5, action: 'create', values: { name: '北方空白有限公司' }, errors: undefined },
    ]);
    const zh = locale === 'zh-CN';
    expect(rows[4]).toEqual({
      row: 6,
      action: 'invalid',
      values: { name: '错误标签有限公司', ownership: '私有', size: 'small' },
      errors: {
        ownership: zh
          ? '“私有”不是企业性质的可选值（民营企业、国有企业、外资企业、合资企业、集体企业、其他）'
          : '“私有” is not one of the Ownership labels: Private, State-owned, Foreign-invested, Joint venture, Collective, Other',
      },
    });
    expect(rows[5]).toEqual({
      row: 7,
      action: 'invalid',
      values: { name: '无名负责人有限公司', ownership: 'state', owner: '赵六' },
      errors: {
        owner: zh
          ? '没有姓名或用户名为“赵六”的教职工（负责人）'
          : 'no staff member has the name or username “赵六” (Owner)',
      },
    });
  };

  it('an office sheet: labels in either language, stored values and office words are read; an unknown label or owner is refused with the reason; XLSX and GB18030 CSV alike', async () => {
    const { wang, li } = await staffIds(h);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('企业').addRows(office);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expectOfficePreview((await upload(h, 'enterprises', xlsx, 'office.xlsx').expect(201)).body, wang, li, 'zh-CN');
    const preview = (await upload(h, 'enterprises', xlsx, 'office.xlsx', 'en').expect(201)).body;
    expectOfficePreview(preview, wang, li, 'en');
    // the same sheet as Excel in China saves a CSV
    expectOfficePreview(
      (await upload(h, 'enterprises', iconv.encode(csv(office), 'gb18030'), 'office.csv').expect(201)).body,
      wang,
      li,
      'zh-CN',
    );

    // the commit writes what the preview showed; an empty cell takes the form's default
    await h.api('post', `/api/imports/${preview.id}/commit`).expect(201);
    const written = (await records(h)).enterprises;
    expect(
      written.filter((row) =>
        ['东方私营企业有限公司', 'Western Trading Co., Ltd.', '南方合资有限公司', '北方空白有限公司'].includes(
          String(row.name),
        ),
      ),
    ).toEqual(
      [
        { name: '东方私营企业有限公司', ownership: 'private', size: 'small', tier: 'core', owner: '王芳' },
        { name: 'Western Trading Co., Ltd.', ownership: 'state', size: 'large', tier: 'strategic', owner: '李强' },
        { name: '南方合资有限公司', ownership: 'joint', size: 'medium', tier: 'general', owner: null },
        { name: '北方空白有限公司', ownership: null, size: null, tier: 'general', owner: null },
      ]
        .map((row) => ({ uscc: null, aliases: [], industry: null, city: null, address: null, website: null, ...row }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(written.map((row) => row.name)).not.toContain('错误标签有限公司');
  });

  it('a staff name two people share is refused; their username is taken', async () => {
    await h.api('post', '/api/staff').send({ name: '王芳', username: 'wangfang2' }).expect(201);
    const preview = (
      await upload(
        h,
        'enterprises',
        Buffer.from(
          csv([
            ['企业名称', '负责人'],
            ['甲公司', '王芳'],
            ['乙公司', 'WangFang2'],
          ]),
        ),
        'owners.csv',
      ).expect(201)
    ).body;
    expect(preview.rows[0]).toMatchObject({
      action: 'invalid',
      errors: { owner: '“王芳”是 2 位教职工的姓名（负责人）；请改填用户名' },
    });
    expect(preview.rows[1]).toMatchObject({ action: 'create', values: { owner: '王芳', ownerId: expect.any(Number) } });
  });
});

async function staffIds(h: Harness): Promise<{ wang: number; li: number }> {
  const staff = (await h.api('get', `/api/staff?${ALL}`).expect(200)).body as { id: number; username: string | null }[];
  return {
    wang: staff.find((member) => member.username === 'wangfang')!.id,
    li: staff.find((member) => member.username === 'liqiang')!.id,
  };
}

async function readXlsx(file: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((cell) => (cell === null || cell === undefined ? '' : String(cell))),
    ),
  );
  return rows;
}
