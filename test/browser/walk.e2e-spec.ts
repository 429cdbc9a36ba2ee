import { Browser, BrowserContext, Page } from 'playwright-core';
import { ROLES, type Role } from '@crm/domain';
import { launchChromium, screenshot } from './browser';
import { ADMIN_PASSWORD, ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(600_000);

/**
 * The offices' day through the pages (issue 19), on the demo data, one account per role, in a
 * zh-CN and an en Chromium: every menu page opens with its data, every list's filters and sorts
 * answer, every button the role sees on a record is pressed and succeeds (none refused), the trash
 * restores, the first visit reaches the login form at once; no page error, no 4xx/5xx, no raw
 * catalogue key and, in Chinese, no English field name on any page.
 */

const PASSWORD = 'walk-password-2026!';
const LOCALES = ['zh-CN', 'en'] as const;
type Locale = (typeof LOCALES)[number];

/** A catalogue key left untranslated: `crm.meetings.title`, `ra.action.save`. */
const RAW_KEY = /\b(?:crm|ra)\.[a-zA-Z]+\.[a-zA-Z.]+/;
/** A field name as the API spells it (camelCase), which a Chinese page must never show. */
const FIELD_NAME = /\b[a-z]+[A-Z][A-Za-z]*\b/g;

interface Walker {
  locale: Locale;
  page: Page;
  context: BrowserContext;
  /** Page errors and API answers of 400 and over, each a line. */
  problems: string[];
  /** Requests still on the wire. */
  pending: Set<string>;
}

describe('the offices’ day through the pages', () => {
  let server: Server;
  let browser: Browser;
  const accounts: Record<Role, { username: string; password: string; id: number }> = {} as never;
  const facts = {
    collegeId: 0,
    ownOutcome: 0,
    otherOutcome: 0,
    ownTask: 0,
    colleagueTask: 0,
    visit: 0,
    spareEnterprise: 0,
  };

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort(), { CRM_DEMO_DATA: '1' });
    browser = await launchChromium();
    // a college whose agreements are renewable, and another college's outcome
    const renewable = await server.api<{ id: number; unitId: number }[]>(
      'GET',
      `/outcomes?filter=${encodeURIComponent(JSON.stringify({ stage: ['signed', 'active'], unitId_neq: null }))}&range=[0,49]`,
    );
    const own = renewable[0];
    facts.collegeId = own.unitId;
    facts.ownOutcome = own.id;
    facts.otherOutcome = renewable.find((outcome) => outcome.unitId !== own.unitId)!.id;
    accounts.admin = { username: 'admin', password: ADMIN_PASSWORD, id: 1 };
    for (const role of ROLES.filter((name) => name !== 'admin')) {
      const username = `walk-${role}`;
      const staff = await server.api<{ id: number }>('POST', '/staff', {
        name: `走查${role}`,
        username,
        password: 'initial password 7',
        role,
        unitId: role === 'college' ? facts.collegeId : null,
      });
      // the first login of an account the admin made asks for a new password: chosen here, not walked
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: 'initial password 7' }),
      });
      const { token } = (await login.json()) as { token: string };
      const changed = await fetch(`${server.url}/api/auth/password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ currentPassword: 'initial password 7', newPassword: PASSWORD }),
      });
      expect(changed.status).toBe(200);
      accounts[role] = { username, password: PASSWORD, id: staff.id };
    }
    const meeting = (await server.api<{ id: number }[]>('GET', '/meetings?range=[0,0]'))[0];
    facts.ownTask = (
      await server.api<{ id: number }>('POST', '/tasks', {
        title: '走查：回访企业',
        assigneeId: accounts.college.id,
        meetingId: meeting.id,
        dueDate: '2026-12-31',
      })
    ).id;
    facts.colleagueTask = (
      await server.api<{ id: number }>('POST', '/tasks', {
        title: '走查：同事的任务',
        assigneeId: accounts.office.id,
        meetingId: meeting.id,
        dueDate: '2026-12-31',
      })
    ).id;
    const enterprise = (await server.api<{ id: number }[]>('GET', '/enterprises?range=[0,0]'))[0];
    facts.visit = (
      await server.api<{ id: number }>('POST', '/meetings', {
        title: '走查：访企拓岗',
        kind: 'visit_made',
        startsAt: new Date().toISOString(),
        enterpriseIds: [enterprise.id],
      })
    ).id;
    facts.spareEnterprise = (await server.api<{ id: number }>('POST', '/enterprises', { name: '走查回收站企业' })).id;
    // the demo's practices are the demo colleges' teachers': one of this college's, so that its own list has a row to open
    await server.api('POST', '/teacher-practices', {
      staffId: accounts.college.id,
      enterpriseId: enterprise.id,
      startsOn: '2026-07-06',
      endsOn: '2026-07-17',
      content: '走查：企业实践',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function walker(locale: Locale): Promise<Walker> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const walk: Walker = { locale, page, context, problems: [], pending: new Set() };
    page.on('pageerror', (error) => walk.problems.push(`page error: ${error.message}`));
    page.on('request', (request) => walk.pending.add(request.url() + request.method()));
    const finished = (request: { url(): string; method(): string }) =>
      walk.pending.delete(request.url() + request.method());
    page.on('requestfinished', finished);
    page.on('requestfailed', finished);
    page.on('response', (response) => {
      if (response.status() >= 400)
        walk.problems.push(
          `${response.status()} ${response.request().method()} ${response.url().replace(server.url, '')}`,
        );
    });
    return walk;
  }

  /** Until nothing has been on the wire for a moment: the page has asked for what it shows. */
  async function settle(walk: Walker): Promise<void> {
    let quiet = 0;
    for (let waited = 0; waited < 15_000 && quiet < 2; waited += 100) {
      await walk.page.waitForTimeout(100);
      quiet = walk.pending.size === 0 ? quiet + 1 : 0;
    }
  }

  /** What the page says: no catalogue key, and in Chinese no field name the API spells. */
  async function wordsProblems(walk: Walker, locale: Locale, where: string): Promise<string[]> {
    const text = await walk.page.locator('body').innerText();
    const found: string[] = [];
    const key = RAW_KEY.exec(text);
    if (key) found.push(`${where}: raw key ${key[0]}`);
    if (locale === 'zh-CN') {
      const names = [...new Set(text.match(FIELD_NAME) ?? [])];
      if (names.length) found.push(`${where}: English field names ${names.join(', ')}`);
    }
    return found;
  }

  /**
   * The account speaks the walk's language: an account keeps the language it last used, which
   * would otherwise carry a zh-CN walk's language into the en walk of the same account.
   */
  async function speak(role: Role, locale: Locale): Promise<void> {
    const { username, password } = accounts[role];
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const { token } = (await login.json()) as { token: string };
    const set = await fetch(`${server.url}/api/auth/locale`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ locale }),
    });
    expect(set.status).toBe(200);
  }

  async function logIn(walk: Walker, role: Role): Promise<void> {
    await speak(role, walk.locale);
    await walk.page.goto(`${server.url}/#/login`);
    await walk.page.locator('input[name="username"]').fill(accounts[role].username);
    await walk.page.locator('input[name="password"]').fill(accounts[role].password);
    await walk.page.locator('button[type="submit"]').click();
    await walk.page.locator('a.RaMenuItemLink-root').first().waitFor();
    await settle(walk);
    expect(await walk.page.evaluate(() => document.documentElement.lang)).toBe(walk.locale);
  }

  /**
   * The rows a list shows, once it shows any (or after a few seconds of none); a list that may be
   * empty is counted at once, since waiting there only idled.
   */
  async function rows(walk: Walker, mayBeEmpty = false): Promise<number> {
    const found = walk.page.locator('#main-content tbody tr, #main-content .RaSimpleList-root li');
    if (!mayBeEmpty)
      await found
        .first()
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined);
    return found.count();
  }

  /** Every menu page, opened from the menu's own links; a list must show rows. */
  async function walkMenu(walk: Walker, locale: Locale, role: Role, filtersAndSorts: boolean): Promise<string[]> {
    const found: string[] = [];
    const links = await walk.page
      .locator('a.RaMenuItemLink-root')
      .evaluateAll((anchors) => [...new Set(anchors.map((anchor) => anchor.getAttribute('href')!))]);
    expect(links.length).toBeGreaterThan(8);
    for (const href of links) {
      await walk.page.goto(`${server.url}/${href}`);
      await settle(walk);
      found.push(...(await wordsProblems(walk, locale, href)));
      const isList = (await walk.page.locator('#main-content .RaList-main').count()) > 0;
      // the board, the trash, the imports and the twins are lists too: of cards, of what was deleted or imported (nothing yet), of twins found;
      // the review queue holds what guests sent through a public link, and the demo has no guests yet
      const mayBeEmpty = ['#/board', '#/trash', '#/import', '#/duplicates', '#/registrations'].includes(href);
      // a page that is no list (home, reports, the calendar) has no rows to wait for
      const empty = isList ? (await rows(walk, mayBeEmpty)) === 0 : true;
      if (isList && !mayBeEmpty && empty) found.push(`${role} ${href}: a list without rows`);
      if (!isList || !filtersAndSorts || empty) continue;
      // every filter of the sidebar, once (and off again), then every sortable column, once: each
      // answers (a refused or failed one is in the network log); the demo data has no record of some
      // filters (a term without intakes, audit actions nobody took yet), so the filters of a list
      // must answer rows between them, each sort every time
      const filters = walk.page.locator('#main-content .RaFilterListItem-listItemButton');
      let answered = 0;
      for (let index = 0; index < (await filters.count()); index++) {
        // a filter folded away in a closed group is not on screen to press
        if (!(await filters.nth(index).isVisible())) continue;
        await filters.nth(index).click();
        await settle(walk);
        if ((await walk.page.locator('#main-content tbody tr').count()) > 0) answered++;
        await filters.nth(index).click();
        await settle(walk);
      }
      if ((await filters.count()) > 0 && answered === 0) found.push(`${href}: no filter answers rows`);
      const sorts = walk.page.locator('#main-content thead .MuiTableSortLabel-root');
      for (let index = 0; index < (await sorts.count()); index++) {
        await sorts.nth(index).click();
        await settle(walk);
        if ((await rows(walk)) === 0) found.push(`${href}: sort ${index} answers no rows`);
      }
    }
    return found;
  }

  let renewals = 0;

  /** Presses the buttons a role sees on a record's page: edit (and save), renew, mark done; none may be refused. */
  async function pressRecordButtons(walk: Walker, role: Role, path: string): Promise<string[]> {
    const { page } = walk;
    const found: string[] = [];
    await page.goto(`${server.url}/#/${path}/show`);
    await settle(walk);
    const renew = page.getByTestId('renew');
    if (await renew.count()) {
      await renew.click();
      // each renewal ends later than the one before (the API refuses one that does not)
      renewals++;
      await page.getByTestId('renew-end').fill(`${2040 + renewals}-08-31`);
      await page.getByTestId('renew-save').click();
      await page
        .getByRole('dialog')
        .waitFor({ state: 'hidden', timeout: 10_000 })
        .catch(async () => {
          found.push(`${role} ${path}: renew did not close: ${await page.getByRole('dialog').innerText()}`);
          await page.keyboard.press('Escape');
        });
      await settle(walk);
    }
    const done = page.getByRole('button', { name: /^(完成|标记完成|Mark done|Done)$/ });
    for (let index = await done.count(); index > 0; index--) {
      await done.first().click();
      await settle(walk);
    }
    const edit = page.locator('#main-content a[href$="#/' + path + '"], a[href="#/' + path + '"]');
    if (await edit.count()) {
      await edit.first().click();
      await page.locator('form').first().waitFor();
      await settle(walk);
      // the edit page opens on the form, not on a refusal (saving is walked by the visit test)
      if (await page.getByTestId('refusal').count()) found.push(`${role} ${path}: edit offered, then refused`);
      if (!(await page.locator('#main-content form input[name]').count()))
        found.push(`${role} ${path}: edit opens no form`);
    }
    return found;
  }

  it('opens the first visit of a new browser at the login form in under 2 s', async () => {
    // one visit warms the server's answers; each measured visit is a new browser profile
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${server.url}/`);
      await page.locator('input[name="username"]').waitFor();
      times.push(Date.now() - started);
      expect(page.url()).toMatch(/#\/login$/);
      await context.close();
    }
    const best = Math.min(...times.slice(1));
    console.log(`first visit to the login form: ${times.join(', ')} ms`);
    expect(best).toBeLessThan(2000);
  });

  describe.each(LOCALES)('in a %s Chromium', (locale) => {
    it.each(ROLES.map((role) => [role]))('walks the day of the %s', async (role) => {
      const walk = await walker(locale);
      try {
        await logIn(walk, role);
        const found = await walkMenu(walk, locale, role, locale === 'zh-CN' && role === 'admin');
        if (locale === 'zh-CN') {
          for (const path of [
            `outcomes/${facts.ownOutcome}`,
            `outcomes/${facts.otherOutcome}`,
            `tasks/${facts.ownTask}`,
            `tasks/${facts.colleagueTask}`,
            `meetings/${facts.visit}`,
          ]) {
            found.push(...(await pressRecordButtons(walk, role, path)));
          }
        }
        expect(found).toEqual([]);
        expect(walk.problems).toEqual([]);
      } finally {
        await walk.context.close();
      }
    });
  });

  it.each(LOCALES.map((locale) => [locale]))(
    'refuses a college dean another college’s outcome edit, and the office a new account, with a page that says so (%s)',
    async (locale) => {
      const walk = await walker(locale);
      try {
        await logIn(walk, 'college');
        await walk.page.goto(`${server.url}/#/outcomes/${facts.otherOutcome}`);
        await walk.page.getByTestId('refusal').waitFor();
        expect(await walk.page.locator('#main-content form input[name="title"]').count()).toBe(0);
        await screenshot(walk.page, `walk-refusal-outcome-${locale}`);
        expect(await wordsProblems(walk, locale, 'refusal')).toEqual([]);
        await walk.page.goto(`${server.url}/#/outcomes/${facts.ownOutcome}/show`);
        // the button waits for the permission answer, which comes after the record: wait for it, not for the wire
        await walk.page.getByTestId('renew').waitFor({ timeout: 10_000 });
        await walk.page.goto(`${server.url}/#/outcomes/${facts.otherOutcome}/show`);
        await settle(walk);
        expect(await walk.page.getByTestId('renew').count()).toBe(0);
        await walk.context.clearCookies();
        const office = await walker(locale);
        try {
          await logIn(office, 'office');
          await office.page.goto(`${server.url}/#/staff/create`);
          await office.page.getByTestId('refusal').waitFor();
          await screenshot(office.page, `walk-refusal-staff-create-${locale}`);
          expect(office.problems).toEqual([]);
        } finally {
          await office.context.close();
        }
        expect(walk.problems).toEqual([]);
      } finally {
        await walk.context.close();
      }
    },
  );

  it.each(LOCALES.map((locale) => [locale]))(
    'records what a 访企拓岗 visit brought through its form, and counts it at home (%s)',
    async (locale) => {
      const walk = await walker(locale);
      const { page } = walk;
      try {
        await logIn(walk, 'office');
        const stored = await server.api<{ positionsOffered: number | null; academicYear: string }>(
          'GET',
          `/meetings/${facts.visit}`,
        );
        // the figures of the home page's year-over-year table, of the visit's academic year
        const home = async () =>
          (
            await server.api<{ current: { visits: { positionsOffered: number } } }>(
              'GET',
              `/reports/year?academicYear=${stored.academicYear}`,
            )
          ).current.visits.positionsOffered;
        const before = { home: await home(), visit: stored.positionsOffered ?? 0 };
        await page.goto(`${server.url}/#/meetings/${facts.visit}`);
        await page.getByTestId('visit-inputs').waitFor();
        const positions = 11 + LOCALES.indexOf(locale);
        await page.locator('input[name="positionsOffered"]').fill(String(positions));
        await page.locator('input[name="internsWanted"]').fill('6');
        await page.locator('input[name="graduatesWanted"]').fill('3');
        await screenshot(page, `walk-visit-form-${locale}`);
        await page.locator('button[type="submit"]').first().click();
        await page.getByTestId('visit-figures').waitFor();
        expect(await page.getByTestId('visit-figures').innerText()).toContain(String(positions));
        await screenshot(page, `walk-visit-show-${locale}`);
        const visit = await server.api<{ positionsOffered: number }>('GET', `/meetings/${facts.visit}`);
        expect(visit.positionsOffered).toBe(positions);
        // the home figure 访企拓岗所获岗位 adds up the year's visits
        expect(await home()).toBe(before.home - before.visit + positions);
        // a new meeting of another kind shows none of the visit's fields, a visit made shows them
        await page.goto(`${server.url}/#/meetings/create`);
        await page.locator('form').waitFor();
        expect(await page.getByTestId('visit-inputs').count()).toBe(0);
        await page.getByRole('combobox', { name: /^(类型|Kind)/ }).click();
        await page.getByRole('option', { name: /访企拓岗|Visit made/ }).click();
        await page.getByTestId('visit-inputs').waitFor();
        expect(walk.problems).toEqual([]);
      } finally {
        await walk.context.close();
      }
    },
  );

  it.each(LOCALES.map((locale) => [locale]))(
    'deletes, finds in the trash and restores a record through the pages as the admin (%s)',
    async (locale) => {
      const walk = await walker(locale);
      const { page } = walk;
      try {
        await logIn(walk, 'admin');
        await page.goto(`${server.url}/#/enterprises/${facts.spareEnterprise}`);
        await page.locator('form').waitFor();
        await page.getByRole('button', { name: /^(删除|Delete)$/ }).click();
        const confirm = page.getByRole('dialog').getByRole('button', { name: /^(确认|Confirm)$/ });
        if (await confirm.count()) await confirm.click();
        await settle(walk);
        expect(
          (
            await server.api<unknown[]>(
              'GET',
              `/enterprises?filter=${encodeURIComponent(JSON.stringify({ deleted: true }))}`,
            )
          ).length,
        ).toBeGreaterThan(0);
        await page.goto(`${server.url}/#/trash`);
        await page
          .getByLabel(/^(类别|Resource)/)
          .first()
          .click();
        await page.getByRole('option', { name: /^(企业|Enterprises)$/ }).click();
        await page.getByRole('listbox').waitFor({ state: 'hidden' });
        const row = page.getByRole('row').filter({ hasText: '走查回收站企业' });
        await row.waitFor();
        await screenshot(page, `walk-trash-${locale}`);
        await row.getByRole('button', { name: /^(恢复|Restore)$/ }).click();
        await settle(walk);
        await server.api('GET', `/enterprises/${facts.spareEnterprise}`);
        expect(walk.problems).toEqual([]);
      } finally {
        await walk.context.close();
      }
    },
  );
});
