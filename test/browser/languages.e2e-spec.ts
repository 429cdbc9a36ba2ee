import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(600_000);

const DESKTOP = { width: 1280, height: 800 };
const MENU_PAGES = [
  '',
  'meetings',
  'enterprises',
  'chambers',
  'contacts',
  'outcomes',
  'board',
  'intakes',
  'tasks',
  'units',
  'majors',
  'staff',
  'memberships',
  'audit-events',
];
const CREATE_FORMS = [
  'meetings',
  'enterprises',
  'chambers',
  'contacts',
  'outcomes',
  'intakes',
  'tasks',
  'units',
  'majors',
  'staff',
  'memberships',
];
/** Codes and names that read the same in both languages. */
const ACRONYMS = new Set(['USCC', 'CSV', 'XLSX', 'ICS', 'CNY', 'Markdown', 'id', 'ID', 'GB', 'Ctrl']);

/**
 * Words of the records themselves: the article's people keep their pinyin names, enterprises their
 * English aliases, staff their user names and e-mail addresses. They are data, not interface.
 */
async function dataWords(server: Server): Promise<Set<string>> {
  const words = new Set<string>();
  for (const resource of [
    'chambers',
    'enterprises',
    'contacts',
    'staff',
    'units',
    'majors',
    'meetings',
    'outcomes',
    'tasks',
    'memberships',
    'intakes',
    'audit-events',
  ]) {
    const records = await server.api('GET', `/${resource}?range=[0,999]`);
    for (const word of JSON.stringify(records).match(/[A-Za-z]{2,}/g) ?? []) words.add(word);
  }
  return words;
}

/** English words on the page that are neither an allowed code nor a word of the data shown. */
async function englishOnPage(page: Page, data: Set<string>): Promise<string[]> {
  const text = await page.evaluate(() => {
    const placeholders = [...document.querySelectorAll('input[placeholder], textarea[placeholder]')].map((input) =>
      input.getAttribute('placeholder'),
    );
    const labels = [...document.querySelectorAll('[aria-label]')]
      .filter((element) => element.closest('#main-content, header, .RaSidebar-fixed, [role="menu"]'))
      .map((element) => element.getAttribute('aria-label'));
    return [document.body.innerText, ...placeholders, ...labels].join('\n');
  });
  const words = (text.replace(/\S+@\S+/g, ' ').match(/[A-Za-z]{2,}/g) ?? []).filter(
    (word) => !ACRONYMS.has(word) && !data.has(word),
  );
  return [...new Set(words)];
}

async function settle(page: Page, path: string): Promise<void> {
  await page.locator('#main-content').waitFor();
  await page.waitForLoadState('networkidle');
  // lazy reference fields fill in after the first paint, and the home charts grow their bars
  await page.waitForTimeout(path === '' ? 2000 : 300);
}

describe('the dashboard in Chinese, one switch from English', () => {
  let server: Server;
  let browser: Browser;
  let data: Set<string>;
  let symposiumId: number;
  let jianglangId: number;

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort(), { CRM_DEMO_DATA: '1' });
    browser = await launchChromium();
    data = await dataWords(server);
    const [symposium] = await server.api(
      'GET',
      `/meetings?filter=${encodeURIComponent(JSON.stringify({ kind: 'symposium', startsAt_gte: '2024-03-21', startsAt_lt: '2024-03-22' }))}`,
    );
    symposiumId = symposium.id;
    const [jianglang] = await server.api(
      'GET',
      `/enterprises?filter=${encodeURIComponent(JSON.stringify({ q: '江朗' }))}`,
    );
    jianglangId = jianglang.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pages = () => [
    ...MENU_PAGES.map((path) => ({ name: path || 'home', path })),
    { name: 'meeting-symposium', path: `meetings/${symposiumId}/show` },
    { name: 'enterprise-jianglang', path: `enterprises/${jianglangId}/show` },
    { name: 'enterprise-jianglang-edit', path: `enterprises/${jianglangId}` },
    ...CREATE_FORMS.map((resource) => ({ name: `${resource}-create`, path: `${resource}/create` })),
  ];

  async function newPage(locale: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: DESKTOP, locale });
    context.setDefaultTimeout(45_000);
    return { context, page: await context.newPage() };
  }

  it('speaks Chinese to a Chinese browser on every menu page and create form, with no English interface text', async () => {
    const { context, page } = await newPage('zh-CN');
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(await englishOnPage(page, data)).toEqual([]);
    await screenshot(page, 'zh-CN-login');
    await logIn(page, server.url);
    await page.getByText('合作中的企业').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    const english: Record<string, string[]> = {};
    for (const { name, path } of pages()) {
      await page.goto(`${server.url}/#/${path}`);
      await settle(page, path);
      const found = await englishOnPage(page, data);
      if (found.length) english[name] = found;
      await screenshot(page, `zh-CN-${name}`, name === 'meeting-symposium');
    }
    expect(english).toEqual({});

    // dates in China time, as a Chinese reader writes them
    await page.goto(`${server.url}/#/meetings/${symposiumId}/show`);
    await page.getByText('2024年3月21日 14:00').first().waitFor();
    // amounts in lists as Chinese reports count them
    await page.goto(`${server.url}/#/outcomes`);
    await page
      .getByText(/^\d+(\.\d+)?万元$/)
      .first()
      .waitFor();
    await context.close();
  });

  it('switches to English at once from the app bar, keeps it over a reload, and remembers it for the account', async () => {
    const { context, page } = await newPage('zh-CN');
    await logIn(page, server.url);
    await page.getByText('合作中的企业').waitFor();
    await page.goto(`${server.url}/#/meetings`);
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByText('Academic year').first().waitFor();
    await page.getByRole('columnheader', { name: 'When' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // the API speaks the same language as the page
    const answer = await page.evaluate(async () =>
      (
        await fetch('/api/enterprises/999999', { headers: { 'Accept-Language': document.documentElement.lang } })
      ).json(),
    );
    expect(answer.message).toBe('There is no enterprise with id 999999.');

    await page.reload();
    await page.getByRole('columnheader', { name: 'When' }).waitFor();
    await page
      .getByText('21 Mar 2024, 14:00')
      .first()
      .waitFor({ state: 'attached' })
      .catch(() => undefined);
    const [account] = await server.api(
      'GET',
      `/staff?filter=${encodeURIComponent(JSON.stringify({ username: 'admin' }))}`,
    );
    expect(account.locale).toBe('en');
    await context.close();

    // another computer, a Chinese browser: the account's choice follows the user
    const other = await newPage('zh-CN');
    await logIn(other.page, server.url);
    await other.page.getByText('Active partners').waitFor();
    await other.context.close();
  });

  it('keeps screenshots of every page in English too', async () => {
    const { context, page } = await newPage('en-US');
    await logIn(page, server.url);
    await page.getByText('Active partners').waitFor();
    for (const { name, path } of pages()) {
      await page.goto(`${server.url}/#/${path}`);
      await settle(page, path);
      await screenshot(page, `en-${name}`, name === 'meeting-symposium');
    }
    // back to Chinese for the account, as the school uses it
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByText('合作成果').first().waitFor();
    await context.close();
  });
});
