import { Browser, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(300_000);

/** The search box of the app bar: Ctrl-K from any page, grouped results with the match marked, arrows and Enter. */
describe('the search box, in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let leihui: { id: number };

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    leihui = await server.api('post', '/enterprises', { name: '雷辉生态集团', city: '杭州', industry: '环保' });
    await server.api('post', '/enterprises', {
      name: '江朗科技有限公司',
      aliases: ['Jianglang Technology'],
      city: '上海',
    });
    const chamber = await server.api<{ id: number }>('post', '/chambers', { name: '上海市浙江商会', kind: 'chamber' });
    await server.api('post', '/contacts', { name: '王芳', title: '秘书长', chamberId: chamber.id });
    await server.api('post', '/contacts', { name: '雷明', title: '总经理', enterpriseId: leihui.id });
    await server.api('post', '/meetings', {
      title: '雷辉生态集团来访',
      kind: 'visit_received',
      startsAt: '2024-05-10T02:00:00.000Z',
      minutes: '参观实训基地。',
      enterpriseIds: [leihui.id],
    });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    context.setDefaultTimeout(45_000);
    page = await context.newPage();
    await logIn(page, server.url);
    await page.getByRole('button', { name: /^Search/ }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const box = () => page.getByRole('combobox', { name: /Search everything|全局搜索/ });
  const options = () => page.getByRole('listbox').getByRole('option');

  it('opens with Ctrl-K on any page, groups the results by resource and marks the match', async () => {
    await page.goto(`${server.url}/#/meetings`);
    await page.getByRole('columnheader').first().waitFor();
    await page.keyboard.press('Control+k');
    await box().fill('雷辉');
    await options().first().waitFor();
    const listbox = page.getByRole('listbox');
    await listbox.getByText('Enterprises', { exact: true }).waitFor();
    await listbox.getByText('Meetings', { exact: true }).waitFor();
    const enterprise = options().filter({ hasText: '杭州 · 环保' });
    expect(await enterprise.locator('.MuiListItemText-primary').innerText()).toBe('雷辉生态集团');
    expect(await listbox.locator('mark').first().innerText()).toBe('雷辉');
    await screenshot(page, 'search-01-grouped-en');
    await page.keyboard.press('Escape');
    await expect(box().count()).resolves.toBe(0);
  });

  it('finds by pinyin initials and opens the chosen result with the arrow keys and Enter', async () => {
    await page.goto(`${server.url}/#/`);
    await page.keyboard.press('Meta+k');
    await box().fill('lhst');
    await options().first().waitFor();
    expect(await options().first().innerText()).toContain('雷辉生态集团');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await options().first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/enterprises/${leihui.id}/show`));
    await page.getByText('雷辉生态集团').first().waitFor();
  });

  it('moves down to the second result, and finds a Latin alias', async () => {
    await page.getByRole('button', { name: /^Search/ }).click();
    await box().fill('jianglang');
    await options().first().waitFor();
    expect(await options().first().innerText()).toContain('Jianglang Technology');
    await box().fill('雷');
    await page.getByRole('listbox').getByText('Contacts', { exact: true }).waitFor();
    const texts = await options().allInnerTexts();
    const contact = texts.findIndex((text) => text.startsWith('雷明'));
    for (let step = 0; step < contact; step++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/contacts\/\d+\/show/);
  });

  it('speaks Chinese when the interface does', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('button', { name: /^搜索/ }).waitFor();
    await page.keyboard.press('Control+k');
    await box().fill('雷辉');
    const listbox = page.getByRole('listbox');
    await listbox.getByText('企业', { exact: true }).waitFor();
    await listbox.getByText('会议', { exact: true }).waitFor();
    await screenshot(page, 'search-02-grouped-zh');
    await box().fill('不存在的名字');
    await page.getByText('没有找到“不存在的名字”。').waitFor();
    await page.keyboard.press('Escape');
    // back to English for the account, as the other browser tests expect it
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });
});
