import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { usccCheckCharacter } from '@crm/domain';
import { dragTo, launchChromium, logIn, screenshot, SCREENSHOTS } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

// generous: the machine running the tests may be busy, and a cold Chromium parses the whole bundle
jest.setTimeout(300_000);

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const FIRST_17 = '91330100MA2H3X7K0';
const USCC = FIRST_17 + usccCheckCharacter(FIRST_17);

/**
 * "YYYY-MM-DD 00:00" of the server's today (China time), as a person types it: a past meeting of
 * the academic year the home figures count, whatever the test machine's clock says and on any day,
 * 1 September included (yesterday is then last academic year).
 */
async function startOfServerToday(server: Server): Promise<string> {
  const { today } = await server.api('GET', '/reports/home');
  return `${today} 00:00`;
}

/** Reads until the value is the expected one (or the time is up), then returns what it read last. */
async function settled<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 200));
    value = await read();
  }
  return value;
}

describe('the dashboard in Chromium, on the real server and a new database', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const timings: Record<string, number> = {};
  const created: { enterpriseId?: number; meetingId?: number } = {};

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    browser = await launchChromium();
    // an English browser: this file is about the workflows; test/browser/languages.e2e-spec.ts is about Chinese
    context = await browser.newContext({ viewport: DESKTOP, locale: 'en-US' });
    context.setDefaultTimeout(45_000);
    page = await context.newPage();
  });

  afterAll(async () => {
    writeFileSync(join(SCREENSHOTS, '..', 'timings.json'), JSON.stringify(timings, null, 2));
    await browser?.close();
    await server?.stop();
  });

  const figure = (label: string) => page.getByTestId(`figure-${label}`);

  it('refuses a wrong password with a clear message, then logs in to the onboarding panel of an empty CRM', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await screenshot(page, '01-login');

    await logIn(page, server.url, 'not-the-password');
    await page.getByText('The username or password is wrong.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('crm.session'))).toBeNull();

    await logIn(page, server.url);
    await page.getByText('Welcome to the partnership CRM').waitFor();
    // the credential is the httpOnly cookie: nothing a script in the page can read holds the token
    const stored = await page.evaluate(() => localStorage.getItem('crm.session'));
    expect(JSON.parse(stored!)).toEqual({
      user: expect.objectContaining({ name: 'Administrator 系统管理员', role: 'admin' }),
    });
    expect(await page.evaluate(() => document.cookie)).not.toContain('crm_token');
    await screenshot(page, '02-home-empty-onboarding');
  });

  it('creates an enterprise through the form, the USCC checked, and shows its page', async () => {
    await page.goto(`${server.url}/#/enterprises/create`);
    await page.locator('input[name="name"]').fill('Hangzhou Anhai Automotive Co., Ltd.');
    await page.locator('input[name="uscc"]').fill(USCC.slice(0, 17) + (USCC[17] === '1' ? '2' : '1'));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('The USCC has a wrong check character').waitFor();

    await page.locator('input[name="uscc"]').fill(USCC);
    await page.locator('input[name="city"]').fill('Hangzhou');
    await page.locator('input[name="industry"]').fill('Automotive');
    await screenshot(page, '03-enterprise-create-form');
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.getByRole('heading', { name: 'Hangzhou Anhai Automotive Co., Ltd.', exact: true }).waitFor();
    const [stored] = await server.api(
      'GET',
      `/enterprises?filter=${encodeURIComponent(JSON.stringify({ uscc: USCC }))}`,
    );
    expect(stored).toMatchObject({
      name: 'Hangzhou Anhai Automotive Co., Ltd.',
      city: 'Hangzhou',
      relationshipStage: 'prospect',
    });
    created.enterpriseId = stored.id;
    expect(page.url()).toContain(`/enterprises/${stored.id}/show`);
  });

  it('logs a meeting with all members of a chamber in one click, attendees on both sides, minutes and a follow-up', async () => {
    const chamber = await server.api('POST', '/chambers', { name: 'Zhejiang Chamber of Commerce', kind: 'chamber' });
    const members = [created.enterpriseId!];
    for (const name of ['Ningbo Huajia Hospitality', 'Wenzhou Huada Biomedical'])
      members.push((await server.api('POST', '/enterprises', { name })).id);
    for (const enterpriseId of members)
      await server.api('POST', '/memberships', { enterpriseId, chamberId: chamber.id, role: 'member' });
    const vicePresident = await server.api('POST', '/staff', { name: 'Huang Lixin', title: 'Vice President' });
    const guest = await server.api('POST', '/contacts', {
      name: 'Yu Qifeng',
      title: 'Vice President of the chamber',
      chamberId: chamber.id,
    });

    await page.goto(`${server.url}/#/meetings/create`);
    await page.locator('input[name="title"]').fill('Symposium with the Zhejiang Chamber of Commerce');
    await page.locator('input[name="startsAt"]').fill(await startOfServerToday(server));
    await page.getByLabel('Chambers').fill('Zhejiang');
    await page.getByRole('option', { name: 'Zhejiang Chamber of Commerce' }).click();
    await page.getByRole('button', { name: 'Choose from the 3 members of Zhejiang Chamber of Commerce' }).click();
    await page.getByRole('button', { name: 'Select all' }).click();
    await page.getByTestId('members-confirm').click();
    await page.getByText('Added 3 member enterprises of Zhejiang Chamber of Commerce').waitFor();
    await page.getByLabel('School side (staff)').fill('Huang');
    await page.getByRole('option', { name: 'Huang Lixin, Vice President' }).click();
    await page.getByLabel('Enterprise and chamber side (contacts)').fill('Yu');
    await page.getByRole('option', { name: /Yu Qifeng/ }).click();
    await page
      .locator('textarea[name="minutes"]')
      .fill('## Agreed\n\n- an **internship base** with Anhai\n- a joint lab proposal');
    await screenshot(page, '04-meeting-create-form', true);
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.getByRole('heading', { name: 'Symposium with the Zhejiang Chamber of Commerce', exact: true }).waitFor();
    const [meeting] = await server.api(
      'GET',
      `/meetings?filter=${encodeURIComponent(JSON.stringify({ chamberIds: chamber.id }))}`,
    );
    created.meetingId = meeting.id;
    expect(meeting.enterpriseIds.sort()).toEqual(members.sort());
    expect(meeting).toMatchObject({ chamberIds: [chamber.id], staffIds: [vicePresident.id], contactIds: [guest.id] });
    // the minutes are rendered, not shown as markdown source
    await page.locator('strong', { hasText: 'internship base' }).waitFor();
    await page.getByText('Wenzhou Huada Biomedical').waitFor();

    await page.locator('input[name="title"]').fill('Send Anhai the draft base agreement');
    await page.getByRole('button', { name: 'Add' }).click();
    await page.getByRole('cell', { name: 'Send Anhai the draft base agreement' }).waitFor();
    const tasks = await server.api(
      'GET',
      `/tasks?filter=${encodeURIComponent(JSON.stringify({ meetingId: meeting.id }))}`,
    );
    expect(tasks.map((task: { title: string }) => task.title)).toEqual(['Send Anhai the draft base agreement']);
    await screenshot(page, '05-meeting-show', true);
  });

  it('moves an outcome on the kanban with one request, and the home figures follow', async () => {
    await page.goto(`${server.url}/#/`);
    await figure('meetingsThisYear').waitFor();
    expect(await figure('meetingsThisYear').textContent()).toBe('1');
    expect(await figure('activePartners').textContent()).toBe('0');
    expect(await figure('activeBases').textContent()).toBe('0');

    const base = await server.api('POST', '/outcomes', {
      title: 'Anhai internship base',
      kind: 'internship_base',
      stage: 'negotiating',
      enterpriseId: created.enterpriseId,
      meetingId: created.meetingId,
      capacity: 30,
    });
    await server.api('POST', '/outcomes', {
      title: 'Joint lab proposal',
      kind: 'joint_lab',
      enterpriseId: created.enterpriseId,
    });

    const moves: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/outcomes/') && request.method() !== 'GET')
        moves.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    await page.goto(`${server.url}/#/board`);
    const card = page.getByTestId(`outcome-card-${base.id}`);
    await card.waitFor();
    await screenshot(page, '06-kanban-before');
    const from = (await card.boundingBox())!;
    const column = (await page.getByTestId('column-signed').boundingBox())!;
    await dragTo(
      page,
      { x: from.x + from.width / 2, y: from.y + from.height / 2 },
      { x: column.x + column.width / 2, y: column.y + 60 },
    );
    await page.getByTestId('column-signed').getByTestId(`outcome-card-${base.id}`).waitFor();
    expect(await settled(async () => (await server.api('GET', `/outcomes/${base.id}`)).stage, 'signed')).toBe('signed');
    expect(moves).toEqual([`POST /api/outcomes/${base.id}/move`]);
    await screenshot(page, '07-kanban-after');

    await page.goto(`${server.url}/#/`);
    expect(await settled(() => figure('activePartners').textContent(), '1')).toBe('1');
    expect(await figure('activeBases').textContent()).toBe('1');
    await page.getByText('30 students a year').waitFor();
    await screenshot(page, '08-home');
  });

  it('tells the user when someone else saved first, and reloads their version without losing what was typed', async () => {
    const id = created.enterpriseId!;
    await page.goto(`${server.url}/#/enterprises/${id}`);
    await page.locator('input[name="industry"]').waitFor();
    const before = await server.api('GET', `/enterprises/${id}`);
    await server.api('PUT', `/enterprises/${id}`, { ...before, city: 'Ningbo' });

    await page.locator('input[name="industry"]').fill('New energy vehicles');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Someone else changed this record').waitFor();
    await dialog.getByText('now: Ningbo').waitFor();
    await screenshot(page, '09-conflict-409');

    await dialog.getByRole('button', { name: 'Reload, keep my edits' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('input[name="city"]').inputValue()).toBe('Ningbo');
    expect(await page.locator('input[name="industry"]').inputValue()).toBe('New energy vehicles');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Hangzhou Anhai Automotive Co., Ltd.', exact: true }).waitFor();
    expect(await server.api('GET', `/enterprises/${id}`)).toMatchObject({
      city: 'Ningbo',
      industry: 'New energy vehicles',
      version: before.version + 2,
    });
  });

  it('opens the first list quickly from a cold cache, and keeps screenshots of the main pages', async () => {
    const cold = await browser.newContext({
      viewport: DESKTOP,
      locale: 'en-US',
      storageState: await context.storageState(),
    });
    const fresh = await cold.newPage();
    const started = Date.now();
    await fresh.goto(`${server.url}/#/enterprises`);
    await fresh.getByRole('cell', { name: 'Wenzhou Huada Biomedical' }).waitFor();
    timings.firstListColdMs = Date.now() - started;
    expect(timings.firstListColdMs).toBeLessThan(5000);
    await cold.close();

    for (const [name, path] of [
      ['10-enterprises-list', 'enterprises'],
      ['11-enterprise-show', `enterprises/${created.enterpriseId}/show`],
      ['12-chambers-list', 'chambers'],
      ['13-meetings-list', 'meetings'],
      ['14-outcomes-list', 'outcomes'],
      ['15-tasks-list', 'tasks'],
      ['16-enterprise-edit', `enterprises/${created.enterpriseId}`],
      ['17-meeting-edit', `meetings/${created.meetingId}`],
    ]) {
      await page.goto(`${server.url}/#/${path}`);
      await page.locator('#main-content').waitFor();
      await screenshot(page, name);
    }
    // a list must fit the laptop screen without scrolling sideways
    await page.goto(`${server.url}/#/enterprises`);
    await page.getByRole('cell', { name: 'Wenzhou Huada Biomedical' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(DESKTOP.width);
  });

  it('is usable at phone width: the menu folds away and pages fit the screen', async () => {
    await page.setViewportSize(PHONE);
    for (const [name, path, text] of [
      ['20-phone-home', '', 'Active partners'],
      ['21-phone-enterprises', 'enterprises', 'Wenzhou Huada Biomedical'],
      ['22-phone-meeting', `meetings/${created.meetingId}/show`, 'Organisations present'],
    ]) {
      await page.goto(`${server.url}/#/${path}`);
      await page.getByText(text).first().waitFor();
      await screenshot(page, name);
      expect({ page: name, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({
        page: name,
        width: PHONE.width,
      });
    }
    await page.setViewportSize(DESKTOP);
  });
});
