import { Browser } from 'playwright-core';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(300_000);

/**
 * The administrator merges a duplicate enterprise, then reads the merge's one event in the audit
 * trail: what moved, what changed with it and the merged record are said in the reader's language,
 * not as the keys and table names the API stores.
 */
describe('a merge event in the audit trail, in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let eventId: number;

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    const survivor = await server.api<{ id: number }>('post', '/enterprises', { name: '上海江朗科技有限公司' });
    const other = await server.api<{ id: number }>('post', '/enterprises', { name: '江朗科技（上海）' });
    await server.api('post', '/contacts', { name: '王芳', title: '经理', enterpriseId: other.id });
    await server.api('post', `/enterprises/${survivor.id}/merge`, { otherId: other.id });
    const events = await server.api<{ id: number; action: string }[]>(
      'get',
      `/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'enterprises', recordId: survivor.id }))}`,
    );
    eventId = events.find((event) => event.action === 'merge')!.id;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [locale, moved, changed, merged] of [
    ['zh-CN', '转移过来的记录', '联系人 记录 1：修改', '企业名称：江朗科技（上海）'],
    ['en-GB', 'Moved over', 'Contact record 1: Changed', 'Name: 江朗科技（上海）'],
  ] as const) {
    it(`says what the merge moved and changed (${locale})`, async () => {
      await server.api('PUT', '/auth/locale', { locale: locale === 'en-GB' ? 'en' : locale });
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
      context.setDefaultTimeout(45_000);
      const page = await context.newPage();
      await logIn(page, server.url);
      await page.getByRole('button', { name: /^(Search|搜索)/ }).waitFor();
      await page.goto(`${server.url}/#/audit-events/${eventId}/show`);
      await page.getByText(moved, { exact: true }).waitFor();
      await page.getByText(changed).first().waitFor();
      await page.getByText(merged).first().waitFor();
      // the stored keys and table names are not what the reader sees
      for (const stored of ['fieldsTaken', 'mergedId', 'contacts 1 update', 'createdAt', 'version'])
        expect(await page.getByText(stored).count()).toBe(0);
      await screenshot(page, `merge-event-${locale}`, true);
      await context.close();
    });
  }
});
