import { Browser } from 'playwright-core';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(300_000);

/**
 * A list searched for more records than the API counts (CRM_SEARCH_COUNT_CAP; 10,000 in production,
 * 25 here so that the test needs 26 records, not 10,001) says "of 25+" under the table, in both
 * languages, and an exact total where the search matches fewer.
 */
describe('a capped search total in the contacts list, in Chromium', () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort(), { CRM_SEARCH_COUNT_CAP: '25' });
    const enterprise = await server.api<{ id: number }>('post', '/enterprises', { name: '上海江朗科技有限公司' });
    for (let index = 1; index <= 26; index++)
      await server.api('post', '/contacts', { name: `Li ${index}`, title: '销售', enterpriseId: enterprise.id });
    await server.api('post', '/contacts', { name: 'Zhang Wei', title: '经理', enterpriseId: enterprise.id });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [locale, capped, exact] of [
    ['zh-CN', '第 1-25 条，共 25+ 条', '第 1-1 条，共 1 条'],
    ['en-GB', '1-25 of 25+', '1-1 of 1'],
  ] as const) {
    it(`says "${capped}" for a search matching more than the cap (${locale})`, async () => {
      // the account keeps the language it last chose; this run's is the browser's
      await server.api('PUT', '/auth/locale', { locale: locale === 'en-GB' ? 'en' : locale });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
      context.setDefaultTimeout(45_000);
      const page = await context.newPage();
      await logIn(page, server.url);
      await page.getByRole('button', { name: /^(Search|搜索)/ }).waitFor();
      await page.goto(`${server.url}/#/contacts?filter=${encodeURIComponent(JSON.stringify({ q: 'li' }))}`);
      await page.getByText(capped, { exact: true }).waitFor();
      await screenshot(page, `capped-total-${locale}`, true);
      await page.goto(`${server.url}/#/contacts?filter=${encodeURIComponent(JSON.stringify({ q: 'zhang' }))}`);
      await page.getByText(exact, { exact: true }).waitFor();
      await context.close();
    });
  }
});
