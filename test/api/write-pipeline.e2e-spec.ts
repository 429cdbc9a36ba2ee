import { Harness, startHarness } from './harness';
import { roleAccounts, RoleAccount } from './roles';
import type { Role } from '@crm/domain';

/**
 * An import writes through the same pipeline as a create through the API (issue 20): the rows a
 * role could not create by hand are invalid in its preview with the API's reason, a sign-in sheet
 * needs the right to edit its meeting, a row the API would refuse for its text is refused here
 * too, and a commit writes all the previewed rows or none.
 */
describe('imports go through the write pipeline', () => {
  let h: Harness;
  let accounts: Record<Role, RoleAccount>;
  const csv = (rows: string[][]) => Buffer.from(rows.map((row) => row.join(',')).join('\r\n') + '\r\n');
  const count = async (table: string) =>
    Number((await h.sql<{ n: number | string }>(`SELECT COUNT(*) AS "n" FROM "${table}"`))[0].n);
  // refusals are audited too (who was refused what); what must not move is the trail of writes
  const writesAudited = async () =>
    Number(
      (
        await h.sql<{ n: number }>(
          `SELECT COUNT(*) AS "n" FROM "audit_events" WHERE "action" NOT IN ('refused', 'throttled')`,
        )
      )[0].n,
    );
  const counts = async () => ({
    enterprises: await count('enterprises'),
    contacts: await count('contacts'),
    links: await count('meeting_contacts'),
    audit: await writesAudited(),
  });
  const upload = (account: RoleAccount, kind: string, file: Buffer, fields: Record<string, string> = {}) => {
    const call = account.as('post', `/api/imports/${kind}`).set('Accept-Language', 'zh-CN');
    for (const [field, value] of Object.entries(fields)) call.field(field, value);
    return call.attach('file', file, 'sheet.csv');
  };

  beforeAll(async () => {
    h = await startHarness();
    ({ accounts } = await roleAccounts(h));
  });
  afterAll(() => h.close());

  it("refuses a college account's sign-in sheet for a meeting it may not edit (403), before the file is read, and changes nothing", async () => {
    // a meeting of the office that nobody of the account's college attends: PUT /api/meetings/:id is a 403 for it
    const meeting = (
      await h
        .api('post', '/api/meetings')
        .send({ title: '秋季校企座谈会', kind: 'symposium', startsAt: '2026-10-12T02:00:00.000Z' })
        .expect(201)
    ).body;
    await accounts.college
      .as('put', `/api/meetings/${meeting.id}`)
      .send({ version: meeting.version, title: '改名' })
      .expect(403);
    const before = await counts();
    const sheet = csv([
      ['姓名', '单位', '职务', '电话'],
      ['探针', '探针新建有限公司', '经理', '13800000001'],
    ]);
    const refused = await upload(accounts.college, 'attendees', sheet, { meetingId: String(meeting.id) }).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, message: expect.stringContaining('会议') });
    // not even a file that is not a spreadsheet is read
    await upload(accounts.college, 'attendees', Buffer.from('\u0000\u0001 not a sheet'), {
      meetingId: String(meeting.id),
    }).expect(403);
    expect(await counts()).toEqual(before);
    expect((await h.api('get', `/api/meetings/${meeting.id}`).expect(200)).body).toMatchObject({
      version: meeting.version,
      contactIds: [],
      enterpriseIds: [],
    });
  });

  it("marks an employment account's contact naming a new enterprise invalid with the API's reason, and its commit creates nothing", async () => {
    const known = (await h.api('post', '/api/enterprises').send({ name: '已登记精密制造有限公司' }).expect(201)).body;
    await accounts.employment.as('post', '/api/enterprises').send({ name: '就业办新建有限公司' }).expect(403);
    const before = await counts();
    const sheet = csv([
      ['姓名', '单位', '职务', '电话'],
      ['王就业', '就业办新建有限公司', 'HR', '13800000002'],
      ['李已知', known.name, '经理', '13800000003'],
    ]);
    const preview = (await upload(accounts.employment, 'contacts', sheet).expect(201)).body;
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      action: 'invalid',
      errors: { organisation: expect.stringContaining('无权新建企业') },
    });
    // a contact of a stored enterprise it may create
    expect(preview.rows[1]).toMatchObject({ row: 3, action: 'create' });
    const committed = (await accounts.employment.as('post', `/api/imports/${preview.id}/commit`).expect(201)).body;
    expect(committed.created).toEqual({ enterprises: 0, contacts: 1 });
    expect(await count('enterprises')).toBe(before.enterprises);
    expect((await h.api('get', '/api/enterprises?filter={"q":"就业办新建"}').expect(200)).body).toEqual([]);
  });

  it('refuses names with control or bidi characters and notes over the cap, as the API does', async () => {
    // over the API's cap of 20,000, under the 32,000 characters a sheet's cell may hold
    const long = '备'.repeat(25_000);
    // the API's answer to the same values
    for (const body of [
      { name: '探针\u202E公司' },
      { name: '探针隔离\u2066符有限公司' },
      { name: '探针\u0007响铃公司' },
      { name: '探针备注公司', notes: long },
    ]) {
      await h.api('post', '/api/enterprises').send(body).expect(400);
    }
    const before = await counts();
    // (a CSV holding U+0000 is refused whole as not text, and an XLSX reader drops it: U+2066 stands in for it here)
    const sheet = csv([
      ['企业名称', '备注'],
      ['探针\u202E公司', ''],
      ['探针隔离\u2066符有限公司', ''],
      ['探针\u0007响铃公司', ''],
      ['探针备注公司', long],
      ['探针合规有限公司', '正常备注'],
    ]);
    const preview = (await upload(accounts.admin, 'enterprises', sheet).expect(201)).body;
    expect(preview.rows.map((row: { action: string }) => row.action)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'create',
    ]);
    expect(preview.rows[0].errors.name).toContain('控制字符');
    expect(preview.rows[1].errors.name).toContain('控制字符');
    expect(preview.rows[2].errors.name).toContain('控制字符');
    expect(preview.rows[3].errors.notes).toContain('20000');
    expect((await h.api('post', `/api/imports/${preview.id}/commit`).expect(201)).body.created).toEqual({
      enterprises: 1,
    });
    expect(await count('enterprises')).toBe(before.enterprises + 1);
    expect(await h.sql(`SELECT "name" FROM "enterprises" WHERE "name" LIKE '探针%'`)).toEqual([
      { name: '探针合规有限公司' },
    ]);
  });

  it('writes none of a commit that fails part way, and names the row that failed', async () => {
    const owner = (await h.api('post', '/api/staff').send({ name: '钱负责' }).expect(201)).body;
    const rows = [
      ['企业名称', '负责人'],
      ...Array.from({ length: 30 }, (_, index) => [`整批导入${index}有限公司`, '']),
      ['整批导入末行有限公司', '钱负责'],
    ];
    const preview = (await upload(accounts.admin, 'enterprises', csv(rows)).expect(201)).body;
    expect(preview.counts).toEqual({ create: 31, match: 0, invalid: 0 });
    // the owner the last row names leaves before the commit
    await h.api('delete', `/api/staff/${owner.id}`).expect(200);
    const before = await counts();
    const failed = await h.api('post', `/api/imports/${preview.id}/commit`).set('Accept-Language', 'zh-CN').expect(409);
    expect(failed.body).toMatchObject({
      statusCode: 409,
      row: 32,
      message: expect.stringContaining('第 32 行'),
      errors: { owner: expect.any(String) },
    });
    expect(await counts()).toEqual(before);
    expect(await h.sql(`SELECT "id" FROM "enterprises" WHERE "name" LIKE '整批导入%'`)).toEqual([]);
  });
});
