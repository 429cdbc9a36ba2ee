import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(300_000);

interface Row {
  id: number;
  [field: string]: unknown;
}

/** Each office's day on the demo data (the seed article's symposium among two years of history), in Chromium. */
describe('a day of each office, on the demo data', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort(), { CRM_DEMO_DATA: '1' });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(45_000);
    page = await context.newPage();
    await logIn(page, server.url);
    await page.getByTestId('my-tasks').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the home page opens on my tasks, open, today, overdue and this week', async () => {
    for (const horizon of ['open', 'today', 'overdue', 'week']) await page.getByTestId(`tasks-${horizon}`).waitFor();
    await screenshot(page, 'w01-home-my-tasks');
  });

  it('Integration Office: the seed symposium’s news draft, with its 28 enterprises, and a file attached to it', async () => {
    const symposia = await server.api<Row[]>(
      'get',
      `/meetings?filter=${encodeURIComponent(JSON.stringify({ kind: 'symposium', startsAt_gte: '2024-03-21T00:00:00Z', startsAt_lte: '2024-03-21T15:59:59Z' }))}`,
    );
    const symposium = symposia.find((meeting) => (meeting.enterpriseIds as number[]).length === 28)!;
    await page.goto(`${server.url}/#/meetings/${symposium.id}/show`);
    await page.getByTestId('news-draft').click();
    await page.getByRole('button', { name: '简体中文' }).click();
    const body = page.getByTestId('news-body');
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="news-body"]') as HTMLTextAreaElement | null)?.value.includes('28家企业'),
    );
    expect(await body.inputValue()).toMatch(/^2024年3月21日下午/);
    await body.fill(`${await body.inputValue()}\n\n（编辑过的草稿）`);
    expect(await body.inputValue()).toContain('（编辑过的草稿）');
    await screenshot(page, 'w02-news-draft');
    await page.keyboard.press('Escape');

    const dir = mkdtempSync(join(tmpdir(), 'crm-upload-'));
    const file = join(dir, '座谈会签到表.pdf');
    writeFileSync(file, '%PDF-1.4 sign-in sheet');
    await page.getByTestId('attachment-input').setInputFiles(file);
    await page.getByRole('link', { name: '座谈会签到表.pdf' }).waitFor();
    const stored = await server.api<Row[]>(
      'get',
      `/attachments?filter=${encodeURIComponent(JSON.stringify({ resource: 'meetings', recordId: symposium.id }))}`,
    );
    expect(stored.map((attachment) => attachment.name)).toEqual(['座谈会签到表.pdf']);
    await screenshot(page, 'w03-meeting-attachment');
  });

  it('Employment Office: finds the internship base expiring soonest and renews it', async () => {
    await page.goto(`${server.url}/#/internships`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    await screenshot(page, 'w04-internship-bases');
    // sorted by days left, the first base still in force is the one expiring soonest
    const expiring = await server.api<{
      agreements: { outcomeId: number; status: string; kind: string; endDate: string }[];
    }>('get', '/reports/expiring');
    const soonest =
      expiring.agreements.find((row) => row.status === 'expiring' && row.kind === 'internship_base') ??
      expiring.agreements.find((row) => row.kind === 'internship_base')!;
    await page.goto(`${server.url}/#/outcomes/${soonest.outcomeId}/show`);
    await page.getByTestId('renew').click();
    const next = `${Number(soonest.endDate.slice(0, 4)) + 3}${soonest.endDate.slice(4)}`;
    await page.getByTestId('renew-end').fill(next);
    await screenshot(page, 'w05-renew-dialog');
    await page.getByTestId('renew-save').click();
    await page.getByTestId('renew-save').waitFor({ state: 'detached' });
    const renewed = await server.api<Row>('get', `/outcomes/${soonest.outcomeId}`);
    expect(renewed.endDate).toBe(next);
    const terms = await server.api<Row[]>('get', `/outcomes/${soonest.outcomeId}/terms`);
    expect(terms.map((term) => term.endDate)).toEqual([soonest.endDate]);
  });

  it('Leadership: reads the funnel and the chamber ranking, and clicks through to the enterprises behind a number', async () => {
    await page.goto(`${server.url}/#/funnel`);
    const funnel = await server.api<{ stage: string; count: number }[]>('get', '/reports/funnel');
    const partners = funnel.find((stage) => stage.stage === 'partner')!;
    await page.getByTestId('funnel-partner').waitFor();
    await screenshot(page, 'w06-funnel');
    await page.getByTestId('funnel-partner').click();
    await page.waitForURL(/#\/enterprises\?filter=/);
    await page
      .getByText(new RegExp(`of ${partners.count}$`))
      .first()
      .waitFor();

    await page.goto(`${server.url}/#/chamber-ranking`);
    const ranking = await server.api<{ chamberId: number; members: number; outcomes: number }[]>(
      'get',
      '/reports/chambers',
    );
    const top = ranking[0];
    await page.getByTestId(`chamber-${top.chamberId}-members`).waitFor();
    await screenshot(page, 'w07-chamber-ranking');
    await page.getByTestId(`chamber-${top.chamberId}-members`).click();
    await page.waitForURL(/#\/enterprises\?filter=/);
    await page
      .getByText(new RegExp(`of ${top.members}$`))
      .first()
      .waitFor();
    await screenshot(page, 'w08-chamber-members');
  });

  it('Employment Office and leadership in both languages: the report pages, exported, with totals on the intake list and each major’s page', async () => {
    const major = (await server.api<Row[]>('get', `/majors?range=${encodeURIComponent('[0,0]')}`))[0];
    for (const locale of ['zh-CN', 'en-US']) {
      // the account's own language wins over the browser's: set it as a person would in the menu
      await server.api('put', '/auth/locale', { locale: locale === 'zh-CN' ? 'zh-CN' : 'en' });
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
      context.setDefaultTimeout(45_000);
      const view = await context.newPage();
      await logIn(view, server.url);
      const tag = locale === 'zh-CN' ? 'zh' : 'en';
      await view.locator('.recharts-bar-rectangle').first().waitFor();
      // the year-over-year figures come after the charts
      await view.getByTestId('year-over-year').locator('tbody tr').first().waitFor();
      await screenshot(view, `w09-home-year-over-year-${tag}`, true);
      // a bar of the meetings-per-month chart opens the meetings of that month
      await view.locator('.recharts-bar-rectangle').first().click();
      await view.waitForURL(/#\/meetings\?filter=.*startsAt_gte/);
      await view.goto(`${server.url}/#/`);

      await view.goto(`${server.url}/#/internships`);
      await view.locator('table tbody tr').first().waitFor();
      await view.getByTestId('intake-totals').waitFor();
      // the expiry list: agreements ended without renewal come first
      await view.getByTestId('expiry-list').locator('tbody tr').first().waitFor();
      // the internship page lists its bases only
      const expiry = await server.api<{ agreements: { status: string }[] }>(
        'get',
        `/reports/expiring?kind=internship_base&range=${encodeURIComponent('[0,9]')}`,
      );
      expect(await view.getByTestId('expiry-list').locator('tbody tr').count()).toBe(expiry.agreements.length);
      if (expiry.agreements.some((row) => row.status === 'ended'))
        expect(await view.getByTestId('expiry-list').locator('tbody tr').first().getAttribute('data-testid')).toBe(
          'expiry-ended',
        );
      await screenshot(view, `w10-internship-bases-${tag}`, true);
      // the export button downloads what the page shows, every base, headed in the page's language
      const href = await view.getByRole('link', { name: /CSV/ }).getAttribute('href');
      const csv = await view.request.get(new URL(href!, server.url).toString(), {
        headers: { 'Accept-Language': locale },
      });
      expect(csv.status()).toBe(200);
      const header = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n')[0];
      expect(header.startsWith(locale === 'zh-CN' ? '实习基地,' : 'Internship base,')).toBe(true);

      await view.goto(`${server.url}/#/intakes`);
      await view.getByTestId('intake-totals').waitFor();
      await screenshot(view, `w11-intake-totals-${tag}`);
      await view.goto(`${server.url}/#/majors/${major.id}/show/intakes`);
      await view.getByTestId('major-intake-totals').waitFor();
      // the Base column names each intake's internship base (it is read after the rows: the screenshot waits for it)
      const [intake] = await server.api<Row[]>(
        'get',
        `/intakes?filter=${encodeURIComponent(JSON.stringify({ majorId: major.id }))}&sort=${encodeURIComponent('["academicYear","DESC"]')}&range=${encodeURIComponent('[0,0]')}`,
      );
      const base = await server.api<Row>('get', `/outcomes/${intake.outcomeId}`);
      await view
        .getByRole('row', { name: new RegExp(String(intake.academicYear)) })
        .getByText(String(base.title))
        .first()
        .waitFor();
      await screenshot(view, `w12-major-intakes-${tag}`);
      await context.close();
    }
  });
});
