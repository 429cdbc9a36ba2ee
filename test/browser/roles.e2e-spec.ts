import { gzipSync } from 'node:zlib';
import { Browser, Page } from 'playwright-core';
import { ROLES, type Role } from '@crm/domain';
import { dragTo, launchChromium, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(300_000);

const INITIAL = 'initial password 7';
const OWN = 'Lanterns over the Huangpu';

/** What each role's menu and buttons offer, as the permission table says. */
const EXPECTED: Record<
  Role,
  {
    menu: Record<string, boolean>;
    createEnterprise: boolean;
    createContact: boolean;
    createChamber: boolean;
    editOwnOutcome: boolean;
    editOtherOutcome: boolean;
  }
> = {
  admin: {
    menu: { staff: true, 'audit-events': true, trash: true },
    createEnterprise: true,
    createContact: true,
    createChamber: true,
    editOwnOutcome: true,
    editOtherOutcome: true,
  },
  office: {
    menu: { staff: true, 'audit-events': false, trash: false },
    createEnterprise: true,
    createContact: true,
    createChamber: true,
    editOwnOutcome: true,
    editOtherOutcome: true,
  },
  employment: {
    menu: { staff: true, 'audit-events': false, trash: false },
    createEnterprise: false,
    createContact: true,
    createChamber: false,
    editOwnOutcome: true,
    editOtherOutcome: false,
  },
  college: {
    menu: { staff: true, 'audit-events': false, trash: false },
    createEnterprise: false,
    createContact: false,
    createChamber: false,
    editOwnOutcome: true,
    editOtherOutcome: false,
  },
  leader: {
    menu: { staff: true, 'audit-events': false, trash: false },
    createEnterprise: true,
    createContact: false,
    createChamber: false,
    editOwnOutcome: false,
    editOtherOutcome: false,
  },
  viewer: {
    menu: { staff: true, 'audit-events': false, trash: false },
    createEnterprise: false,
    createContact: false,
    createChamber: false,
    editOwnOutcome: false,
    editOtherOutcome: false,
  },
};

describe('each role in the dashboard: what the menu and buttons offer', () => {
  let server: Server;
  let browser: Browser;
  const cspViolations: string[] = [];
  const ids: { college?: number; ownOutcome?: number; otherOutcome?: number } = {};

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    browser = await launchChromium();
    const college = await server.api('POST', '/units', {
      name: 'College of Intelligent Manufacturing',
      kind: 'college',
    });
    const enterprise = await server.api('POST', '/enterprises', { name: 'Jianglang Technology' });
    await server.api('POST', '/contacts', { name: 'Zhou Min', enterpriseId: enterprise.id });
    await server.api('POST', '/chambers', { name: 'Zhejiang Chamber of Commerce', kind: 'chamber' });
    // the college's own internship base, and another college's joint lab
    ids.college = college.id;
    ids.ownOutcome = (
      await server.api('POST', '/outcomes', {
        title: 'Jianglang internship base',
        kind: 'internship_base',
        enterpriseId: enterprise.id,
        unitId: college.id,
      })
    ).id;
    ids.otherOutcome = (
      await server.api('POST', '/outcomes', {
        title: 'Jianglang joint lab',
        kind: 'joint_lab',
        enterpriseId: enterprise.id,
      })
    ).id;
    for (const role of ROLES.filter((name) => name !== 'admin')) {
      await server.api('POST', '/staff', {
        name: `The ${role}`,
        username: role,
        password: INITIAL,
        role,
        unitId: role === 'college' ? college.id : null,
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    context.setDefaultTimeout(45_000);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    return page;
  }

  async function logIn(page: Page, username: string, password: string): Promise<void> {
    await page.goto(`${server.url}/#/login`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
  }

  const link = (page: Page, hash: string) => page.locator(`a[href="#/${hash}"]`);

  it('makes a user with a password the admin gave choose their own before anything else', async () => {
    const page = await newPage();
    await logIn(page, 'viewer', INITIAL);
    await page.getByText('Choose your own password').waitFor();
    expect(await page.locator('[aria-label="Change password"] input').count()).toBe(3);
    await screenshot(page, 'security-01-forced-password-change');
    const inputs = page.locator('form[aria-label="Change password"] input');
    await inputs.nth(0).fill(INITIAL);
    await inputs.nth(1).fill('12345678');
    await inputs.nth(2).fill('12345678');
    await page.locator('form[aria-label="Change password"] button[type="submit"]').click();
    await page.getByText('Must be at least 10 characters').waitFor();
    await inputs.nth(1).fill(OWN);
    await inputs.nth(2).fill(OWN);
    await page.locator('form[aria-label="Change password"] button[type="submit"]').click();
    await page.getByText('Choose your own password').waitFor({ state: 'detached' });
    await link(page, 'enterprises').first().waitFor();
    await page.context().close();
    // the old password no longer works; the new one does
    const old = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: INITIAL }),
    });
    expect(old.status).toBe(401);
  });

  for (const role of ROLES) {
    it(`shows the ${role} the menus and buttons its role may use, and no others`, async () => {
      const username = role === 'admin' ? 'admin' : role;
      if (role !== 'admin' && role !== 'viewer') {
        // chosen through the API, as the forced change above did in the browser
        const login = await (
          await fetch(`${server.url}/api/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username, password: INITIAL }),
          })
        ).json();
        const changed = await fetch(`${server.url}/api/auth/password`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.token}` },
          body: JSON.stringify({ currentPassword: INITIAL, newPassword: OWN }),
        });
        expect(changed.status).toBe(200);
      }
      const expected = EXPECTED[role];
      const page = await newPage();
      await logIn(page, username, role === 'admin' ? 'browser-admin-password' : OWN);
      await link(page, 'enterprises').first().waitFor();
      for (const [item, shown] of Object.entries(expected.menu))
        expect([role, item, await link(page, item).count()]).toEqual([role, item, shown ? 1 : 0]);
      await screenshot(page, `security-role-${role}-home`);

      await page.goto(`${server.url}/#/enterprises`);
      await page.getByText('Jianglang Technology').first().waitFor();
      expect([role, 'create enterprise', await link(page, 'enterprises/create').count()]).toEqual([
        role,
        'create enterprise',
        expected.createEnterprise ? 1 : 0,
      ]);

      await page.goto(`${server.url}/#/contacts`);
      await page.getByText('Zhou Min').first().waitFor();
      expect([role, 'create contact', await link(page, 'contacts/create').count()]).toEqual([
        role,
        'create contact',
        expected.createContact ? 1 : 0,
      ]);

      await page.goto(`${server.url}/#/chambers`);
      await page.getByText('Zhejiang Chamber of Commerce').first().waitFor();
      expect([role, 'create chamber', await link(page, 'chambers/create').count()]).toEqual([
        role,
        'create chamber',
        expected.createChamber ? 1 : 0,
      ]);

      for (const [outcome, shown, what] of [
        [ids.ownOutcome, expected.editOwnOutcome, 'edit own outcome'],
        [ids.otherOutcome, expected.editOtherOutcome, 'edit other outcome'],
      ] as const) {
        await page.goto(`${server.url}/#/outcomes/${outcome}/show`);
        await page
          .getByText(/Jianglang (internship base|joint lab)/)
          .first()
          .waitFor();
        await page.waitForLoadState('networkidle');
        expect([role, what, await link(page, `outcomes/${outcome}`).count()]).toEqual([role, what, shown ? 1 : 0]);
      }
      if (role === 'viewer') {
        // on the board a card the role may not move stays where it is, and nothing is sent
        const moves: string[] = [];
        page.on('request', (request) => {
          if (request.url().includes('/move')) moves.push(request.url());
        });
        await page.goto(`${server.url}/#/board`);
        const card = page.getByTestId(`outcome-card-${ids.otherOutcome}`);
        await card.waitFor();
        await page.waitForLoadState('networkidle');
        const from = (await card.boundingBox())!;
        const column = (await page.getByTestId('column-signed').boundingBox())!;
        await dragTo(
          page,
          { x: from.x + from.width / 2, y: from.y + from.height / 2 },
          { x: column.x + column.width / 2, y: column.y + 60 },
        );
        await page.waitForTimeout(1000);
        expect(moves).toEqual([]);
        expect(await page.getByTestId('column-signed').getByTestId(`outcome-card-${ids.otherOutcome}`).count()).toBe(0);
      }
      if (role === 'admin') {
        await page.goto(`${server.url}/#/trash`);
        await page.getByText('Deleted records').waitFor();
        await screenshot(page, 'security-02-trash');
      }
      await page.context().close();
    });
  }

  it('runs the dashboard and Swagger UI under the Content-Security-Policy without a violation', async () => {
    const page = await newPage();
    const response = await page.goto(`${server.url}/api/docs`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.getByText('/api/enterprises/{id}/purge').first().waitFor();
    await screenshot(page, 'security-03-swagger-ui');
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('answers the body-parser cases of the real server (with the dashboard served) 400, 413 and 415, not 404', async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      });
    const statuses = [
      (await post('{"username":')).status,
      (await post('['.repeat(2000) + ']'.repeat(2000))).status,
      (await post(JSON.stringify({ username: 'x'.repeat(10 * 1024 * 1024), password: 'x' }))).status,
      (await post(gzipSync('{"username":"admin","password":"x"}'), { 'Content-Encoding': 'gzip' })).status,
      (await post('{"username":"admin","password":"x"}', { 'Content-Type': 'application/json; charset=klingon' }))
        .status,
    ];
    expect(statuses).toEqual([400, 400, 413, 415, 415]);
  });
});
