import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createDeflateRaw } from 'node:zlib';
import { usccCheckCharacter } from '@crm/domain';
import { Harness, startHarness } from './harness';

const uscc = (first17: string) => first17 + usccCheckCharacter(first17);
const JIANGLANG = uscc('91310000MA1FL4XQ1');
const LEIHUI = uscc('91330100MA2H3K4L5');
const HUADONG = uscc('91320500MA1N7P8Q9');
const BAD = HUADONG.slice(0, 17) + (HUADONG[17] === '0' ? '1' : '0');

const csv = (rows: string[][]) =>
  rows
    .map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\r\n') + '\r\n';

/** A zip of one entry whose deflated bytes inflate to `size` zeros: a few hundred kB on the wire. */
async function zipBomb(size: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < size; written += zeros.length) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  const data = Buffer.concat(parts);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1000, 22); // the declared size lies
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('import: enterprises from a spreadsheet', () => {
  let h: Harness;
  let existingId: number;
  beforeAll(async () => {
    h = await startHarness();
    existingId = (
      await h
        .api('post', '/api/enterprises')
        .send({ name: '上海江朗科技有限公司', uscc: JIANGLANG, aliases: ['Jianglang Tech'] })
        .expect(201)
    ).body.id;
  });
  afterAll(() => h.close());

  const upload = (kind: string, file: Buffer, name = 'sheet.csv', fields: Record<string, string> = {}) => {
    let request = h.api('post', `/api/imports/${kind}`).attach('file', file, name);
    for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
    return request;
  };
  const enterpriseCount = async () =>
    Number((await h.api('get', '/api/enterprises?range=[0,0]').expect(200)).headers['x-total-count']);

  // GB18030, as Excel in China saves "CSV": duplicates, a bad code, names written two ways
  const sheet = [
    ['企业名称', '统一社会信用代码', '城市', '行业'],
    ['上海江朗科技有限公司', '', '上海', '软件'], // 2: the stored one, by name
    ['JIANGLANG TECH CO., LTD.', '', '', ''], // 3: the stored one, by alias
    ['雷辉生态集团有限公司', LEIHUI, '杭州', '环保'], // 4: new
    ['雷辉生态集团股份有限公司', '', '杭州', ''], // 5: row 4 again, another legal form
    ['华东精密机械有限公司', BAD, '苏州', '制造'], // 6: wrong check character
    ['', '', '上海', '物流'], // 7: no name
    ['华东精密机械（苏州）有限公司', HUADONG, '苏州', '制造'], // 8: new
    ['ＡＢＣ Trading Co., Ltd.', '', '', ''], // 9: new, full-width letters
    ['abc trading limited', '', '', ''], // 10: row 9 again
    ['江朗（旧名）', JIANGLANG.toLowerCase(), '', ''], // 11: the stored one, by code
  ];
  const gb18030 = iconv.encode(csv(sheet), 'gb18030');

  it('previews a GB18030 CSV row by row, writing nothing', async () => {
    const before = await enterpriseCount();
    const preview = (await upload('enterprises', gb18030).expect(201)).body;
    expect(preview.counts).toEqual({ create: 3, match: 5, invalid: 2 });
    const byRow = Object.fromEntries(preview.rows.map((row: { row: number }) => [row.row, row]));
    expect(byRow[2]).toMatchObject({
      action: 'match',
      matchId: existingId,
      matchedBy: 'name',
      values: { name: '上海江朗科技有限公司', city: '上海', industry: '软件' },
    });
    expect(byRow[3]).toMatchObject({ action: 'match', matchId: existingId, matchedBy: 'alias' });
    expect(byRow[4]).toMatchObject({
      action: 'create',
      values: { name: '雷辉生态集团有限公司', uscc: LEIHUI, city: '杭州' },
    });
    expect(byRow[5]).toMatchObject({ action: 'match', matchRow: 4 });
    expect(byRow[6]).toMatchObject({ action: 'invalid', errors: { uscc: expect.stringMatching(/check character/) } });
    expect(byRow[7]).toMatchObject({ action: 'invalid', errors: { name: expect.stringMatching(/missing/) } });
    expect(byRow[8]).toMatchObject({ action: 'create' });
    expect(byRow[9]).toMatchObject({ action: 'create' });
    expect(byRow[10]).toMatchObject({ action: 'match', matchRow: 9 });
    expect(byRow[11]).toMatchObject({ action: 'match', matchId: existingId, matchedBy: 'uscc' });
    expect(await enterpriseCount()).toBe(before);
    // the preview can be read again, as another instance would
    expect((await h.api('get', `/api/imports/${preview.id}/preview`).expect(200)).body.counts).toEqual(preview.counts);
  });

  it('commits the previewed rows with an audit event each, and a second import of the file creates nothing', async () => {
    const before = await enterpriseCount();
    const preview = (await upload('enterprises', gb18030).expect(201)).body;
    const commit = (await h.api('post', `/api/imports/${preview.id}/commit`).expect(201)).body;
    expect(commit).toEqual({ counts: { create: 3, match: 5, invalid: 2 }, created: { enterprises: 3 } });
    expect(await enterpriseCount()).toBe(before + 3);
    const leihui = (
      await h.api('get', `/api/enterprises?filter=${encodeURIComponent(JSON.stringify({ uscc: LEIHUI }))}`).expect(200)
    ).body;
    expect(leihui).toHaveLength(1);
    expect(leihui[0]).toMatchObject({ name: '雷辉生态集团有限公司', city: '杭州', industry: '环保', version: 1 });
    // sorted by pinyin like any enterprise written through the API
    expect(await h.sql('SELECT "nameSortKey" FROM "enterprises" WHERE "id" = ?', leihui[0].id)).toEqual([
      { nameSortKey: expect.stringMatching(/^lei2 hui1 /) },
    ]);
    const audit = (
      await h
        .api(
          'get',
          `/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'enterprises', recordId: leihui[0].id }))}`,
        )
        .expect(200)
    ).body;
    expect(audit).toEqual([expect.objectContaining({ action: 'create', actorName: expect.any(String) })]);

    await h.api('post', `/api/imports/${preview.id}/commit`).expect(409);
    const again = (await upload('enterprises', gb18030).expect(201)).body;
    expect(again.counts).toEqual({ create: 0, match: 8, invalid: 2 });
    expect((await h.api('post', `/api/imports/${again.id}/commit`).expect(201)).body.created).toEqual({
      enterprises: 0,
    });
    expect(await enterpriseCount()).toBe(before + 3);
  });

  it('reads UTF-8 with a BOM and an XLSX workbook alike', async () => {
    const rows = [
      ['名称', 'USCC', 'city'],
      ['上海江朗科技有限公司', '', ''],
      ['新星物流有限公司', '', '上海'],
    ];
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(rows))]);
    expect((await upload('enterprises', bom).expect(201)).body.counts).toEqual({ create: 1, match: 1, invalid: 0 });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('企业').addRows(rows);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = (await upload('enterprises', xlsx, 'sheet.xlsx').expect(201)).body;
    expect(preview.counts).toEqual({ create: 1, match: 1, invalid: 0 });
    expect(preview.rows[1]).toMatchObject({
      row: 3,
      action: 'create',
      values: { name: '新星物流有限公司', city: '上海' },
    });
  });

  it('a preview made on one instance is committed on another sharing the database', async () => {
    const preview = (await upload('enterprises', Buffer.from(csv([['企业名称'], ['第二实例有限公司']]))).expect(201))
      .body;
    const second = await startHarness({}, h.databasePath);
    try {
      expect((await second.api('post', `/api/imports/${preview.id}/commit`).expect(201)).body.created).toEqual({
        enterprises: 1,
      });
    } finally {
      await second.app.close();
    }
  });

  it('a preview expires after an hour: its commit is refused and writes nothing', async () => {
    const preview = (await upload('enterprises', Buffer.from(csv([['企业名称'], ['过期预览有限公司']]))).expect(201))
      .body;
    // a minute ago, as the server stores times (UTC)
    const minuteAgo = new Date(Date.now() - 60_000).toISOString().replace('T', ' ').slice(0, 23);
    await h.sql(`UPDATE "import_previews" SET "expiresAt" = ? WHERE "id" = ?`, minuteAgo, preview.id);
    const before = await enterpriseCount();
    expect((await h.api('post', `/api/imports/${preview.id}/commit`).expect(410)).body.message).toMatch(/expired/);
    expect(await enterpriseCount()).toBe(before);
  });

  describe('refuses bad files with a 4xx and changes nothing', () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082',
      'hex',
    );
    it.each([
      ['a PNG renamed .csv', () => png, 400, /not a CSV or XLSX/],
      ['an empty file', () => Buffer.alloc(0), 400, /empty/],
      [
        'a sheet without a recognisable header',
        () =>
          Buffer.from(
            csv([
              ['foo', 'bar'],
              ['1', '2'],
            ]),
          ),
        400,
        /header/,
      ],
      ['a header without rows', () => Buffer.from(csv([['企业名称', '城市']])), 400, /no rows/],
      ['a file over 20 MB', () => Buffer.alloc(20 * 1024 * 1024 + 1, 'a'), 413, /large/],
      [
        'more than 50,000 rows',
        () => Buffer.from('名称\n' + Array.from({ length: 50_001 }, (_, i) => `企业${i}`).join('\n')),
        413,
        /50,000/,
      ],
    ])('%s', async (_, file, status, message) => {
      const before = await enterpriseCount();
      const answer = await upload('enterprises', file()).expect(status);
      expect(answer.body).toMatchObject({ statusCode: status, message: expect.stringMatching(message) });
      expect(await enterpriseCount()).toBe(before);
    });

    it('a zip bomb disguised as XLSX, before it is inflated', async () => {
      const bomb = await zipBomb(300 * 1024 * 1024);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      // zeros are no XML: refused at the first bytes inflated (a bomb of markup: uploads-safety.e2e-spec.ts)
      const answer = await upload('enterprises', bomb, 'report.xlsx').expect(400);
      expect(answer.body.message).toMatch(/not a CSV or XLSX/);
    });

    it('an unknown kind, a missing file, an unknown preview', async () => {
      await upload('widgets', Buffer.from('名称\nx\n')).expect(400);
      await h.api('post', '/api/imports/enterprises').send({}).expect(400);
      await h.api('post', '/api/imports/00000000-0000-0000-0000-000000000000/commit').expect(404);
    });
  });
});

