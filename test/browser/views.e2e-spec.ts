import { Browser, Page } from 'playwright-core';
import { addDays, chinaDay } from '@crm/domain';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(300_000);

const INITIAL = 'initial password 7';
const OWN = 'Lanterns over the Huangpu';
const LOCALES = ['zh-CN', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/**
 * The pages as a college dean and as the office read them, in a zh-CN and an en Chromium: the
 * dean's own college first with one switch to the whole school, filters on screen as chips,
 * drill-downs that say what they show, histories in sentences, no raw key anywhere.
 */
describe('views: a college’s own view, filters on screen, histories in sentences', () => {
  let server: Server;
  let browser: Browser;
  const ids: Record<string, number> = {};
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    browser = await launchChromium();
    const today = chinaDay(new Date());
    const own = await server.api('POST', '/units', { name: '智能制造学院', kind: 'college' });
    const other = await server.api('POST', '/units', { name: '信息工程学院', kind: 'college' });
    const chamber = await server.api('POST', '/chambers', { name: '上海市浙江商会', kind: 'chamber' });
    const jianglang = await server.api('POST', '/enterprises', { name: '江朗科技有限公司' });
    const huayu = await server.api('POST', '/enterprises', { name: '华宇软件有限公司' });
    const base = await server.api('POST', '/outcomes', {
      title: '江朗实习基地',
      kind: 'internship_base',
      stage: 'active',
      enterpriseId: jianglang.id,
      chamberId: chamber.id,
      unitId: own.id,
      capacity: 30,
      startDate: addDays(today, -200),
      endDate: addDays(today, 300),
    });
    await server.api('POST', '/outcomes', {
      title: '华宇实习基地',
      kind: 'internship_base',
      stage: 'signed',
      enterpriseId: huayu.id,
      chamberId: chamber.id,
      unitId: other.id,
      capacity: 20,
    });
    await server.api('POST', '/outcomes', {
      title: '华宇联合实验室',
      kind: 'joint_lab',
      stage: 'negotiating',
      enterpriseId: huayu.id,
      unitId: other.id,
    });
    // a change the history must tell in words: 容量 30 → 40
    const stored = await server.api('GET', `/outcomes/${base.id}`);
    await server.api('PUT', `/outcomes/${base.id}`, { ...stored, capacity: 40 });
    // one dean per language: an account keeps the language it last used
    for (const locale of LOCALES) {
      await server.api('POST', '/staff', {
        name: '刘院长',
        username: `dean.${locale.toLowerCase()}`,
        password: INITIAL,
        role: 'college',
        unitId: own.id,
      });
      const login = await (
        await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: `dean.${locale.toLowerCase()}`, password: INITIAL }),
        })
      ).json();
      await fetch(`${server.url}/api/auth/password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.token}` },
        body: JSON.stringify({ currentPassword: INITIAL, newPassword: OWN }),
      });
    }
    for (const enterprise of [jianglang, huayu])
      await server.api('POST', '/memberships', { enterpriseId: enterprise.id, chamberId: chamber.id });
    // the chamber's visit already logged on 21 March 2024
    await server.api('POST', '/meetings', {
      title: '浙江商会来访',
      kind: 'visit_received',
      startsAt: '2024-03-21T02:00:00.000Z',
      chamberIds: [chamber.id],
    });
    Object.assign(ids, { own: own.id, chamber: chamber.id, base: base.id, jianglang: jianglang.id });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    expect(pageErrors).toEqual([]);
  });

  async function newPage(locale: Locale): Promise<Page> {
    // the admin's account keeps the language of its last visit: each test starts in its own
    await server.api('PUT', '/auth/locale', { locale });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function logInAsDean(page: Page, locale: Locale): Promise<void> {
    await page.goto(`${server.url}/#/login`);
    await page.locator('input[name="username"]').fill(`dean.${locale.toLowerCase()}`);
    await page.locator('input[name="password"]').fill(OWN);
    await page.locator('button[type="submit"]').click();
  }

  /** No catalogue key or stored field name on screen. */
  async function expectNoRawWords(page: Page): Promise<void> {
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b(crm|ra|resources)\.[a-zA-Z]/);
    expect(text).not.toMatch(
      /\b(capacity|unitId|chamberId|broughtByChamberId|enterpriseIds|contactIds|doneAt|signedDate)\b/,
    );
  }

  /** Waits until the list shows `count` rows. */
  const expectRows = (page: Page, count: number) =>
    page.waitForFunction((wanted) => document.querySelectorAll('.RaDataTable-tbody tr').length === wanted, count);

  for (const locale of LOCALES) {
    const zh = locale === 'zh-CN';

    it(`warns of the chamber's other meeting that day, and puts the members ticked on the meeting (${locale})`, async () => {
      const page = await newPage(locale);
      await logIn(page, server.url);
      await page.locator('a[href="#/enterprises"]').first().waitFor();
      await page.goto(`${server.url}/#/meetings/create`);
      await page.locator('input[name="title"]').fill(zh ? '浙江商会座谈会' : 'Zhejiang chamber symposium');
      await page.locator('input[name="startsAt"]').fill('2024-03-21 14:00');
      await page.getByLabel(zh ? '商会' : 'Chambers', { exact: true }).fill('浙江');
      await page.getByRole('option', { name: '上海市浙江商会' }).click();
      await page.getByTestId('same-day-warning').filter({ hasText: '浙江商会来访' }).waitFor();
      await page
        .getByRole('button', {
          name: zh ? '从上海市浙江商会的 2 家会员企业中选择' : 'Choose from the 2 members of 上海市浙江商会',
        })
        .click();
      await page.getByRole('dialog').getByText('江朗科技有限公司').click();
      await page.getByTestId('members-confirm').filter({ hasText: '1' }).click();
      await page
        .getByText(zh ? '已添加上海市浙江商会的 1 家会员企业' : 'Added 1 member enterprises of 上海市浙江商会')
        .waitFor();
      await screenshot(page, `views-meeting-members-${locale}`);
      await page.getByRole('button', { name: zh ? '保存' : 'Save', exact: true }).click();
      await page.waitForURL(/#\/meetings\/\d+\/show/);
      const id = Number(/meetings\/(\d+)\/show/.exec(page.url())![1]);
      expect((await server.api('GET', `/meetings/${id}`)).enterpriseIds).toEqual([ids.jianglang]);
      await page.context().close();
    });

    it(`opens a dean's home and lists on the own college, one click from the whole school (${locale})`, async () => {
      const page = await newPage(locale);
      await logInAsDean(page, locale);
      const own = page.getByTestId('scope-own');
      await own.filter({ hasText: '智能制造学院' }).waitFor();
      expect(await own.getAttribute('aria-pressed')).toBe('true');
      await page.getByTestId('figure-activeBases').filter({ hasText: /^1$/ }).waitFor();
      await screenshot(page, `views-college-home-${locale}`);
      await page.getByTestId('scope-school').click();
      await page.getByTestId('figure-activeBases').filter({ hasText: /^2$/ }).waitFor();
      await page.getByTestId('scope-own').click();
      await page.getByTestId('figure-activeBases').filter({ hasText: /^1$/ }).waitFor();

      await page.locator('a[href="#/outcomes"]').first().click();
      await page.getByText('江朗实习基地').first().waitFor();
      await page.getByTestId('scope-own').waitFor();
      await expectRows(page, 1);
      await screenshot(page, `views-college-outcomes-${locale}`);
      await page.getByTestId('scope-school').click();
      await page.getByText('华宇联合实验室').first().waitFor();
      await expectRows(page, 3);
      // a filter is not kept across visits: from the menu, the list opens on the college again
      await page.locator('a[href="#/enterprises"]').first().click();
      await page.waitForURL(/#\/enterprises/);
      await expectRows(page, 1);
      expect(await page.locator('.RaDataTable-tbody').innerText()).toContain('江朗科技有限公司');
      await page.locator('a[href="#/outcomes"]').first().click();
      await page.waitForURL(/#\/outcomes/);
      await page.getByTestId('scope-own').and(page.locator('[aria-pressed="true"]')).waitFor();
      await expectRows(page, 1);
      await expectNoRawWords(page);
      await page.context().close();
    });

    it(`shows a drill-down's filter as a chip naming the chamber, cleared in one click; stages several at once (${locale})`, async () => {
      const page = await newPage(locale);
      await logIn(page, server.url);
      await page.locator('a[href="#/enterprises"]').first().waitFor();
      await page.goto(`${server.url}/#/chamber-ranking`);
      await page.getByTestId(`chamber-${ids.chamber}-outcomes`).click();
      const chip = page.getByTestId('filter-chip-broughtByChamberId');
      await chip.filter({ hasText: '上海市浙江商会' }).waitFor();
      await page.getByText('华宇实习基地').first().waitFor();
      await expectRows(page, 2);
      // the chamber column names the chamber on every row
      expect(await page.locator('thead').innerText()).toContain(zh ? '引荐商会' : 'Brought by');
      await screenshot(page, `views-drilldown-chip-${locale}`);
      await chip.locator('.MuiChip-deleteIcon').click();
      await chip.waitFor({ state: 'detached' });
      await page.getByText('华宇联合实验室').first().waitFor();
      await expectRows(page, 3);

      // two stages at once, both on one chip
      await page
        .getByRole('button', { name: zh ? '已签约' : 'Signed' })
        .first()
        .click();
      await page.getByTestId('filter-chip-stage').waitFor();
      await page
        .getByRole('button', { name: zh ? '执行中' : 'Active' })
        .first()
        .click();
      await page
        .getByTestId('filter-chip-stage')
        .filter({ hasText: zh ? '已签约、执行中' : 'Signed, Active' })
        .waitFor();
      await expectRows(page, 2);
      await page.getByTestId('filter-clear').click();
      await page.getByTestId('filter-chips').waitFor({ state: 'detached' });
      await expectNoRawWords(page);
      await page.context().close();
    });

    it(`tells an outcome's history in sentences with labels and values, and names a page that is not there (${locale})`, async () => {
      const page = await newPage(locale);
      await logIn(page, server.url);
      await page.locator('a[href="#/enterprises"]').first().waitFor();
      await page.goto(`${server.url}/#/outcomes/${ids.base}/show/history`);
      await page.getByText(zh ? '将 容量 从 30 改为 40' : 'Capacity from 30 to 40').waitFor();
      await screenshot(page, `views-history-${locale}`);
      await expectNoRawWords(page);

      await page.goto(`${server.url}/#/audit-events`);
      await page
        .getByText(zh ? '将 容量 从 30 改为 40' : 'Capacity from 30 to 40')
        .first()
        .waitFor();
      await screenshot(page, `views-audit-${locale}`);
      await expectNoRawWords(page);

      await page.goto(`${server.url}/#/nowhere`);
      await page
        .getByText(zh ? '页面不存在' : 'Page not found')
        .first()
        .waitFor();
      const text = await page.locator('body').innerText();
      expect(text).not.toContain('。.');
      expect(text).not.toContain('crm.app.title');
      expect(await page.title()).not.toContain('crm.');
      await screenshot(page, `views-not-found-${locale}`);
      await page.context().close();
    });
  }

  it('keeps the app title whole on a 390 px phone, and the outcome chart’s labels apart', async () => {
    await server.api('PUT', '/auth/locale', { locale: 'zh-CN' });
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await logIn(page, server.url);
    await page.getByTestId('figure-activeBases').waitFor();
    const title = page.locator('#react-admin-title');
    await title.filter({ hasText: '校企合作管理系统' }).waitFor();
    await screenshot(page, 'views-phone-home-zh-CN');
    // nothing cut: no wider than its box, no taller than it but for a glyph's descent (line-box rounding)
    const [taller, wider] = await title.evaluate((element) => [
      element.scrollHeight - element.clientHeight,
      element.scrollWidth - element.clientWidth,
    ]);
    expect(wider).toBeLessThanOrEqual(0);
    expect(taller).toBeLessThanOrEqual(3);
    // the kinds' labels of the outcome chart stand apart (rows on a phone, not crowded columns)
    await page.mouse.wheel(0, 3000);
    const base = page.locator('svg text', { hasText: '实习基地' }).last();
    const lab = page.locator('svg text', { hasText: '联合实验室' }).last();
    await lab.waitFor();
    const [a, b] = [(await base.boundingBox())!, (await lab.boundingBox())!];
    const apart = a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;
    expect(apart).toBe(true);
    await screenshot(page, 'views-phone-chart-zh-CN', true);
    await context.close();
  });
});
