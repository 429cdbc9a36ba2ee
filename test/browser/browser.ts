import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { ADMIN_PASSWORD } from './server';

export const SCREENSHOTS = resolve(__dirname, '..', '..', 'test-artifacts', 'screenshots');

/** Debian's Chromium, never a downloaded one. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // let charts and lazy chunks settle
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Logs in as admin; the button reads "Sign in" or "登录" depending on the browser's language. */
export async function logIn(page: Page, url: string, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto(`${url}/#/login`);
  await page.locator('input[name="username"]').fill('admin');
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: /^(Sign in|登录)$/ }).click();
}

/**
 * Drags with the mouse in small steps, as a person does: @hello-pangea/dnd only starts a drag after
 * the pointer has moved a few pixels, and it needs intermediate moves to find the drop target.
 */
export async function dragTo(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 10, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 25 });
  await page.waitForTimeout(200);
  await page.mouse.up();
}
