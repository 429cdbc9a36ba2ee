import { Browser, BrowserContext, Page } from 'playwright-core';
import { SEED_CHAMBER, SEED_NAMED_ENTERPRISES, SEED_SYMPOSIUM } from '../../apps/api/src/demo/seed-event';
import { usccFor } from '../fixtures/resources';
import { launchChromium, logIn, screenshot } from './browser';
import { ensureBuilt, freePort, Server, startServer } from './server';

jest.setTimeout(600_000);

const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

/**
 * The seed symposium logs itself: 28 guests register from their phones (three through the phone page
 * in Chromium, the rest through the same public API, to keep the test fast), 20 sign in at the door
 * and one walks in, the office accepts everyone present in one click, and the meeting then has its
 * organisations and guests with no enterprise typed by the office and none twice.
 */
describe('a symposium that logs itself: registration, the door, the survey', () => {
  let server: Server;
  let browser: Browser;
  let office: Page;
  let phone: BrowserContext;
  let meetingId: number;
  let officeClicks = 0;
  const jianglangUscc = usccFor(7001);
  const pub = async (path: string, body: unknown) => {
    const response = await fetch(`${server.url}/api/public/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const linkOf = async (kind: 'registration' | 'check_in' | 'survey') =>
    (await server.api('get', `/meetings/${meetingId}/guests`)).links[kind] as { url: string; token: string };
  /** The office's clicks: each one a button on the meeting page, counted. */
  const officeClick = async (name: string) => {
    await office.getByRole('button', { name }).click();
    officeClicks += 1;
  };

  beforeAll(async () => {
    ensureBuilt();
    server = await startServer(await freePort());
    browser = await launchChromium();
    const chamber = await server.api('post', '/chambers', {
      name: SEED_CHAMBER.name,
      kind: SEED_CHAMBER.kind,
      city: SEED_CHAMBER.city,
    });
    const [jianglang, leihui] = SEED_NAMED_ENTERPRISES;
    await server.api('post', '/enterprises', {
      name: jianglang.name,
      uscc: jianglangUscc,
      aliases: jianglang.aliases,
      industry: jianglang.industry,
    });
    await server.api('post', '/enterprises', { name: leihui.name, aliases: leihui.aliases, industry: leihui.industry });
    const chair = await server.api('post', '/staff', { name: 'Huang Lixin', title: '副校长' });
    const { title, kind, startsAt, endsAt, location, topics } = SEED_SYMPOSIUM;
    meetingId = (
      await server.api('post', '/meetings', {
        title,
        kind,
        startsAt,
        endsAt,
        location,
        topics,
        chairId: chair.id,
        chamberIds: [chamber.id],
      })
    ).id;
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    office = await desk.newPage();
    await logIn(office, server.url);
    await office.waitForURL((address) => !address.hash.includes('login'));
    phone = await browser.newContext(PHONE);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('registers 28 guests, two of them enterprises already known (by credit code and by alias), from a 390×844 phone in Chinese', async () => {
    await office.goto(`${server.url}/#/meetings/${meetingId}/show`);
    // the seed symposium was in 2024: the office gives registration a window of its own
    await office.getByTestId('guests-panel').waitFor();
    await officeClick('开放报名');
    await office.getByTestId('link-registration').locator('img').waitFor();
    const { url, token } = await linkOf('registration');

    const guest = await phone.newPage();
    await guest.goto(url);
    await guest.getByRole('heading', { name: SEED_SYMPOSIUM.title }).waitFor();
    await screenshot(guest, 'registration-phone-zh', true);
    await guest.getByRole('button', { name: 'English' }).click();
    await guest.getByRole('heading', { name: 'Register' }).waitFor();
    await screenshot(guest, 'registration-phone-en', true);
    await guest.getByRole('button', { name: '中文' }).click();

    const viaPhone = [
      { organisation: '江朗科技', uscc: jianglangUscc, name: 'Chen Boqin', title: '董事长', phone: '13800000001' },
      { organisation: 'Leihui Ecological Group', name: 'Lei Lei', title: '总经理', phone: '13800000002' },
      { organisation: '杭州恒通智能制造有限公司', name: 'Wang Fang', title: '人事经理', phone: '13800000003' },
    ];
    const codes: string[] = [];
    for (const [index, person] of viaPhone.entries()) {
      if (index > 0) await guest.goto(url).then(() => guest.reload());
      for (const [field, value] of Object.entries(person)) await guest.locator(`input[name="${field}"]`).fill(value);
      await guest.getByLabel('实习基地', { exact: true }).check();
      await guest.getByRole('button', { name: '提交' }).click();
      await guest.getByTestId('registered').waitFor();
      codes.push((await guest.getByTestId('code').textContent())!.trim());
      if (index === 0) await screenshot(guest, 'registration-code-phone-zh', true);
    }
    // the other 25 guests through the same public route, as their phones would send it
    for (let n = 4; n <= 28; n++) {
      const answer = await pub(`registration/${token}`, {
        organisation: `浙商会员企业${n}有限公司`,
        name: `Guest ${n}`,
        phone: `138000000${String(n).padStart(2, '0')}`,
      });
      expect(answer.status).toBe(201);
      codes.push(answer.body.code);
    }
    expect(new Set(codes).size).toBe(28);
    // nothing reached the records: still the two enterprises the office had
    expect((await server.api('get', '/enterprises')).length).toBe(2);
    const queue = await server.api(
      'get',
      `/registrations?filter=${encodeURIComponent(JSON.stringify({ meetingId }))}&range=[0,99]`,
    );
    expect(
      queue.filter((registration: { match: { action: string } }) => registration.match.action === 'match'),
    ).toHaveLength(2);

    // 20 sign in at the door (one on the phone page, by code), one walks in
    await officeClick('现场签到');
    await office.getByTestId('link-check_in').locator('img').waitFor();
    const door = await linkOf('check_in');
    const tablet = await phone.newPage();
    await tablet.goto(`${server.url}/guest.html#/door/${door.token}`);
    await tablet.getByRole('heading', { name: '扫码签到' }).waitFor();
    await screenshot(tablet, 'door-tablet-zh');
    await guest.goto(door.url);
    await guest.locator('input[name="who"]').fill(codes[0]);
    await guest.getByRole('button', { name: '签到' }).click();
    await guest.getByTestId('welcome').getByText('欢迎您，Chen Boqin').waitFor();
    await screenshot(guest, 'check-in-phone-zh');
    for (let index = 1; index < 20; index++) {
      const answer = await pub(
        `check-in/${door.token}`,
        index % 2
          ? { code: codes[index] }
          : { phone: index === 2 ? '13800000003' : `138000000${String(index + 1).padStart(2, '0')}` },
      );
      expect([index, answer.status]).toEqual([index, 200]);
    }
    await guest.getByRole('button', { name: '下一位' }).click();
    await guest.getByRole('button', { name: '未报名？现场登记' }).click();
    await guest.locator('input[name="organisation"]').fill('宁波海联物流有限公司');
    await guest.locator('input[name="name"]').fill('He Jun');
    await guest.locator('input[name="phone"]').fill('13700001234');
    await screenshot(guest, 'walk-in-phone-zh', true);
    await guest.getByRole('button', { name: '签到' }).click();
    await guest.getByTestId('welcome').getByText('欢迎您，He Jun').waitFor();

    // the office: everyone present, accepted in one click
    await office.reload();
    await office.getByTestId('guest-counts').getByText('已签到 21').waitFor();
    await officeClick('接受全部已签到');
    await office.getByText(/已接受：新建 19 家企业，匹配 2 家/).waitFor();
    await screenshot(office, 'meeting-guests-panel-zh');

    const meeting = await server.api('get', `/meetings/${meetingId}`);
    const enterprises = await server.api('get', '/enterprises?range=[0,99]');
    expect(enterprises).toHaveLength(21);
    expect(new Set(enterprises.map((enterprise: { name: string }) => enterprise.name)).size).toBe(21);
    expect([...meeting.enterpriseIds].sort()).toEqual(
      enterprises.map((enterprise: { id: number }) => enterprise.id).sort(),
    );
    expect(meeting.contactIds).toHaveLength(21);
    // the two known enterprises were found, not typed again
    expect(
      enterprises
        .filter((enterprise: { name: string }) => /江朗|雷辉/.test(enterprise.name))
        .map((enterprise: { name: string }) => enterprise.name)
        .sort(),
    ).toEqual(['江朗科技有限公司', '雷辉生态集团']);
    // the eight who did not come stay in the queue
    expect(
      await server.api(
        'get',
        `/registrations?filter=${encodeURIComponent(JSON.stringify({ meetingId, status: 'pending' }))}`,
      ),
    ).toHaveLength(8);
  });

  it('asks what they want after the meeting: each want one follow-up task, also when an answer is sent twice', async () => {
    await office.reload();
    await officeClick('会后问卷');
    await office.getByTestId('link-survey').locator('img').waitFor();
    const survey = await linkOf('survey');
    const guest = await phone.newPage();
    await guest.goto(survey.url);
    await guest.getByRole('heading', { name: '会后问卷' }).waitFor();
    await guest.locator('input[name="who"]').fill('13800000001');
    await guest.getByRole('button', { name: '5', exact: true }).click();
    await guest.getByLabel('实习基地', { exact: true }).check();
    await guest.getByLabel('实习基地 数量').fill('10');
    await guest.getByLabel('联合实验室', { exact: true }).check();
    await screenshot(guest, 'survey-phone-zh', true);
    await guest.getByRole('button', { name: 'English' }).click();
    await screenshot(guest, 'survey-phone-en', true);
    await guest.getByRole('button', { name: 'Send' }).click();
    await guest.getByTestId('answered').waitFor();
    // sent again from the phone's history: the same answer, no second task
    expect(
      (
        await pub(`survey/${survey.token}`, {
          phone: '13800000001',
          satisfaction: 5,
          wants: [{ kind: 'internship_base', count: 10 }, { kind: 'joint_lab' }],
        })
      ).status,
    ).toBe(201);
    const tasks = await server.api('get', `/tasks?filter=${encodeURIComponent(JSON.stringify({ meetingId }))}`);
    expect(tasks.map((task: { title: string }) => task.title).sort()).toEqual(
      ['联合实验室：江朗科技', '实习基地（10）：江朗科技'].sort(),
    );

    await office.reload();
    await office
      .getByTestId('average-satisfaction')
      .getByText(/平均满意度 5/)
      .waitFor();
    // the answer shows on the enterprise too
    const [jianglang] = await server.api(
      'get',
      `/enterprises?filter=${encodeURIComponent(JSON.stringify({ uscc: jianglangUscc }))}`,
    );
    await office.goto(`${server.url}/#/enterprises/${jianglang.id}/show/survey`);
    await office
      .getByTestId('enterprise-survey-answers')
      .getByText(/实习基地 10、联合实验室/)
      .waitFor();
    // the office's whole part in the symposium: four clicks on the meeting page
    console.log(`the office's actions for the symposium: ${officeClicks} (before: 23)`);
    expect(officeClicks).toBe(4);
  });

  it('shows a closed or forged link as closed, on the phone and in the API', async () => {
    const { url, token } = await linkOf('registration');
    await server.api('delete', `/meetings/${meetingId}/registration`);
    const guest = await phone.newPage();
    await guest.goto(url);
    await guest.getByRole('alert').getByText('此链接未开放。').waitFor();
    await screenshot(guest, 'registration-closed-phone-zh');
    expect((await pub(`registration/${token}`, { organisation: 'X', name: 'Y', phone: '13800009999' })).status).toBe(
      404,
    );
    expect((await fetch(`${server.url}/api/public/registration/${'x'.repeat(43)}`)).status).toBe(404);
  });
});
