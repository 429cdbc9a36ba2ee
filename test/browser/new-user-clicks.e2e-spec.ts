import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, logIn, screenshot, SCREENSHOTS } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(600_000);

/** Keys that are not typing: Enter, Tab, Escape, the arrows… (a character key or a modifier is typing). */
const NOT_TYPING = (key: string) =>
  key.length > 1 && !['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Process', 'Unidentified'].includes(key);

/**
 * Counts what a person does in the page, as the browser receives it: every trusted pointer press
 * (a click) and every key press that is not typing. Counted in the page, so no click of the test
 * escapes the count; kept per step of the case.
 */
class InputCounter {
  step = 'login';
  readonly clicks: Record<string, number> = {};
  readonly keys: Record<string, number> = {};
  /** What was clicked or pressed, step by step, to read where the clicks go. */
  readonly log: string[] = [];

  async attach(context: BrowserContext): Promise<void> {
    await context.exposeBinding('crmCountInput', (_source, kind: 'click' | 'key', what: string) => {
      this.log.push(`${this.step}: ${kind} ${what}`);
      const tally = kind === 'click' ? this.clicks : this.keys;
      tally[this.step] = (tally[this.step] ?? 0) + 1;
    });
    await context.addInitScript(`(() => {
      const notTyping = ${NOT_TYPING.toString()};
      const what = (element) => element instanceof Element ? [element.tagName.toLowerCase(), element.getAttribute('name') || element.getAttribute('aria-label') || '', (element.textContent || '').trim().slice(0, 40)].join(' ') : '';
      window.addEventListener('pointerdown', (event) => { if (event.isTrusted) window.crmCountInput('click', what(event.target)); }, true);
      window.addEventListener('keydown', (event) => { if (event.isTrusted && notTyping(event.key)) window.crmCountInput('key', event.key); }, true);
    })()`);
  }

  /** Starts counting a new step once the page has reported what the last one did. */
  async begin(page: Page, step: string): Promise<void> {
    await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
    this.step = step;
  }

  total(tally: Record<string, number>): number {
    return Object.entries(tally).reduce((sum, [step, count]) => (step === 'login' ? sum : sum + count), 0);
  }
}

