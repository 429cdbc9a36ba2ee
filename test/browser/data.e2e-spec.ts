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
      buffer: csv([['企业名称', '统一社会信用代码', '城市'], ['江朗科技（上海）', '', ''], ['上海江朗科技股份有限公司', '', '上海'], ['雷辉生态集团有限公司', '', '杭州'], ['坏代码公司', '91310000MA1FL4XQ10', '']]),
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
    const stored = await server.api<{ name: string }[]>('get', `/enterprises?filter=${encodeURIComponent(JSON.stringify({ city: '杭州' }))}`);
    expect(stored.map((enterprise) => enterprise.name)).toEqual(['雷辉生态集团有限公司']);
  });

  it('a meeting’s sign-in sheet adds its people and organisations', async () => {
    const meeting = await server.api<{ id: number }>('post', '/meetings', { title: '浙商座谈会', kind: 'symposium', startsAt: new Date(Date.now() - 86_400_000).toISOString() });
    await page.goto(`${server.url}/#/meetings/${meeting.id}/show`);
    await page.getByRole('link', { name: 'Import sign-in sheet' }).click();
    // as a person would, choose the file once the page shows which meeting it goes to (the upload waits for the meeting)
    await page.waitForURL(/#\/import/);
    await page.waitForFunction((title) => [...document.querySelectorAll('input')].some((input) => input.value === title), '浙商座谈会');
    await page.locator('label.MuiButton-root:not(.Mui-disabled)', { hasText: /choose a file/i }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: '签到表.csv', mimeType: 'text/csv', buffer: csv([['姓名', '单位', '职务', '电话'], ['王芳', '上海江朗科技有限公司', '总经理', '13800138000'], ['李明', '新星物流', '经理', '']]) });
    await page.getByRole('table').locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: /Add to the meeting/ }).click();
    await page.getByText(/^Imported:/).waitFor();
    const stored = await server.api<{ contactIds: number[]; enterpriseIds: number[] }>('get', `/meetings/${meeting.id}`);
    expect(stored.contactIds).toHaveLength(2);
    expect(stored.enterpriseIds).toHaveLength(2);
  });

  it('keeps a file chosen before its chamber or meeting is known, and reads it as soon as it is', async () => {
    // a member list chosen before its chamber: it waits, and is read once the chamber is picked
    await server.api('post', '/chambers', { name: '上海市温州商会', kind: 'chamber' });
    await page.goto(`${server.url}/#/import?kind=memberships`);
    await page.locator('input[type="file"]').setInputFiles({ name: '会员名单.csv', mimeType: 'text/csv', buffer: csv([['企业名称', '会内职务'], ['上海江朗科技有限公司', '副会长单位']]) });
    await page.getByRole('status').getByText('会员名单.csv will be read as soon as the chamber is chosen.').waitFor();
    await page.getByRole('combobox', { name: 'Chamber', exact: true }).fill('温州');
    await page.getByRole('option', { name: '上海市温州商会' }).click();
    await page.getByRole('table').locator('tbody tr[data-action="create"]').waitFor();
    await screenshot(page, 'data-04-member-list-after-chamber');

    // a sign-in sheet chosen while the meeting named in the address is still on its way from the server
    const meeting = await server.api<{ id: number }>('post', '/meetings', { title: '温商座谈会', kind: 'symposium', startsAt: new Date(Date.now() - 86_400_000).toISOString() });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/meetings/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${server.url}/#/import?kind=attendees&meetingId=${meeting.id}`);
    await page.locator('input[type="file"]').setInputFiles({ name: '签到表.csv', mimeType: 'text/csv', buffer: csv([['姓名', '单位', '职务'], ['赵强', '上海市温州商会', '秘书长']]) });
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
    const live = await server.api<{ name: string; aliases: string[] }[]>('get', `/enterprises?filter=${encodeURIComponent(JSON.stringify({ q: '雷辉' }))}`);
    expect(live).toHaveLength(1);
  });

  it('the annual report links each figure to its records, and lists export what they show', async () => {
    const college = await server.api<{ id: number }>('post', '/units', { name: '信息工程学院', kind: 'college' });
    const major = await server.api<{ id: number }>('post', '/majors', { code: '510201', name: '计算机应用技术', unitId: college.id });
    const [enterprise] = await server.api<{ id: number }[]>('get', `/enterprises?filter=${encodeURIComponent(JSON.stringify({ city: '杭州' }))}`);
    const today = new Date().toISOString().slice(0, 10);
    await server.api('post', '/outcomes', { title: '订单班', kind: 'order_class', stage: 'active', enterpriseId: enterprise.id, majorId: major.id, startDate: today, orderClassStudents: 42 });
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
  });
  it('the annual report shows a large school\'s bases a page at a time', async () => {
    const enterprise = await server.api<{ id: number }>('post', '/enterprises', { name: '华东精密实训有限公司' });
    const today = new Date().toISOString().slice(0, 10);
    for (let index = 0; index < 60; index++) {
      await server.api('post', '/outcomes', { title: `实训基地${String(index).padStart(2, '0')}`, kind: 'internship_base', stage: 'active', enterpriseId: enterprise.id, startDate: today });
    }
    const report = await server.api<{ academicYear: string; bases: unknown[] }>('get', `/reports/annual?academicYear=${encodeURIComponent(academicYearOf(new Date()))}`);
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
