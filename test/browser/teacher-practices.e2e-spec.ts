import { Browser, Page } from 'playwright-core';
import { academicYearOf, chinaDay } from '@crm/domain';
import { launchChromium, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(600_000);

const DEAN_PASSWORD = 'Practice makes the teacher';

/**
 * The dean of a college records his teachers' practice in enterprises in the pages, in Chinese and
 * in English: from the list's create form, then from the teacher's own page; the practice shows on
 * the teacher and the enterprise, and the annual report's page counts the college's days.
 */
describe('teacher practices in the dashboard', () => {
  let server: Server;
  let browser: Browser;
  let teacherId: number;
  let enterpriseId: number;
  // the report page opens on the current academic year: the practices fall in it
  const year = Number(academicYearOf(chinaDay(new Date())).slice(0, 4));

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    browser = await launchChromium();
    const college = await server.api('POST', '/units', { name: '智能制造学院', kind: 'college' });
    await server.account({ name: '周院长', username: 'dean', role: 'college', unitId: college.id }, DEAN_PASSWORD);
    teacherId = (await server.api('POST', '/staff', { name: '王建国', title: '讲师', unitId: college.id })).id;
    enterpriseId = (await server.api('POST', '/enterprises', { name: '江朗智能科技有限公司' })).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function deanPage(locale: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale })).newPage();
    await page.goto(`${server.url}/#/login`);
    await page.locator('input[name="username"]').fill('dean');
    await page.locator('input[name="password"]').fill(DEAN_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((address) => !address.hash.includes('login'));
    return page;
  }

  async function pick(page: Page, label: RegExp, typed: string, option: string | RegExp): Promise<void> {
    await page.getByRole('combobox', { name: label }).fill(typed);
    await page.getByRole('option', { name: option }).click();
  }

  it('in Chinese: the dean records a practice, sees it on the teacher and the enterprise, and the report counts its days', async () => {
    const page = await deanPage('zh-CN');
    await page.goto(`${server.url}/#/teacher-practices/create`);
    await pick(page, /^教师/, '王建国', /王建国/);
    await pick(page, /^实践企业/, '江朗', '江朗智能科技有限公司');
    await page.getByLabel(/^开始日期/).fill(`${year}-10-12`);
    await page.getByLabel(/^结束日期/).fill(`${year}-10-23`);
    // the helper says what an empty field means before the dean types fewer days
    await page.getByText('留空即整个期间共 12 天').waitFor();
    await page.getByLabel(/^实践天数/).fill('13');
    await page.getByLabel(/^实践内容/).fill('参与智能产线调试，收集教学案例');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('不能超过期间的 12 天').waitFor();
    await screenshot(page, 'teacher-practice-form-zh');
    await page.getByLabel(/^实践天数/).fill('10');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/#\/teacher-practices\/\d+\/show/);
    await page.getByRole('tab', { name: '实践记录' }).waitFor();
    await page.getByText('参与智能产线调试，收集教学案例').waitFor();
    await screenshot(page, 'teacher-practice-show-zh');
    const [stored] = await server.api(
      'GET',
      `/teacher-practices?filter=${encodeURIComponent(JSON.stringify({ staffId: teacherId }))}`,
    );
    expect(stored).toMatchObject({ enterpriseId, startsOn: `${year}-10-12`, endsOn: `${year}-10-23`, days: 10 });

    await page.goto(`${server.url}/#/staff/${teacherId}/show/practices`);
    await page.getByRole('cell', { name: '江朗智能科技有限公司' }).waitFor();
    await screenshot(page, 'teacher-practice-on-teacher-zh');
    await page.goto(`${server.url}/#/enterprises/${enterpriseId}/show/practices`);
    await page.getByRole('cell', { name: '王建国' }).waitFor();
    await screenshot(page, 'teacher-practice-on-enterprise-zh');

    await page.goto(`${server.url}/#/annual-report`);
    const colleges = page.getByRole('table', { name: '各二级学院' });
    await colleges.getByRole('columnheader', { name: '教师企业实践天数' }).waitFor();
    await colleges.getByRole('row', { name: /智能制造学院\s*10/ }).waitFor();
    await colleges.scrollIntoViewIfNeeded();
    await screenshot(page, 'teacher-practice-annual-report-zh');
    await page.context().close();
  });

  it('in English: the dean adds one from the teacher’s page, and the college’s days in the report add up', async () => {
    const page = await deanPage('zh-CN');
    // as a user does: the language from the app bar
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.goto(`${server.url}/#/staff/${teacherId}/show/practices`);
    await page.getByRole('link', { name: 'Record a practice' }).click();
    await page.waitForURL(/#\/teacher-practices\/create/);
    // the teacher comes prefilled from his page
    await page
      .getByRole('combobox', { name: /^Teacher/ })
      .and(page.locator('[value*="王建国"]'))
      .waitFor();
    await pick(page, /^Enterprise/, '江朗', '江朗智能科技有限公司');
    await page.getByLabel(/^From/).fill(`${year}-11-02`);
    await page.getByLabel(/^To/).fill(`${year}-11-06`);
    await page.getByText('Left empty: the whole period, 5 days.', { exact: false }).waitFor();
    await page.getByLabel(/^What the teacher did/).fill('Maintenance of the welding robots');
    await screenshot(page, 'teacher-practice-form-en');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // back to the teacher's page it was opened from
    await page.waitForURL(new RegExp(`#/staff/${teacherId}/show`));
    const practices = await server.api(
      'GET',
      `/teacher-practices?filter=${encodeURIComponent(JSON.stringify({ staffId: teacherId }))}`,
    );
    expect(practices.map((practice: { days: number }) => practice.days).sort()).toEqual([10, 5].sort());

    await page.goto(`${server.url}/#/annual-report`);
    const colleges = page.getByRole('table', { name: 'Per secondary college' });
    await colleges.getByRole('columnheader', { name: 'Teacher practice days in enterprises' }).waitFor();
    await colleges.getByRole('row', { name: /智能制造学院\s*15/ }).waitFor();
    await colleges.scrollIntoViewIfNeeded();
    await screenshot(page, 'teacher-practice-annual-report-en');
    await page.context().close();
  });
});
