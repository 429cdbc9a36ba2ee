import { existsSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { ADMIN_PASSWORD } from './server-process';

/**
 * Goal 7's browser part, shared by `npm run bench` and `bench/home.ts`: Debian's Chromium, a fresh
 * (cold-cache) context per navigation, logged in as admin.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What "drawn" means for each page: the enterprise list's first cell, the home page's first chart. */
export const FIRST_LIST = { path: 'enterprises', selector: 'table tbody tr td' };
export const HOME_CHARTS = { path: '', selector: '.recharts-surface' };
const VIEWPORT = { width: 1440, height: 900 };

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
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

export const chromiumMissing = () => (existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}`);

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Logs in through the login form once; each timed navigation starts from this session in a new context. */
export async function loggedIn(browser: Browser, url: string, locale?: 'zh-CN' | 'en'): Promise<StorageState> {
  const login = await browser.newContext({ viewport: VIEWPORT, locale });
  try {
    const page = await login.newPage();
    await page.goto(`${url}/#/login`);
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
    await page.locator('input[name="password"]').press('Enter');
    await page.waitForURL((address) => !address.hash.includes('login'), { timeout: 30_000 });
    return await login.storageState();
  } finally {
    await login.close();
  }
}

export interface Navigation {
  ms: number;
  /** When each request started and ended, in ms from the navigation's start (with `timeline`). */
  requests?: { url: string; start: number; end: number }[];
  /** Main-thread time by script and by V8's own categories (with `profile`). */
  profile?: ProfileSummary;
}

/**
 * Time from `goto` to `selector` visible, in a cold context. With `profilePath`, a CPU profile
 * (CDP Profiler, 200 µs sampling) of the navigation is written there and summarised.
 */
export async function timeNavigation(
  browser: Browser,
  url: string,
  state: StorageState,
  target: { path: string; selector: string },
  options: { timeline?: boolean; profilePath?: string; screenshot?: string } = {},
): Promise<Navigation> {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: state });
  try {
    const page = await context.newPage();
    const requests: { url: string; start: number; end: number }[] = [];
    let started = 0;
    if (options.timeline) {
      const begun = new Map<object, number>();
      page.on('request', (request) => begun.set(request, performance.now() - started));
      page.on('requestfinished', (request) =>
        requests.push({
          url: request.url().replace(url, ''),
          start: begun.get(request) ?? NaN,
          end: performance.now() - started,
        }),
      );
    }
    const cdp = options.profilePath ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    started = performance.now();
    await page.goto(`${url}/#/${target.path}`);
    await page.locator(target.selector).first().waitFor({ timeout: 60_000 });
    const ms = performance.now() - started;
    let profile: ProfileSummary | undefined;
    if (cdp && options.profilePath) {
      const { profile: raw } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(options.profilePath, JSON.stringify(raw));
      profile = summarise(raw);
    }
    if (options.screenshot) await page.screenshot({ path: options.screenshot, fullPage: true });
    return { ms, requests: options.timeline ? requests.sort((a, b) => a.start - b.start) : undefined, profile };
  } finally {
    await context.close();
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  wallMs: number;
  /** Self time in ms: per script file (its asset name), and "(idle)", "(program)", "(garbage collector)". */
  byScript: { script: string; ms: number; firstMs: number; lastMs: number }[];
  /** The functions with the most self time. */
  topFunctions: { name: string; script: string; ms: number }[];
}

function summarise(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const scripts = new Map<string, { ms: number; firstMs: number; lastMs: number }>();
  const functions = new Map<string, { name: string; script: string; ms: number }>();
  let at = 0;
  profile.samples.forEach((id, index) => {
    // a sample's time is the delta to the next one
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    at += profile.timeDeltas[index] / 1000;
    const { functionName, url } = byId.get(id)!.callFrame;
    const script = url ? basename(url.split('?')[0]) : functionName.startsWith('(') ? functionName : '(native)';
    const entry = scripts.get(script) ?? { ms: 0, firstMs: at, lastMs: at };
    entry.ms += delta;
    entry.lastMs = at;
    scripts.set(script, entry);
    const key = `${script}:${functionName}`;
    const fn = functions.get(key) ?? { name: functionName || '(anonymous)', script, ms: 0 };
    fn.ms += delta;
    functions.set(key, fn);
  });
  return {
    wallMs: (profile.endTime - profile.startTime) / 1000,
    byScript: [...scripts].map(([script, entry]) => ({ script, ...entry })).sort((a, b) => b.ms - a.ms),
    topFunctions: [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, 15),
  };
}
