import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { addDays, AGREEMENT_NOTICE_DAYS, daysBetween } from '@crm/domain';
import { Clock } from '../common/clock';
import { Message, msg } from '../common/i18n';
import { APP_CONFIG, AppConfig } from '../config/config';
import { WriteQueue } from '../database/write-queue';
import { Outcome } from '../outcomes/outcome.entity';
import { Staff } from '../staff/staff.entity';
import { Task } from '../tasks/task.entity';
import { NotificationSettings } from './notification-settings.entity';
import { Notification } from './notification.entity';
import { NotificationDraft, NotificationsService } from './notifications.service';

/** How long after its end a lapsed agreement is still news to its owner (older ones were before notifications existed). */
const LAPSE_NEWS_DAYS = 30;
/** Lines of one kind in a digest; the rest are on the page the digest links to. */
const DIGEST_LINES = 20;
const LIVE_AGREEMENT_STAGES = ['signed', 'active'];

/**
 * The notices of the day, read from the records rather than from their writes: an agreement's owner
 * 90, 30 and 7 days before its end and when it lapses, and each user's digest at CRM_DIGEST_AT.
 * Every instance runs them; the event keys make each notice happen once.
 */
@Injectable()
export class DailyNotices implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private timer?: NodeJS.Timeout;
  private noticesDay: string | null = null;
  private digestDay: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), 60_000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Once a minute: the agreement notices on a new day, the digest once its time of day has come. */
  async tick(): Promise<void> {
    const today = this.clock.today();
    try {
      if (this.noticesDay !== today) {
        await this.agreementNotices();
        this.noticesDay = today;
      }
      const now = this.clock.now();
      const chinaMinutes = (now.getUTCHours() * 60 + now.getUTCMinutes() + 8 * 60) % (24 * 60);
      if (this.digestDay !== today && chinaMinutes >= this.config.notifications.digestAtMinutes) {
        await this.digest();
        this.digestDay = today;
      }
    } catch (error) {
      // tried again at the next tick; it must not stop the server
      this.logger.error(`The daily notices failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Owners of agreements at 90, 30 and 7 days before the end (the nearest mark passed), and of those lapsed lately; answers how many were new. */
  async agreementNotices(): Promise<number> {
    const today = this.clock.today();
    const outcomes = await this.dataSource
      .getRepository(Outcome)
      .createQueryBuilder('outcome')
      .select(['outcome.id', 'outcome.title', 'outcome.endDate', 'outcome.ownerId', 'outcome.unitId', 'outcome.stage'])
      .where('outcome.ownerId IS NOT NULL AND outcome.endDate IS NOT NULL')
      .andWhere('outcome.endDate >= :since AND outcome.endDate <= :until', {
        since: addDays(today, -LAPSE_NEWS_DAYS),
        until: addDays(today, Math.max(...AGREEMENT_NOTICE_DAYS)),
      })
      .andWhere('outcome.stage IN (:...stages)', { stages: [...LIVE_AGREEMENT_STAGES, 'lapsed'] })
      .getMany();
    const drafts: NotificationDraft[] = [];
    for (const outcome of outcomes) {
      const endDate = outcome.endDate!;
      const days = daysBetween(today, endDate);
      const base = { recipientId: outcome.ownerId!, route: `/outcomes/${outcome.id}/show`, unitId: outcome.unitId };
      if (outcome.stage === 'lapsed' || days < 0) {
        drafts.push({
          ...base,
          kind: 'agreementLapsed',
          eventKey: `agreement:${outcome.id}:${endDate}:lapsed`,
          title: msg('notifications.agreementLapsedTitle', { title: outcome.title }),
          body: [msg('notifications.agreementLapsedBody', { title: outcome.title, endDate })],
        });
        continue;
      }
      const mark = [...AGREEMENT_NOTICE_DAYS].reverse().find((notice) => days <= notice)!;
      drafts.push({
        ...base,
        kind: 'agreementExpiring',
        eventKey: `agreement:${outcome.id}:${endDate}:${mark}`,
        title: msg('notifications.agreementExpiringTitle', { title: outcome.title, days }),
        body: [msg('notifications.agreementExpiringBody', { title: outcome.title, endDate })],
      });
    }
    return this.writes.transaction((manager) => this.notifications.notify(manager, drafts));
  }

  /**
   * Each user's digest of today (digest on): tasks overdue, due today and tomorrow, agreements of
   * theirs ending within 30 days, what arrived for their meetings since yesterday; nothing for a
   * user with none of these. Once a day: answers how many digests were new.
   */
  async digest(): Promise<number> {
    const today = this.clock.today();
    const tomorrow = addDays(today, 1);
    const accounts = await this.dataSource
      .getRepository(Staff)
      .createQueryBuilder('staff')
      .select(['staff.id'])
      .where('staff.username IS NOT NULL AND staff.active = :active', { active: true })
      .getMany();
    const ids = accounts.map((account) => account.id);
    if (!ids.length) return 0;
    const optedOut = new Set(
      (
        await this.dataSource
          .getRepository(NotificationSettings)
          .find({ select: { staffId: true }, where: { digest: false } })
      ).map((row) => row.staffId),
    );
    const tasks = await this.dataSource
      .getRepository(Task)
      .createQueryBuilder('task')
      .select(['task.id', 'task.title', 'task.dueDate', 'task.assigneeId'])
      .where('task.doneAt IS NULL AND task.assigneeId IS NOT NULL AND task.dueDate <= :tomorrow', { tomorrow })
      .orderBy('task.dueDate', 'ASC')
      .addOrderBy('task.id', 'ASC')
      .getMany();
    const agreements = await this.dataSource
      .getRepository(Outcome)
      .createQueryBuilder('outcome')
      .select(['outcome.id', 'outcome.title', 'outcome.endDate', 'outcome.ownerId'])
      .where(
        'outcome.ownerId IS NOT NULL AND outcome.stage IN (:...stages) AND outcome.endDate >= :today AND outcome.endDate <= :until',
        { stages: LIVE_AGREEMENT_STAGES, today, until: addDays(today, 30) },
      )
      .orderBy('outcome.endDate', 'ASC')
      .getMany();
    const arrived = await this.dataSource.getRepository(Notification).find({
      select: { id: true, recipientId: true, title: true },
      where: {
        kind: 'registration',
        recipientId: In(ids),
        createdAt: MoreThanOrEqual(new Date(this.clock.now().getTime() - 86_400_000)),
      },
      order: { id: 'ASC' },
    });
    const lines = new Map<number, Message[]>();
    const add = (staffId: number | null, line: Message) => {
      if (staffId === null || optedOut.has(staffId) || !ids.includes(staffId)) return;
      const list = lines.get(staffId) ?? [];
      if (list.length < DIGEST_LINES * 4) list.push(line);
      lines.set(staffId, list);
    };
    for (const task of tasks) {
      const dueDate = task.dueDate!;
      const key =
        dueDate < today
          ? 'notifications.digestOverdue'
          : dueDate === today
            ? 'notifications.digestDueToday'
            : 'notifications.digestDueTomorrow';
      add(task.assigneeId, msg(key, { title: task.title, dueDate }));
    }
    for (const outcome of agreements)
      add(outcome.ownerId, msg('notifications.digestExpiring', { title: outcome.title, endDate: outcome.endDate! }));
    for (const row of arrived)
      add(row.recipientId, msg('notifications.digestArrived', { title: JSON.parse(row.title) as Message }));
    const drafts: NotificationDraft[] = [...lines].map(([recipientId, body]) => ({
      recipientId,
      kind: 'digest',
      eventKey: `digest:${today}`,
      title: msg('notifications.digestTitle', { date: today }),
      body,
      route: '/tasks',
    }));
    return this.writes.transaction((manager) => this.notifications.notify(manager, drafts));
  }
}
