import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { usccFor } from '../fixtures/resources';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(600_000);

const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  timezoneId: 'Asia/Shanghai',
};
const PHOTO = readFileSync(join(__dirname, '..', '..', 'apps', 'dashboard', 'public', 'icon-192.png'));

/** No page on a 390 px phone may scroll sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/**
 * A leader logs a 访企拓岗 visit on a phone in the enterprise, where there is no signal: the app
 * (installed, its shell kept by the service worker) keeps the visit, opens again when reloaded
 * offline, and sends the visit once when the network is back, with its photo.
 */
describe('a visit logged on a phone with the network cut', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let campaign: { id: number };
  /** What the CSP refused (the service worker, the manifest, a photo's preview must all pass it). */
  const refusedByPolicy: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    await server.api('POST', '/majors', {
      code: '460301',
      name: '机电一体化技术',
      unitId: (await server.api('POST', '/units', { name: '智能制造学院', kind: 'college' })).id,
    });
    await server.api('POST', '/enterprises', { name: '浙江江朗科技有限公司', uscc: usccFor(1) });
    // this year's campaign: the admin (who logs the visit) with a quota of 20, a party secretary with 100
    const year = new Date().getFullYear();
    campaign = await server.api('POST', '/campaigns', {
      name: `${year}年访企拓岗促就业专项行动`,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
    });
    const me = await server.api('GET', '/auth/me');
    const secretary = await server.api('POST', '/staff', { name: '李书记', title: '党委书记' });
    await server.api('POST', '/campaign-quotas', { campaignId: campaign.id, staffId: me.id, enterprises: 20 });
    await server.api('POST', '/campaign-quotas', { campaignId: campaign.id, staffId: secretary.id, enterprises: 100 });
    browser = await launchChromium();
    context = await browser.newContext({ ...PHONE, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refusedByPolicy.push(message.text());
    });
    await logIn(page, server.url);
    await page.locator('#main-content').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is an installable app: a manifest with its name and icons, and a service worker controlling the page', async () => {
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: '校企合作管理系统', display: 'standalone', start_url: '/' });
    expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons)
      expect((await fetch(`${server.url}${icon.src}`)).headers.get('content-type')).toBe('image/png');
    await page.goto(`${server.url}/#/visit`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // the enterprise is found by the pinyin of its name while there is a network
    await page.getByRole('combobox', { name: '企业（名称、拼音或统一社会信用代码）' }).fill('zjjl');
    await page.getByRole('option', { name: /浙江江朗科技有限公司/ }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: '企业（名称、拼音或统一社会信用代码）' }).fill('');
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'visit-01-phone-zh', true);
  });

  it('keeps the visit on the phone offline, opens again on a reload offline, and sends it once when the network is back', async () => {
    await context.setOffline(true);
    await page.getByText('当前无网络：走访记录保存在本机，联网后自动发送。').waitFor();
    await page.getByRole('combobox', { name: '企业（名称、拼音或统一社会信用代码）' }).fill('杭州新禾智能装备有限公司');
    await page.getByRole('option', { name: '将“杭州新禾智能装备有限公司”添加为新企业' }).click();
    // who went: me, already filled in
    await page.getByRole('button', { name: 'Administrator' }).waitFor();
    await page.getByTestId('visit-photos').setInputFiles({ name: '合影.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByRole('img', { name: '照片 1' }).waitFor();
    await page.getByLabel('提供岗位数').fill('12');
    await page.getByLabel('意向实习人数').fill('5');
    await page.getByLabel('意向就业人数').fill('3');
    await page.getByLabel('需求专业').click();
    await page.getByRole('option', { name: '机电一体化技术' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('备注', { exact: true }).fill('企业计划暑期接收机电专业实习生。');
    await page.getByLabel('跟进事项').fill('寄送实习协议草案');
    await page.getByRole('button', { name: '添加跟进任务' }).click();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'visit-02-filled-offline-zh', true);
    await page.getByRole('button', { name: '保存走访' }).click();
    const kept = page.getByTestId('kept-visit');
    await kept.filter({ hasText: '等待发送' }).waitFor();
    await screenshot(page, 'visit-03-waiting-offline-zh', true);

    await page.reload();
    await kept.filter({ hasText: '走访杭州新禾智能装备有限公司' }).filter({ hasText: '等待发送' }).waitFor();
    expect(
      await server.api('GET', `/meetings?filter=${encodeURIComponent(JSON.stringify({ kind: 'visit_made' }))}`),
    ).toEqual([]);

    await context.setOffline(false);
    await kept.filter({ hasText: '已发送' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'visit-04-sent-zh', true);
    // a second page of the app wakes up with the network too: it must not send the visit again
    await page.reload();
    await kept.filter({ hasText: '已发送' }).waitFor();

    const meetings = await server.api(
      'GET',
      `/meetings?filter=${encodeURIComponent(JSON.stringify({ kind: 'visit_made' }))}`,
    );
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(meeting).toMatchObject({
      title: '走访杭州新禾智能装备有限公司',
      positionsOffered: 12,
      internsWanted: 5,
      graduatesWanted: 3,
      minutes: '企业计划暑期接收机电专业实习生。',
    });
    expect(meeting.majorIds).toHaveLength(1);
    const [enterprise] = await server.api(
      'GET',
      `/enterprises?filter=${encodeURIComponent(JSON.stringify({ id: meeting.enterpriseIds }))}`,
    );
    expect(enterprise.name).toBe('杭州新禾智能装备有限公司');
    const photos = await server.api(
      'GET',
      `/attachments?filter=${encodeURIComponent(JSON.stringify({ resource: 'meetings', recordId: meeting.id }))}`,
    );
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ name: '合影.png', contentType: 'image/png', size: PHOTO.length });
    const tasks = await server.api(
      'GET',
      `/tasks?filter=${encodeURIComponent(JSON.stringify({ meetingId: meeting.id }))}`,
    );
    expect(tasks.map((task: { title: string }) => task.title)).toEqual(['寄送实习协议草案']);
    expect(refusedByPolicy).toEqual([]);
  });

  it('shows each leader’s progress on the campaign page, and the leader’s own on the home page', async () => {
    await page.goto(`${server.url}/#/campaigns/${campaign.id}/show`);
    const leader = (name: string) => page.getByTestId('campaign-row').filter({ hasText: name });
    await leader('Administrator').getByText('1 / 20 · 5%').waitFor();
    await leader('李书记').getByText('0 / 100 · 0%').waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'campaign-01-progress-phone-zh', true);
    // the visit behind the figure
    await leader('Administrator').getByRole('link', { name: '12' }).click();
    await page.getByText('走访杭州新禾智能装备有限公司').first().waitFor();
    await page.goto(`${server.url}/#/`);
    await page.getByTestId('my-campaign').getByText('您已走访 1 / 20 家企业 · 拓展岗位 12 个').waitFor();
    await screenshot(page, 'campaign-02-home-phone-zh');
  });

  it('shows a conflict when the new enterprise is one the records hold, and sends the visit once it is resolved', async () => {
    await page.goto(`${server.url}/#/visit`);
    await context.setOffline(true);
    const enterprise = page.getByRole('combobox', { name: '企业（名称、拼音或统一社会信用代码）' });
    await enterprise.fill('江朗科技');
    await page.getByRole('option', { name: '将“江朗科技”添加为新企业' }).click();
    await page.getByLabel('统一社会信用代码（如已知）').fill(usccFor(1));
    await page.getByRole('button', { name: '保存走访' }).click();
    const kept = page.getByTestId('kept-visit').filter({ hasText: '走访江朗科技' });
    await kept.filter({ hasText: '等待发送' }).waitFor();
    await context.setOffline(false);
    await kept.filter({ hasText: '冲突' }).waitFor({ timeout: 30_000 });
    await kept.getByText(/已存在/).waitFor();
    await screenshot(page, 'visit-06-conflict-zh', true);
    await kept.getByRole('button', { name: '使用系统中已有的“浙江江朗科技有限公司”' }).click();
    await kept.filter({ hasText: '已发送' }).waitFor({ timeout: 30_000 });
    const [known] = await server.api(
      'GET',
      `/enterprises?filter=${encodeURIComponent(JSON.stringify({ uscc: usccFor(1) }))}`,
    );
    const visits = await server.api(
      'GET',
      `/meetings?filter=${encodeURIComponent(JSON.stringify({ kind: 'visit_made', enterpriseIds: [known.id] }))}`,
    );
    expect(visits.map((meeting: { title: string }) => meeting.title)).toEqual(['走访江朗科技']);
    // no second enterprise was made
    expect(
      await server.api('GET', `/enterprises?filter=${encodeURIComponent(JSON.stringify({ q: '江朗科技' }))}`),
    ).toHaveLength(1);
  });

  it('reads in English for an English phone', async () => {
    const english = await browser.newContext({ ...PHONE, locale: 'en-US' });
    const englishPage = await english.newPage();
    await logIn(englishPage, server.url);
    await englishPage.locator('#main-content').waitFor();
    await englishPage.goto(`${server.url}/#/visit`);
    // the account speaks Chinese (the first phone chose it): switched from the app bar
    await englishPage.getByRole('button', { name: '简体中文' }).click();
    await englishPage.getByRole('menuitem', { name: 'English' }).click();
    await englishPage.getByRole('button', { name: 'Save the visit' }).waitFor();
    await englishPage.getByText('No visit logged on this phone yet.').waitFor();
    expect(await scrollsSideways(englishPage)).toBe(false);
    await screenshot(englishPage, 'visit-05-phone-en', true);
    await englishPage.goto(`${server.url}/#/campaigns/${campaign.id}/show`);
    await englishPage
      .getByTestId('campaign-row')
      .filter({ hasText: 'Administrator' })
      .getByText('2 / 20 · 10%')
      .waitFor();
    expect(await scrollsSideways(englishPage)).toBe(false);
    await screenshot(englishPage, 'campaign-03-progress-phone-en', true);
    await englishPage.setViewportSize({ width: 1280, height: 800 });
    await englishPage
      .getByRole('table', { name: 'Leaders' })
      .getByRole('row', { name: /Administrator/ })
      .getByText('2 / 20 · 10%')
      .waitFor();
    await screenshot(englishPage, 'campaign-04-progress-desktop-en');
    await english.close();
  });
});
