import { Browser } from 'playwright-core';
import { RobotServer, startRobots } from '../fixtures/channels';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(300_000);

const PASSWORD = 'office-own-password';

/**
 * The bell as the admin sees it while another user assigns them tasks: its count goes up without a
 * reload, the menu shows the notification in the interface's language, and clicking it opens the task.
 */
describe('the notification bell', () => {
  let server: Server;
  let browser: Browser;
  let robots: RobotServer;
  let officeToken: string;
  let enterpriseId: number;

  beforeAll(async () => {
    ensureBuilt();
    // the school's WeChat Work group, so that the admin's delivery list has rows
    robots = await startRobots();
    server = await startServer(await freePort(), { CRM_WECOM_WEBHOOK: robots.url('school') });
    browser = await launchChromium();
    officeToken = (await server.account({ name: '王老师', username: 'wang', role: 'office' }, PASSWORD)).token;
    enterpriseId = (await server.api('POST', '/enterprises', { name: '上海江朗科技有限公司' })).id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await robots?.close();
  });

  /** 王老师, another user, gives the admin a task through the API. */
  async function assignToAdmin(title: string): Promise<number> {
    const response = await fetch(`${server.url}/api/tasks`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${officeToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title, assigneeId: 1, enterpriseId, dueDate: '2026-12-31' }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: number }).id;
  }

  for (const [locale, title, expected] of [
    ['zh-CN', '回访江朗科技', '王老师 给您分配了任务：回访江朗科技'],
    ['en', 'Send the internship agreement', '王老师 assigned you a task: Send the internship agreement'],
  ] as const) {
    it(`counts a task assigned by another user and opens it (${locale})`, async () => {
      // the account keeps the language it last chose; this run's is the browser's
      await server.api('PUT', '/auth/locale', { locale });
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
      context.setDefaultTimeout(45_000);
      const page = await context.newPage();
      await logIn(page, server.url);
      const bell = page.getByTestId('notification-bell');
      await bell.waitFor();
      const count = page.getByTestId('notification-count');
      // nothing unread: the badge is hidden
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="notification-count"]')?.classList.contains('MuiBadge-invisible'),
      );
      await screenshot(page, `notifications-bell-before-${locale}`);

      const taskId = await assignToAdmin(title);
      // the bell asks again by itself: no reload
      await page.waitForFunction(
        () => {
          const badge = document.querySelector('[data-testid="notification-count"]');
          return badge?.textContent === '1' && !badge.classList.contains('MuiBadge-invisible');
        },
        undefined,
        { timeout: 30_000 },
      );
      expect(await count.textContent()).toBe('1');
      // the badge grows in
      await page.waitForTimeout(400);
      await screenshot(page, `notifications-bell-after-${locale}`);

      await bell.click();
      const item = page.getByTestId('notification-item').first();
      expect(await item.innerText()).toContain(expected);
      // the menu fades in
      await page.waitForTimeout(500);
      await screenshot(page, `notifications-bell-menu-${locale}`);
      await item.click();
      await page.waitForURL(new RegExp(`#/tasks/${taskId}/show$`));
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="notification-count"]')?.classList.contains('MuiBadge-invisible'),
      );

      await page.goto(`${server.url}/#/notifications`);
      await page.getByTestId('notification-row').first().waitFor();
      await screenshot(page, `notifications-page-${locale}`);
      await page.goto(`${server.url}/#/notification-deliveries`);
      await page.getByTestId('deliveries').locator('tbody tr').first().waitFor();
      await screenshot(page, `notifications-deliveries-${locale}`);
      await context.close();
    });
  }
});
