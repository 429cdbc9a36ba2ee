import request from 'supertest';
import { addDays, chinaDay } from '@crm/domain';
import { Clock } from '../../apps/api/src/common/clock';
import { DailyNotices } from '../../apps/api/src/notifications/daily-notices';
import { OutboxWorker } from '../../apps/api/src/notifications/outbox.worker';
import { expectError, q } from '../fixtures/assertions';
import { MailBox, RobotServer, startMailBox, startRobots } from '../fixtures/channels';
import { ApiRecord, Seed } from '../fixtures/resources';
import { choosePassword, Harness, startHarness } from './harness';

const PUBLIC_URL = 'https://crm.school.edu.cn';
const PASSWORD = 'a long enough password';

/**
 * Notifications through real parts: an SMTP server and a stand-in robot server in the test process,
 * the outbox sent by the worker, the digest by a test clock and by the admin's route.
 */
describe('notifications', () => {
  let h: Harness;
  let seed: Seed;
  let mailbox: MailBox;
  let robots: RobotServer;
  let worker: OutboxWorker;
  /** Accounts: 王老师 reads Chinese and has a phone; Li reads English. */
  let wang: { id: number; token: string };
  let li: { id: number; token: string };
  /** The enterprise the tasks follow up. */
  let partner: number;

  const as = (account: { token: string }, method: 'get' | 'post' | 'put', url: string, locale = 'zh-CN') =>
    request(h.app.getHttpServer())
      [method](url)
      .set('Authorization', `Bearer ${account.token}`)
      .set('Accept-Language', locale);

  async function account(
    name: string,
    username: string,
    extra: Record<string, unknown>,
    locale: string,
  ): Promise<{ id: number; token: string }> {
    const staff = await seed.create('staff', {
      name,
      username,
      password: `initial ${PASSWORD}`,
      role: 'office',
      ...extra,
    });
    const token = await choosePassword(h.app.getHttpServer(), username, `initial ${PASSWORD}`, PASSWORD);
    await request(h.app.getHttpServer())
      .put('/api/auth/locale')
      .set('Authorization', `Bearer ${token}`)
      .send({ locale })
      .expect(200);
    return { id: staff.id as number, token };
  }

  beforeAll(async () => {
    mailbox = await startMailBox();
    robots = await startRobots();
    h = await startHarness({
      CRM_SMTP_URL: mailbox.url,
      CRM_MAIL_FROM: 'CRM <crm@school.edu.cn>',
      CRM_WECOM_WEBHOOK: robots.url('school'),
      CRM_PUBLIC_URL: PUBLIC_URL,
    });
    worker = h.app.get(OutboxWorker);
    // the spec runs the passes itself, to count what each sends
    worker.stop();
    worker.backoffMs = 0;
    seed = new Seed(h.api);
    wang = await account('王老师', 'wang', { email: 'wang@school.edu.cn', phone: '13800138000' }, 'zh-CN');
    li = await account('Li Lei', 'lilei', { email: 'li@school.edu.cn' }, 'en');
    partner = (await seed.enterprise({ name: '江朗科技有限公司' })).id as number;
  });
  afterAll(async () => {
    await h?.close();
    await mailbox?.close();
    await robots?.close();
  });

  const mailsTo = (address: string) =>
    mailbox.mails.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address));
  const inbox = async (who: { token: string }, filter: object = {}, locale = 'zh-CN') =>
    (await as(who, 'get', `/api/notifications?filter=${q(filter)}`, locale).expect(200)).body as ApiRecord[];

  it('tells the assignee of a task by someone else once, in the app, by mail in their language with the link, and in the group with their phone', async () => {
    const task = await seed.create('tasks', {
      enterpriseId: partner,
      title: '回访江朗科技',
      dueDate: '2026-12-20',
      assigneeId: wang.id,
    });
    await seed.create('tasks', {
      enterpriseId: partner,
      title: 'Call the chamber',
      dueDate: '2026-12-21',
      assigneeId: li.id,
    });
    // the write answered before anything was sent: the outbox holds it
    expect(mailsTo('wang@')).toHaveLength(0);
    await worker.drain();

    const [notice] = await inbox(wang);
    expect(notice).toMatchObject({
      kind: 'taskAssigned',
      title: expect.stringMatching(/ 给您分配了任务：回访江朗科技$/),
      body: '截止日期 2026-12-20。',
      link: `${PUBLIC_URL}/#/tasks/${task.id}/show`,
      readAt: null,
    });
    const [mail] = mailsTo('wang@');
    expect(mailsTo('wang@')).toHaveLength(1);
    expect(mail.subject).toContain('给您分配了任务：回访江朗科技');
    expect(mail.text).toContain(`${PUBLIC_URL}/#/tasks/${task.id}/show`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/#/tasks/${task.id}/show"`);
    expect(mail.from?.text).toContain('crm@school.edu.cn');
    const [english] = mailsTo('li@');
    expect(english.subject).toMatch(/assigned you a task: Call the chamber$/);
    expect(english.text).toContain('Open in the CRM');

    const group = robots.received
      .get('school')!
      .map((message) => message.body as { msgtype: string; markdown: { content: string } });
    const toWang = group.find((message) => message.markdown.content.includes('回访江朗科技'))!;
    expect(toWang.msgtype).toBe('markdown');
    expect(Object.keys(toWang)).toEqual(['msgtype', 'markdown']);
    expect(toWang.markdown.content).toContain('@13800138000');
    expect(toWang.markdown.content).toContain(`](${PUBLIC_URL}/#/tasks/${task.id}/show)`);

    // a change that is not a new assignee, and a task one gives oneself, tell nobody
    await h
      .api('put', `/api/tasks/${task.id}`)
      .send({ version: task.version, title: '回访江朗科技（改期）' })
      .expect(200);
    await as(wang, 'post', '/api/tasks')
      .send({ title: 'My own reminder', assigneeId: wang.id, enterpriseId: partner })
      .expect(201);
    await worker.drain();
    expect(await inbox(wang)).toHaveLength(1);
    expect(mailsTo('wang@')).toHaveLength(1);
  });

  it('lists the user’s own, the unread, marks one and all read, and hides another user’s', async () => {
    const [notice] = await inbox(wang, { read: false });
    expect((await as(wang, 'post', `/api/notifications/${notice.id}/read`).expect(200)).body.readAt).toEqual(
      expect.any(String),
    );
    expect(await inbox(wang, { read: false })).toHaveLength(0);
    expect(await inbox(wang, { read: true })).toHaveLength(1);
    expectError(await as(li, 'post', `/api/notifications/${notice.id}/read`, 'en'), 404);
    expectError(await as(li, 'get', `/api/notifications?filter=${q({ read: 'no' })}`, 'en'), 400, ['read']);
    const response = await as(li, 'get', '/api/notifications?range=[0,9]', 'en').expect(200);
    expect(response.headers['x-total-count']).toBe('1');
    expect((await as(li, 'post', '/api/notifications/read-all').expect(200)).body).toEqual({ read: 1 });
  });

  it('tells a user named with @username in a meeting’s minutes, with the sentence, once', async () => {
    const meeting = await seed.meeting({
      title: '江朗科技座谈会',
      minutes: '双方同意共建实验室。请 @lilei 在下周前联系人事部。其余事项另议。',
    });
    await h
      .api('put', `/api/meetings/${meeting.id}`)
      .send({ version: meeting.version, minutes: `${String(meeting.minutes)}\n@lilei 再次确认。` })
      .expect(200);
    const mentions = (await inbox(li, {}, 'en')).filter((row) => row.kind === 'mention');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({
      title: expect.stringContaining('mentioned you in meeting “江朗科技座谈会”'),
      body: '“请 @lilei 在下周前联系人事部。”',
      link: `${PUBLIC_URL}/#/meetings/${meeting.id}/show`,
    });
  });

  it('tells the owner when someone else deletes their enterprise', async () => {
    const enterprise = await seed.enterprise({ name: '上海江朗科技有限公司', ownerId: li.id });
    await h.api('delete', `/api/enterprises/${enterprise.id}`).expect(200);
    const [deleted] = (await inbox(li, {}, 'en')).filter((row) => row.kind === 'recordDeleted');
    expect(deleted.title).toContain('deleted enterprise “上海江朗科技有限公司”');
  });

  it('tells an agreement’s owner 30 days before its end and at its lapse, once each, in the daily run', async () => {
    const daily = h.app.get(DailyNotices);
    const today = chinaDay(new Date());
    const ending = await seed.outcome({
      title: '实习基地协议',
      stage: 'active',
      startDate: addDays(today, -300),
      endDate: addDays(today, 25),
      ownerId: wang.id,
    });
    const lapsed = await seed.outcome({
      title: '联合实验室协议',
      stage: 'lapsed',
      startDate: addDays(today, -400),
      endDate: addDays(today, -2),
      ownerId: wang.id,
    });
    expect(await daily.agreementNotices()).toBe(2);
    expect(await daily.agreementNotices()).toBe(0);
    const rows = await inbox(wang);
    expect(rows.find((row) => String(row.link).endsWith(`/outcomes/${ending.id}/show`))).toMatchObject({
      kind: 'agreementExpiring',
      title: '协议还有 25 天到期：实习基地协议',
    });
    expect(rows.find((row) => String(row.link).endsWith(`/outcomes/${lapsed.id}/show`))).toMatchObject({
      kind: 'agreementLapsed',
    });
  });

  it('sends the digest at CRM_DIGEST_AT by the clock, and by the admin’s route once a day; nothing to a user with nothing', async () => {
    const daily = h.app.get(DailyNotices);
    const clock = h.app.get(Clock);
    const today = chinaDay(new Date());
    const tomorrow = addDays(today, 1);
    await seed.create('tasks', {
      enterpriseId: partner,
      title: '提交实习协议',
      dueDate: tomorrow,
      assigneeId: wang.id,
    });
    const quiet = await account('Quiet Person', 'quiet', { email: 'quiet@school.edu.cn' }, 'en');
    // 07:59 China time on the next day: not yet; 08:00: the digest of that day
    const spy = jest.spyOn(clock, 'now').mockReturnValue(new Date(`${tomorrow}T07:59:00+08:00`));
    try {
      await daily.tick();
      expect((await inbox(wang)).filter((row) => row.kind === 'digest')).toHaveLength(0);
      spy.mockReturnValue(new Date(`${tomorrow}T08:00:00+08:00`));
      await daily.tick();
    } finally {
      spy.mockRestore();
    }
    const [digest] = (await inbox(wang)).filter((row) => row.kind === 'digest');
    expect(digest.title).toBe(`您今天的 CRM 待办：${tomorrow}`);
    expect(digest.body).toContain('今天到期：提交实习协议');
    expect(digest.body).toContain('协议');

    // today's, now, by the admin; a second call the same day writes none
    const first = (await h.api('post', '/api/notifications/digest').expect(200)).body;
    expect(first.digests).toBeGreaterThanOrEqual(1);
    expect((await h.api('post', '/api/notifications/digest').expect(200)).body).toEqual({ digests: 0 });
    expectError(await as(wang, 'post', '/api/notifications/digest', 'en'), 403);
    await worker.drain();
    const digests = mailsTo('wang@').filter((mail) => mail.subject?.startsWith('您今天的 CRM 待办'));
    expect(digests.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([`您今天的 CRM 待办：${today}`, `您今天的 CRM 待办：${tomorrow}`]),
    );
    expect(digests).toHaveLength(2);
    expect(await inbox(quiet)).toEqual([]);
    expect(mailsTo('quiet@')).toHaveLength(0);
  });

  it('keeps each user’s channels: e-mail off sends no mail', async () => {
    expect((await as(li, 'get', '/api/auth/notification-settings').expect(200)).body).toEqual({
      email: true,
      wecom: true,
      digest: true,
    });
    expectError(
      await as(li, 'put', '/api/auth/notification-settings', 'en').send({ email: 'no', wecom: true, digest: true }),
      400,
      ['email'],
    );
    await as(li, 'put', '/api/auth/notification-settings')
      .send({ email: false, wecom: true, digest: true })
      .expect(200);
    const before = mailsTo('li@').length;
    await seed.create('tasks', { enterpriseId: partner, title: 'Quietly assigned', assigneeId: li.id });
    await worker.drain();
    expect((await inbox(li, {}, 'en')).some((row) => String(row.title).includes('Quietly assigned'))).toBe(true);
    expect(mailsTo('li@')).toHaveLength(before);
  });

  it('retries a robot that answers 500 and marks it failed after three attempts; the admin sees it in the delivery list', async () => {
    robots.failing.add('broken');
    const unit = await seed.create('units', { name: '机电学院', kind: 'college', wecomWebhook: robots.url('broken') });
    const member = await account('张老师', 'zhang', { unitId: unit.id }, 'zh-CN');
    await seed.create('tasks', { enterpriseId: partner, title: '机电学院的任务', assigneeId: member.id });
    for (let pass = 0; pass < 4; pass++) await worker.runOnce();
    expect(robots.received.get('broken')).toHaveLength(3);
    const deliveries = (
      await h.api('get', `/api/notification-deliveries?filter=${q({ channel: 'wecom', status: 'failed' })}`).expect(200)
    ).body as ApiRecord[];
    expect(deliveries).toEqual([
      expect.objectContaining({
        status: 'failed',
        attempts: 3,
        lastError: 'HTTP 500',
        target: expect.stringContaining('key=brok…'),
      }),
    ]);
    expect(JSON.stringify(deliveries)).not.toContain('broken-secret-key');
    expectError(await as(wang, 'get', '/api/notification-deliveries', 'en'), 403);
    // only the admin sets a unit's robot
    expectError(
      await h.api('put', `/api/units/${unit.id}`).send({ version: unit.version, wecomWebhook: 'not a url' }),
      400,
      ['wecomWebhook'],
    );
  });

  it('keeps to 20 messages a minute per robot: 25 tasks arrive as 19 messages and one that carries the other six', async () => {
    const unit = await seed.create('units', { name: '经管学院', kind: 'college', wecomWebhook: robots.url('busy') });
    // the robot's address is a secret: every role reads units, none reads the key, and the admin's form sends the hint back unchanged
    const read = (await as(wang, 'get', `/api/units/${unit.id}`, 'en').expect(200)).body as ApiRecord;
    expect(read.wecomWebhook).toMatch(/\?….{4}$/);
    const key = new URL(robots.url('busy')).searchParams.get('key')!;
    expect(JSON.stringify(read)).not.toContain(key);
    expect(
      JSON.stringify((await h.api('get', `/api/units?filter=${q({ id: [unit.id] })}`).expect(200)).body),
    ).not.toContain(key);
    await h
      .api('put', `/api/units/${unit.id}`)
      .send({ ...read, notes: '改了备注' })
      .expect(200);
    const member = await account('赵老师', 'zhao', { unitId: unit.id }, 'zh-CN');
    for (let index = 1; index <= 25; index++)
      await seed.create('tasks', { enterpriseId: partner, title: `走访企业 ${index} 号`, assigneeId: member.id });
    await worker.drain();
    const messages = robots.received
      .get('busy')!
      .map((message) => (message.body as { markdown: { content: string } }).markdown.content);
    expect(messages).toHaveLength(20);
    const text = messages.join('\n');
    for (let index = 1; index <= 25; index++) expect(text).toContain(`走访企业 ${index} 号**`);
    expect(messages[19].match(/走访企业/g)).toHaveLength(6);
  });

  it('sends the admin’s test on every configured channel and answers each result', async () => {
    await h
      .api('put', '/api/staff/1')
      .send({ version: (await h.api('get', '/api/staff/1').expect(200)).body.version, email: 'admin@school.edu.cn' })
      .expect(200);
    const results = (await h.api('post', '/api/notifications/test').set('Accept-Language', 'en').expect(200))
      .body as ApiRecord[];
    expect(results).toEqual(
      expect.arrayContaining([
        { channel: 'email', target: 'admin@school.edu.cn', ok: true, error: null },
        { channel: 'wecom', target: expect.stringContaining('/school?key=scho…'), ok: true, error: null },
        { channel: 'wecom', target: expect.stringContaining('/broken?key=brok…'), ok: false, error: 'HTTP 500' },
      ]),
    );
    expect(mailsTo('admin@').map((mail) => mail.subject)).toContain('Test message from the CRM');
    expectError(await as(wang, 'post', '/api/notifications/test', 'en'), 403);
  });
});