describe('import: a chamber’s member list and a meeting’s sign-in sheet', () => {
  let h: Harness;
  let chamberId: number;
  let enterpriseId: number;
  let contactId: number;
  let meetingId: number;
  beforeAll(async () => {
    h = await startHarness();
    chamberId = (await h.api('post', '/api/chambers').send({ name: '上海市浙江商会', kind: 'chamber' }).expect(201))
      .body.id;
    enterpriseId = (await h.api('post', '/api/enterprises').send({ name: '上海江朗科技有限公司' }).expect(201)).body.id;
    contactId = (
      await h
        .api('post', '/api/contacts')
        .send({ name: '王芳', enterpriseId, phone: '13800138000', title: '总经理' })
        .expect(201)
    ).body.id;
    meetingId = (
      await h
        .api('post', '/api/meetings')
        .send({ title: '浙商企业座谈会', kind: 'symposium', startsAt: '2024-03-21T06:00:00.000Z' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => h.close());

  const upload = (kind: string, rows: string[][], fields: Record<string, string>) => {
    let request = h.api('post', `/api/imports/${kind}`).attach('file', iconv.encode(csv(rows), 'gb18030'), 'list.csv');
    for (const [key, value] of Object.entries(fields)) request = request.field(key, value);
    return request;
  };

  it('a member list adds memberships, creating the enterprises it does not know', async () => {
    const rows = [
      ['会员单位', '会内职务', '商会'],
      ['上海江朗科技', '副会长单位', ''],
      ['雷辉生态集团', '理事单位', ''],
      ['雷辉生态集团有限公司', '理事单位', ''],
      ['某公司', '', '不存在的商会'],
    ];
    const preview = (await upload('memberships', rows, { chamberId: String(chamberId) }).expect(201)).body;
    expect(preview.rows.map((row: { action: string }) => row.action)).toEqual(['create', 'create', 'match', 'invalid']);
    expect(preview.rows[3].errors.chamber).toMatch(/names no chamber/);
    expect((await h.api('post', `/api/imports/${preview.id}/commit`).expect(201)).body.created).toEqual({
      enterprises: 1,
      memberships: 2,
    });
    const members = (
      await h.api('get', `/api/memberships?filter=${encodeURIComponent(JSON.stringify({ chamberId }))}`).expect(200)
    ).body;
    expect(members).toEqual(expect.arrayContaining([expect.objectContaining({ enterpriseId, role: '副会长单位' })]));
    expect(members).toHaveLength(2);
    expect((await upload('memberships', rows, { chamberId: String(chamberId) }).expect(201)).body.counts).toEqual({
      create: 0,
      match: 3,
      invalid: 1,
    });
    await upload('memberships', rows, { chamberId: '99999' }).expect(400);
  });

  it('a sign-in sheet adds the people and their organisations to the meeting and creates the rest', async () => {
    const rows = [
      ['姓名', '单位', '职务', '电话'],
      ['王 芳', '新名字也无妨', '总经理', '+86 138 0013 8000'], // the stored contact, by phone
      ['李明', '上海市浙江商会', '秘书长', ''], // new, at the chamber
      ['赵雷', '雷辉生态集团', '董事长', '13900139000'], // new, at an enterprise made by the member list
      ['钱多', '新星物流', '经理', ''], // new, at a new enterprise
      ['钱多', '新星物流有限公司', '经理', ''], // the row above again
      ['', '新星物流', '', ''], // no name
    ];
    const preview = (await upload('attendees', rows, { meetingId: String(meetingId) }).expect(201)).body;
    expect(preview.rows.map((row: { action: string }) => row.action)).toEqual([
      'match',
      'create',
      'create',
      'create',
      'match',
      'invalid',
    ]);
    expect(preview.rows[0]).toMatchObject({ matchId: contactId, matchedBy: 'phone' });
    const commit = (await h.api('post', `/api/imports/${preview.id}/commit`).expect(201)).body;
    expect(commit.created).toMatchObject({ enterprises: 1, contacts: 3, meetingContacts: 4, meetingChambers: 1 });
    const meeting = (await h.api('get', `/api/meetings/${meetingId}`).expect(200)).body;
    expect(meeting.contactIds).toHaveLength(4);
    expect(meeting.contactIds).toContain(contactId);
    expect(meeting.chamberIds).toEqual([chamberId]);
    expect(meeting.enterpriseIds).toHaveLength(3);
    expect(meeting.enterpriseIds).toContain(enterpriseId);
    expect(meeting.version).toBe(2);
    // the enterprises met now have a last contact
    expect((await h.api('get', `/api/enterprises/${enterpriseId}`).expect(200)).body.lastContactDate).toBe(
      '2024-03-21',
    );
    await upload('attendees', rows, {}).expect(400);
  });
});
