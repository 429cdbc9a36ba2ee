import { INestApplication } from '@nestjs/common';
import { createApp } from '../../apps/api/src/app';
import { loadConfig } from '../../apps/api/src/config/config';
import { DailyNotices } from '../../apps/api/src/notifications/daily-notices';
import { OutboxWorker } from '../../apps/api/src/notifications/outbox.worker';
import { addDays, chinaDay } from '@crm/domain';
import { MailBox, startMailBox } from '../fixtures/channels';
import { Seed } from '../fixtures/resources';
import { ADMIN_PASSWORD, Harness, startHarness } from './harness';

/** Two server instances on one PostgreSQL database (e2e-postgres only): each notification is written and sent once. */
describe('notifications with two instances on one PostgreSQL database', () => {
  let h: Harness;
  let second: INestApplication;
  let mailbox: MailBox;

  beforeAll(async () => {
    mailbox = await startMailBox();
    const env = {
      CRM_TOKEN_SECRET: 'one secret shared by every instance, from the environment',
      CRM_SMTP_URL: mailbox.url,
    };
    h = await startHarness(env);
    second = await createApp(loadConfig({ ...h.databaseEnv, ...env, CRM_ADMIN_PASSWORD: ADMIN_PASSWORD }), false);
    await second.init();
  });
  afterAll(async () => {
    await second?.close();
    await h?.close();
    await mailbox?.close();
  });

  it('sends each mail once while both workers and both daily runs go at the same time', async () => {
    const seed = new Seed(h.api);
    const staff = await seed.create('staff', {
      name: '王老师',
      username: 'wang',
      password: 'a long enough password',
      role: 'office',
      email: 'wang@school.edu.cn',
    });
    const enterprise = await seed.enterprise();
    for (let index = 0; index < 30; index++)
      await seed.create('tasks', { title: `任务 ${index}`, assigneeId: staff.id, enterpriseId: enterprise.id });
    await seed.outcome({
      title: '实习基地协议',
      stage: 'active',
      endDate: addDays(chinaDay(new Date()), 20),
      ownerId: staff.id,
      enterpriseId: enterprise.id,
    });
    const notices = await Promise.all([
      h.app.get(DailyNotices).agreementNotices(),
      second.get(DailyNotices).agreementNotices(),
    ]);
    expect(notices[0] + notices[1]).toBe(1);
    const workers = [h.app.get(OutboxWorker), second.get(OutboxWorker)];
    await Promise.all([...workers.map((worker) => worker.drain()), ...workers.map((worker) => worker.drain())]);
    const subjects = mailbox.mails.map((mail) => mail.subject);
    expect(subjects).toHaveLength(31);
    expect(new Set(subjects).size).toBe(31);
    const [row] = await h.sql<{ sent: string }>(
      `SELECT COUNT(*) AS "sent" FROM "notification_deliveries" WHERE "status" = 'sent' AND "attempts" = 1`,
    );
    expect(Number(row.sent)).toBe(31);
  });
});