/** What a new user does with the mouse and keyboard: clicks into a field (unless the cursor is already there) and types. */
function userOf(page: Page) {
  const focused = (field: Locator) => field.evaluate((element) => element === document.activeElement);
  const user = {
    click: (target: Locator) => target.click(),
    async type(field: Locator, text: string) {
      if (!(await focused(field))) await field.click();
      await field.fill(text);
    },
    /** A picker: click into it, type a few letters, click the option. */
    async pick(field: Locator, search: string, option: string | RegExp) {
      await user.type(field, search);
      await page.getByRole('option', { name: option }).click();
    },
    /** A picker's "Create …" option: as a person would, waits until the new record is made and chosen. */
    async pickNew(field: Locator, name: string, resource: string) {
      const created = page.waitForResponse(
        (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === `/api/${resource}`,
      );
      await user.pick(field, name, createOption(name));
      await created;
      await page.waitForFunction(
        (element) => element?.getAttribute('aria-expanded') === 'false' && (element as HTMLInputElement).value !== '',
        await field.elementHandle(),
      );
    },
    press: (key: string) => page.keyboard.press(key),
    menu: (name: string) => page.getByRole('menuitem', { name: new RegExp(`^${name}`) }).click(),
    /** A button, or a link drawn as one (Create, Add a unit). */
    button: (name: string | RegExp) =>
      page.getByRole('button', { name }).or(page.getByRole('link', { name })).first().click(),
  };
  return user;
}

/** A picker's option that creates what was typed. */
const createOption = (name: string) => new RegExp(`^Create\\W*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\W*$`);

const UNITS = [
  { name: 'School of Intelligent Manufacturing', kind: 'college' },
  { name: 'School of Business', kind: 'college' },
  { name: 'Industry-Education Integration Office', kind: 'office' },
];
const STAFF = [
  { name: 'Huang Lixin', title: 'Director', unit: 'Industry-Education Integration Office' },
  { name: 'Wang Min', title: 'Liaison officer', unit: 'Industry-Education Integration Office' },
  { name: 'Li Qiang', title: 'Dean', unit: 'School of Intelligent Manufacturing' },
  { name: 'Zhou Yan', title: 'Vice dean', unit: 'School of Business' },
];
const CHAMBER = 'Zhejiang Chamber of Commerce, Shanghai';
const ENTERPRISES = ['Jianglang Technology', 'Anhai Automotive', 'Huajia Hospitality'];
const CONTACTS = [
  { name: 'Yu Qifeng', title: 'Executive vice president', chamber: CHAMBER },
  { name: 'Chen Jing', title: 'HR manager', enterprise: 'Jianglang Technology' },
  { name: 'Zhang Wei', title: 'General manager', enterprise: 'Anhai Automotive' },
  { name: 'Liu Fang', title: 'Training director', enterprise: 'Huajia Hospitality' },
];
const MEETING = 'Symposium with the Zhejiang Chamber of Commerce';
const TASKS = [
  { title: 'Send Jianglang the draft internship agreement', who: 'Wang Min', due: '2030-01-10' },
  { title: 'Invite Anhai to the spring job fair', who: 'Huang Lixin', due: '2030-02-20' },
];

describe('a new user enters a small case through the dashboard', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const counter = new InputCounter();

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    context.setDefaultTimeout(45_000);
    await counter.attach(context);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const list = async <T = any>(resource: string, filter: object = {}): Promise<T[]> =>
    server.api('GET', `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`);
  const byName = async (resource: string, name: string) =>
    (await list(resource, { q: name })).find((record: { name: string }) => record.name === name);
  /** A record's page, once saved: its name is shown as text, no longer in a field. */
  const heading = (name: string) => page.locator('#main-content').getByText(name, { exact: true }).first().waitFor();

  it('3 units, 4 staff, a chamber, 3 enterprises, 4 contacts, a meeting and 2 tasks in at most 60 clicks', async () => {
    const user = userOf(page);
    await logIn(page, server.url);
    await page.getByText('Welcome to the partnership CRM').waitFor();

    // the units one after the other ("Save and add another"); the last one's page is where its staff are added
    await counter.begin(page, 'units');
    await user.button('Add a unit');
    for (const [index, unit] of UNITS.entries()) {
      await user.type(page.locator('input[name="name"]'), unit.name);
      if (unit.kind === 'office') {
        await user.click(page.getByRole('combobox', { name: /Kind/ }));
        await user.click(page.getByRole('option', { name: 'Office' }));
      }
      if (index < UNITS.length - 1) {
        await user.button('Save and add another');
        await page.locator('input[name="name"][value=""]').waitFor();
      } else await user.button(/^Save$/);
    }
    await heading(UNITS[UNITS.length - 1].name);

    // from the office's page, its unit already chosen; the colleges' deans with their unit picked
    await counter.begin(page, 'staff');
    await user.button('Add a staff member');
    for (const [index, member] of STAFF.entries()) {
      await user.type(page.locator('input[name="name"]'), member.name);
      await user.type(page.locator('input[name="title"]'), member.title);
      const unitPicker = page.getByRole('combobox', { name: 'Unit', exact: true });
      if ((await unitPicker.inputValue()) !== member.unit)
        await user.pick(unitPicker, member.unit.split(' ')[0], member.unit);
      if (index < STAFF.length - 1) {
        await user.button('Save and add another');
        await page.locator('input[name="name"][value=""]').waitFor();
      } else await user.button(/^Save$/);
    }
    await page.getByRole('tab', { name: 'Staff' }).waitFor();

    // the guests are entered as they are named attendees, their enterprise or chamber created on the way
    await counter.begin(page, 'meeting with new contacts');
    await user.menu('Meetings');
    await user.button('Create');
    await user.type(page.locator('input[name="title"]'), MEETING);
    await user.type(page.getByRole('textbox', { name: 'Starts' }), '2026-11-20 14:00');
    for (const member of STAFF.slice(0, 2))
      await user.pick(
        page.getByRole('combobox', { name: 'School side (staff)' }),
        member.name.split(' ')[0],
        new RegExp(member.name),
      );
    const guests = page.getByRole('combobox', { name: 'Enterprise and chamber side (contacts)' });
    for (const contact of CONTACTS) {
      await user.pick(guests, contact.name, createOption(contact.name));
      // as a person does, reads the dialog once it has opened
      await page
        .getByRole('dialog')
        .locator('input[name="title"]:focus')
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined);
      const dialog = page.getByRole('dialog');
      await user.type(dialog.locator('input[name="title"]'), contact.title);
      if (contact.enterprise)
        await user.pickNew(
          dialog.getByRole('combobox', { name: 'Works at enterprise' }),
          contact.enterprise,
          'enterprises',
        );
      else await user.pickNew(dialog.getByRole('combobox', { name: '…or at chamber' }), CHAMBER, 'chambers');
      await user.click(dialog.getByRole('button', { name: 'Save', exact: true }));
      await dialog.waitFor({ state: 'detached' });
      await page
        .getByRole('button', { name: contact.name })
        .or(page.getByText(contact.name, { exact: true }))
        .first()
        .waitFor();
    }
    await user.type(
      page.locator('textarea[name="minutes"]'),
      'Agreed: internship places at Jianglang, a visit to Anhai in spring.',
    );
    await user.button(/^Save$/);
    await heading(MEETING);

    await counter.begin(page, 'tasks');
    for (const task of TASKS) {
      await user.type(page.getByRole('textbox', { name: 'New follow-up' }), task.title);
      await user.click(page.getByTestId('attendee-choices').getByRole('button', { name: task.who }));
      await user.type(page.getByRole('textbox', { name: 'Due' }), task.due);
      await user.button(/^Add$/);
      await page.getByRole('cell', { name: task.title }).waitFor();
    }

    await counter.begin(page, 'task done');
    await user.click(page.getByRole('row', { name: new RegExp(TASKS[0].title) }).getByRole('button', { name: 'Done' }));
    await page
      .getByRole('row', { name: new RegExp(TASKS[0].title) })
      .getByRole('button', { name: 'Done' })
      .waitFor({ state: 'detached' });

    // the chamber's member enterprises, several at once
    await counter.begin(page, 'chamber members');
    await user.menu('Chambers');
    await user.click(page.getByRole('cell', { name: CHAMBER }));
    await user.button('Add several members');
    const dialog = page.getByRole('dialog');
    for (const name of ENTERPRISES)
      await user.pick(dialog.getByRole('combobox', { name: 'Enterprises' }), name.split(' ')[0], name);
    await user.click(dialog.getByRole('button', { name: 'Add 3' }));
    await page.getByText('3 member enterprises added').waitFor();
    await counter.begin(page, 'end');

    // every record is there, tied together as the user meant
    const units = await list('units');
    expect(units.map((unit) => [unit.name, unit.kind]).sort()).toEqual(
      UNITS.map((unit) => [unit.name, unit.kind]).sort(),
    );
    const unitId = (name: string) => units.find((unit) => unit.name === name)!.id;
    for (const member of STAFF)
      expect(await byName('staff', member.name)).toMatchObject({ title: member.title, unitId: unitId(member.unit) });
    const chamber = await byName('chambers', CHAMBER);
    const enterprises = await Promise.all(ENTERPRISES.map((name) => byName('enterprises', name)));
    expect(enterprises.every(Boolean)).toBe(true);
    const members = await list('memberships', { chamberId: chamber.id });
    expect(members.map((membership) => membership.enterpriseId).sort()).toEqual(
      enterprises.map((enterprise) => enterprise.id).sort(),
    );
    const contacts = [];
    for (const contact of CONTACTS) {
      const stored = await byName('contacts', contact.name);
      expect(stored).toMatchObject({
        title: contact.title,
        enterpriseId: contact.enterprise ? enterprises[ENTERPRISES.indexOf(contact.enterprise)].id : null,
        chamberId: contact.chamber ? chamber.id : null,
      });
      contacts.push(stored);
    }
    const [meeting] = await list('meetings', { q: 'Symposium' });
    const staffIds = await Promise.all(
      STAFF.slice(0, 2).map(async (member) => (await byName('staff', member.name)).id),
    );
    expect(meeting).toMatchObject({ title: MEETING });
    expect([...meeting.staffIds].sort()).toEqual(staffIds.sort());
    expect([...meeting.contactIds].sort()).toEqual(contacts.map((contact) => contact.id).sort());
    // choosing the contacts brought their organisations
    expect(meeting.chamberIds).toEqual([chamber.id]);
    expect([...meeting.enterpriseIds].sort()).toEqual(enterprises.map((enterprise) => enterprise.id).sort());
    const tasks = await list('tasks', { meetingId: meeting.id });
    expect(tasks.map((task) => task.title).sort()).toEqual(TASKS.map((task) => task.title).sort());
    for (const task of TASKS) {
      const stored = tasks.find((candidate) => candidate.title === task.title);
      expect(stored).toMatchObject({ dueDate: task.due, assigneeId: (await byName('staff', task.who)).id });
      expect(stored.doneAt === null).toBe(task !== TASKS[0]);
    }

    const figures = {
      clicks: counter.clicks,
      keys: counter.keys,
      totalClicks: counter.total(counter.clicks),
      totalKeys: counter.total(counter.keys),
      log: counter.log,
    };
    // a fresh clone has no test-artifacts/ until a test makes it
    mkdirSync(join(SCREENSHOTS, '..'), { recursive: true });
    writeFileSync(join(SCREENSHOTS, '..', 'new-user-clicks.json'), JSON.stringify(figures, null, 2));
    console.log(JSON.stringify({ ...figures, log: undefined }));
    expect(figures.totalClicks).toBeLessThanOrEqual(60);
  });

  it('shows the forms that save the clicks in both languages (screenshots)', async () => {
    const office = (await list('units')).find((unit) => unit.kind === 'office');
    const [meeting] = await list('meetings', { q: 'Symposium' });
    const chamber = await byName('chambers', CHAMBER);
    for (const locale of ['zh-CN', 'en-US']) {
      // the account's own language wins over the browser's
      await server.api('PUT', '/auth/locale', { locale: locale === 'zh-CN' ? 'zh-CN' : 'en' });
      const view = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale });
      view.setDefaultTimeout(45_000);
      const tag = locale === 'zh-CN' ? 'zh' : 'en';
      await logIn(view, server.url);
      await view.getByRole('menuitem').first().waitFor();

      await view.goto(`${server.url}/#/units/create`);
      await view.locator('input[name="name"]:focus').waitFor();
      await screenshot(view, `n01-unit-create-save-and-add-another-${tag}`);

      await view.goto(`${server.url}/#/units/${office.id}/show`);
      await view.getByRole('link', { name: tag === 'zh' ? '添加教职工' : 'Add a staff member' }).waitFor();
      await screenshot(view, `n02-unit-add-staff-member-${tag}`);

      await view.goto(`${server.url}/#/contacts/create`);
      await view.locator('input[name="enterpriseId"]').fill('Ningbo Huajia');
      await view.getByRole('option', { name: /Ningbo Huajia/ }).waitFor();
      await screenshot(view, `n03-contact-create-new-enterprise-${tag}`);

      await view.goto(`${server.url}/#/meetings/create`);
      await view.locator('input[name="contactIds"]').fill('Sun Li');
      await view.getByRole('option', { name: /Sun Li/ }).click();
      await view.getByRole('dialog').locator('input[name="title"]:focus').waitFor();
      await screenshot(view, `n04-meeting-new-attendee-${tag}`);

      await view.goto(`${server.url}/#/meetings/${meeting.id}/show`);
      await view.getByTestId('attendee-choices').getByRole('button').first().waitFor();
      await screenshot(view, `n05-meeting-follow-ups-${tag}`, true);

      await view.goto(`${server.url}/#/chambers/${chamber.id}/show`);
      await view.getByTestId('add-members').click();
      await view.getByRole('option').first().waitFor();
      await screenshot(view, `n06-add-several-members-${tag}`);
      await view.close();
    }
  });
});
