import iconv from 'iconv-lite';
import { academicYearOf } from '@crm/domain';
import { Browser, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(300_000);

const csv = (rows: string[][]) => iconv.encode(rows.map((row) => row.join(',')).join('\r\n'), 'gb18030');

/** Data in and out through the dashboard: import with its preview, a sign-in sheet, merge, the annual report, export. */
describe('data in and out, in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(45_000);
    page = await context.newPage();
    await logIn(page, server.url);
    await page.getByText('Welcome').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('imports enterprises: the preview shows each row’s action and reason, a filter narrows it, confirming writes', async () => {
    await server.api('post', '/enterprises', { name: '上海江朗科技有限公司' });
    await page.goto(`${server.url}/#/import?kind=enterprises`);
    await page.locator('input[type="file"]').setInputFiles({
      name: '企业.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['企业名称', '统一社会信用代码', '城市'],
        ['江朗科技（上海）', '', ''],
        ['上海江朗科技股份有限公司', '', '上海'],
        ['雷辉生态集团有限公司', '', '杭州'],
        ['坏代码公司', '91310000MA1FL4XQ10', ''],
      ]),
    });
    const table = page.getByRole('table');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr[data-action="create"]').count()).toBe(2);
    expect(await table.locator('tbody tr[data-action="match"]').count()).toBe(1);
    await page.getByRole('button', { name: /^Invalid/ }).click();
    expect(await table.locator('tbody tr').count()).toBe(1);
    await table.getByText(/check character/).waitFor();
    await screenshot(page, 'data-01-import-preview');
    await page.getByRole('button', { name: 'Import 2 new records' }).click();
    await page.getByText(/^Imported:/).waitFor();
    const stored = await server.api<{ name: string }[]>(
      'get',
      `/enterprises?filter=${encodeURIComponent(JSON.stringify({ city: '杭州' }))}`,
    );
    expect(stored.map((enterprise) => enterprise.name)).toEqual(['雷辉生态集团有限公司']);
  });

  it('the preview shows an office sheet’s labels, owners and the columns it leaves out, in English and in Chinese', async () => {
    await server.api('post', '/staff', { name: '王芳', username: 'wangfang' });
    const sheet = csv([
      ['企业名称', '企业性质', '规模', '合作层级', '负责人', '最近联系', '联系老师'],
      ['东方贸易有限公司', '私营', '小型', '重点', '王芳', '2024-03-21', '李'],
      ['Western Trading Holdings', 'State-owned', 'large', 'Strategic', 'wangfang', '', ''],
      ['错误标签有限公司', '私有', '', '', '', '', ''],
    ]);
    const file = { name: '企业.csv', mimeType: 'text/csv', buffer: sheet };
    await page.goto(`${server.url}/#/import?kind=enterprises`);
    await page.locator('input[type="file"]').setInputFiles(file);
    const table = page.getByRole('table');
    await table.locator('tbody tr').first().waitFor();
    const cells = async (target: Page, row: number) =>
      (await target.getByRole('table').locator('tbody tr').nth(row).locator('td').allInnerTexts()).map((text) =>
        text.trim(),
      );
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      'Row',
      'Action',
      'Name',
      'Ownership',
      'Size',
      'Tier',
      'Owner',
      'Why',
    ]);
    expect(await cells(page, 0)).toEqual(['2', 'Create', '东方贸易有限公司', 'Private', 'Small', 'Core', '王芳', '']);
    expect(await cells(page, 1)).toEqual([
      '3',
      'Create',
      'Western Trading Holdings',
      'State-owned',
      'Large',
      'Strategic',
      '王芳',
      '',
    ]);
    expect((await cells(page, 2)).slice(0, 4)).toEqual(['4', 'Invalid', '错误标签有限公司', '私有']);
    await table
      .getByText(
        '“私有” is not one of the Ownership labels: Private, State-owned, Foreign-invested, Joint venture, Collective, Other',
        { exact: false },
      )
      .waitFor();
    await page.getByText('Not imported, because the system keeps them from meetings and outcomes: 最近联系.').waitFor();
    await page.getByText('Not imported, because their headers are not recognised: 联系老师.').waitFor();
    await screenshot(page, 'data-01b-import-labels-en', true);

    const chinese = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    try {
      const zh = await chinese.newPage();
      await logIn(zh, server.url);
      await zh.waitForURL((url) => !url.hash.startsWith('#/login'));
      await zh.goto(`${server.url}/#/import?kind=enterprises`);
      // the account speaks English (the first page chose it): switched from the app bar, and back at the end
      await zh.getByRole('button', { name: 'English' }).click();
      await zh.getByRole('menuitem', { name: '简体中文' }).click();
      await zh.getByText('从表格导入').first().waitFor();
      await zh.locator('input[type="file"]').setInputFiles(file);
      await zh.getByRole('table').locator('tbody tr').first().waitFor();
      expect(await zh.getByRole('table').locator('thead th').allInnerTexts()).toEqual([
        '行',
        '处理',
        '名称',
        '企业性质',
        '企业规模',
        '合作层级',
        '负责人',
        '原因',
      ]);
      expect(await cells(zh, 0)).toEqual(['2', '新建', '东方贸易有限公司', '民营企业', '小型', '核心合作', '王芳', '']);
      await zh
        .getByText('“私有”不是企业性质的可选值（民营企业、国有企业、外资企业、合资企业、集体企业、其他）', {
          exact: false,
        })
        .waitFor();
      await zh.getByText('以下列的表头无法识别，不导入：联系老师。').waitFor();
      await screenshot(zh, 'data-01c-import-labels-zh', true);
      await zh.getByRole('button', { name: '简体中文' }).click();
      await zh.getByRole('menuitem', { name: 'English' }).click();
      await zh.getByText('Import from a spreadsheet').first().waitFor();
    } finally {
      await chinese.close();
    }
  });

  it('a meeting’s sign-in sheet adds its people and organisations', async () => {
    const meeting = await server.api<{ id: number }>('post', '/meetings', {
      title: '浙商座谈会',
      kind: 'symposium',
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    await page.goto(`${server.url}/#/meetings/${meeting.id}/show`);
    await page.getByRole('link', { name: 'Import sign-in sheet' }).click();
    // as a person would, choose the file once the page shows which meeting it goes to (the upload waits for the meeting)
    await page.waitForURL(/#\/import/);
    await page.waitForFunction(
      (title) => [...document.querySelectorAll('input')].some((input) => input.value === title),
      '浙商座谈会',
    );
    await page.locator('label.MuiButton-root:not(.Mui-disabled)', { hasText: /choose a file/i }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: '签到表.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['姓名', '单位', '职务', '电话'],
        ['王芳', '上海江朗科技有限公司', '总经理', '13800138000'],
        ['李明', '新星物流', '经理', ''],
      ]),
    });
    await page.getByRole('table').locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: /Add to the meeting/ }).click();
    await page.getByText(/^Imported:/).waitFor();
    const stored = await server.api<{ contactIds: number[]; enterpriseIds: number[] }>(
      'get',
      `/meetings/${meeting.id}`,
    );
    expect(stored.contactIds).toHaveLength(2);
    expect(stored.enterpriseIds).toHaveLength(2);
  });

  it('keeps a file chosen before its chamber or meeting is known, and reads it as soon as it is', async () => {
    // a member list chosen before its chamber: it waits, and is read once the chamber is picked
    await server.api('post', '/chambers', { name: '上海市温州商会', kind: 'chamber' });
    await page.goto(`${server.url}/#/import?kind=memberships`);
    await page.locator('input[type="file"]').setInputFiles({
      name: '会员名单.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['企业名称', '会内职务'],
        ['上海江朗科技有限公司', '副会长单位'],
      ]),
    });
    await page.getByRole('status').getByText('会员名单.csv will be read as soon as the chamber is chosen.').waitFor();
    await page.getByRole('combobox', { name: 'Chamber', exact: true }).fill('温州');
    await page.getByRole('option', { name: '上海市温州商会' }).click();
    await page.getByRole('table').locator('tbody tr[data-action="create"]').waitFor();
    await screenshot(page, 'data-04-member-list-after-chamber');

    // a sign-in sheet chosen while the meeting named in the address is still on its way from the server
    const meeting = await server.api<{ id: number }>('post', '/meetings', {
      title: '温商座谈会',
      kind: 'symposium',
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/meetings/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/#/import?kind=attendees&meetingId=${meeting.id}`);
    await page.locator('input[type="file"]').setInputFiles({
      name: '签到表.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['姓名', '单位', '职务'],
        ['赵强', '上海市温州商会', '秘书长'],
      ]),
    });
    release();
    await page.getByRole('table').locator('tbody tr').first().waitFor();
    await page.unroute(/\/api\/meetings/);
    await page.getByRole('button', { name: /Add to the meeting/ }).click();
    await page.getByText(/^Imported:/).waitFor();
    const stored = await server.api<{ contactIds: number[]; chamberIds: number[] }>('get', `/meetings/${meeting.id}`);
    expect(stored.contactIds).toHaveLength(1);
    expect(stored.chamberIds).toHaveLength(1);
  });

  it('warns of a twin in the create form, lists the pair and merges it side by side', async () => {
    await page.goto(`${server.url}/#/enterprises/create`);
    await page.locator('input[name="name"]').fill('雷辉生态集团股份有限公司');
    await page.getByRole('status').getByRole('link', { name: '雷辉生态集团有限公司' }).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/enterprises\/\d+\/show/);

    await page.goto(`${server.url}/#/duplicates`);
    await page.getByRole('link', { name: 'Compare' }).first().click();
    await page.getByRole('table').waitFor();
    await screenshot(page, 'data-02-merge');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.waitForURL(/\/enterprises\/\d+\/show/);
    const live = await server.api<{ name: string; aliases: string[] }[]>(
      'get',
      `/enterprises?filter=${encodeURIComponent(JSON.stringify({ q: '雷辉' }))}`,
    );
    expect(live).toHaveLength(1);
  });

  it('the annual report links each figure to its records, and lists export what they show', async () => {
    const college = await server.api<{ id: number }>('post', '/units', { name: '信息工程学院', kind: 'college' });
    const major = await server.api<{ id: number }>('post', '/majors', {
      code: '510201',
      name: '计算机应用技术',
      unitId: college.id,
    });
    const [enterprise] = await server.api<{ id: number }[]>(
      'get',
      `/enterprises?filter=${encodeURIComponent(JSON.stringify({ city: '杭州' }))}`,
    );
    const today = new Date().toISOString().slice(0, 10);
    await server.api('post', '/outcomes', {
      title: '订单班',
      kind: 'order_class',
      stage: 'active',
      enterpriseId: enterprise.id,
      majorId: major.id,
      startDate: today,
      orderClassStudents: 42,
    });
    await page.goto(`${server.url}/#/annual-report`);
    const link = page.getByRole('table', { name: 'Per major' }).getByRole('link', { name: '42' });
    await link.waitFor();
    await screenshot(page, 'data-03-annual-report');
    await link.click();
    await page.getByText('订单班').first().waitFor();
    expect(page.url()).toMatch(/#\/outcomes\?filter=/);

    await page.goto(`${server.url}/#/enterprises`);
    const exportLink = page.getByRole('link', { name: 'Export CSV' });
    const href = await exportLink.getAttribute('href');
    expect(href).toMatch(/^\/api\/enterprises\/export\?format=csv&filter=/);
    const file = await page.request.get(`${server.url}${href}`);
    expect(file.status()).toBe(200);
    const body = await file.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('雷辉生态集团有限公司');
    // the columns are headed in the language chosen in the app, not the browser's: Chinese in this English browser
    const header = (file: Buffer) => file.toString('utf8').slice(1).split(/\r?\n/)[0].split(',');
    expect(header(body)[0]).toBe('Name');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    const chineseHref = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href');
    const chinese = await page.request.get(`${server.url}${chineseHref}`);
    expect(header(await chinese.body())[0]).toBe('企业名称');
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Export CSV' }).waitFor();
  });
  it("the annual report shows a large school's bases a page at a time", async () => {
    const enterprise = await server.api<{ id: number }>('post', '/enterprises', { name: '华东精密实训有限公司' });
    const today = new Date().toISOString().slice(0, 10);
    for (let index = 0; index < 60; index++) {
      await server.api('post', '/outcomes', {
        title: `实训基地${String(index).padStart(2, '0')}`,
        kind: 'internship_base',
        stage: 'active',
        enterpriseId: enterprise.id,
        startDate: today,
      });
    }
    const report = await server.api<{ academicYear: string; bases: unknown[] }>(
      'get',
      `/reports/annual?academicYear=${encodeURIComponent(academicYearOf(new Date()))}`,
    );
    expect(report.bases.length).toBeGreaterThanOrEqual(60);
    await page.goto(`${server.url}/#/annual-report`);
    const bases = page.getByRole('table', { name: 'Per off-campus training base and major' });
    await bases.locator('tbody tr').first().waitFor();
    expect(await bases.locator('tbody tr').count()).toBe(50);
    await page.getByText(`1-50 of ${report.bases.length}`).waitFor();
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await page.getByText(`51-${Math.min(100, report.bases.length)} of ${report.bases.length}`).waitFor();
    expect(await bases.locator('tbody tr').count()).toBe(Math.min(50, report.bases.length - 50));
    await screenshot(page, 'data-04-annual-report-bases-page-2');
  });
});
