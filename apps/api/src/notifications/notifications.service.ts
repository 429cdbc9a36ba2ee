import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  DEFAULT_LOCALE,
  type Locale,
  type NotificationKind,
  type NotificationRecord,
  type NotificationSettingsRecord,
} from '@crm/domain';
import { fieldErrors } from '../common/errors';
import { Message, msg, translate } from '../common/i18n';
import { applyFilters, ListQueryInput, ListSpec, parseListQuery } from '../common/list-query';
import { APP_CONFIG, AppConfig } from '../config/config';
import { insertRecords } from '../database/bulk-insert';
import { insertReturningIds } from '../database/inserted-ids';
import { WriteQueue } from '../database/write-queue';
import { Meeting } from '../meetings/meeting.entity';
import { Staff } from '../staff/staff.entity';
import { Unit } from '../units/unit.entity';
import { MailChannel, RenderedNotification, WecomChannel } from './channels';
import { NotificationDelivery } from './notification-delivery.entity';
import { NotificationSettings } from './notification-settings.entity';
import { Notification } from './notification.entity';

/** A notification to write: one recipient, one event (its key), what to say and where it leads. */
export interface NotificationDraft {
  recipientId: number;
  kind: NotificationKind;
  eventKey: string;
  title: Message;
  body: Message[];
  /** The dashboard route of the record, e.g. "/tasks/12/show". */
  route: string;
  /** Whose WeChat Work group it goes to (an agreement's responsible unit); by default the recipient's unit; else the school's. */
  unitId?: number | null;
}

/** Kinds posted to a WeChat Work group too: the unit's work, not what is personal (mentions, the digest). */
const GROUP_KINDS: ReadonlySet<NotificationKind> = new Set([
  'taskAssigned',
  'agreementExpiring',
  'agreementLapsed',
  'registration',
]);

const LIST_SPEC: ListSpec = {
  fields: { kind: 'string', createdAt: 'datetime' },
  search: [],
  defaultSort: ['createdAt', 'DESC'],
};

interface Recipient {
  email: string | null;
  phone: string | null;
  locale: Locale | null;
  /** The robot of the recipient's unit, if it has one. */
  webhook: string | null;
  settings: NotificationSettingsRecord;
}

/** Each user's notifications: written in the transaction of the change they tell of, with their outbox rows; read in the reader's language. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly mail: MailChannel,
    private readonly wecom: WecomChannel,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Writes each draft once per recipient and event (the unique event key: a second instance, a
   * restart or a repeated run writes nothing new) and its outbox rows; answers how many were new.
   */
  async notify(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<number> {
    if (!drafts.length) return 0;
    const recipients = await this.recipients(manager, [...new Set(drafts.map((draft) => draft.recipientId))]);
    const webhooks = await this.unitWebhooks(manager, drafts);
    // an instant, not a day: the worker compares it with the real time (the Clock is for rules of the day)
    const now = new Date();
    let written = 0;
    for (const draft of drafts) {
      const recipient = recipients.get(draft.recipientId);
      if (!recipient) continue;
      const exists = await manager.exists(Notification, {
        where: { recipientId: draft.recipientId, eventKey: draft.eventKey },
      });
      if (exists) continue;
      const row = {
        recipientId: draft.recipientId,
        kind: draft.kind,
        eventKey: draft.eventKey,
        title: JSON.stringify(draft.title),
        body: JSON.stringify(draft.body),
        route: draft.route,
        createdAt: now,
        readAt: null,
      };
      // two instances writing the same event at once: the second insert does nothing and answers no id
      const [id] = await insertReturningIds(
        // eslint-disable-next-line no-restricted-syntax -- a notification and its outbox rows are messages to one user, not records of the CRM
        manager.createQueryBuilder().insert().into(Notification).values(row).orIgnore(),
        1,
      );
      if (id === undefined) continue;
      written++;
      const webhook = draft.unitId === undefined ? recipient.webhook : webhooks.get(draft.unitId ?? -1);
      await this.enqueue(manager, id, draft, recipient, webhook ?? this.config.notifications.wecomWebhook, now);
    }
    return written;
  }

  /** The outbox rows of a new notification: one per channel the recipient has on and the server has configured. */
  private async enqueue(
    manager: EntityManager,
    notificationId: number,
    draft: NotificationDraft,
    recipient: Recipient,
    webhook: string | undefined,
    now: Date,
  ): Promise<void> {
    const locale = recipient.locale ?? DEFAULT_LOCALE;
    const rendered = this.render(draft.title, draft.body, draft.route, locale);
    const rows: Partial<NotificationDelivery>[] = [];
    const base = {
      notificationId,
      status: 'pending' as const,
      attempts: 0,
      lastError: null,
      nextAttemptAt: now,
      claimedUntil: null,
      createdAt: now,
      sentAt: null,
    };
    if (this.mail.configured && recipient.settings.email && recipient.email) {
      rows.push({
        ...base,
        channel: 'email',
        target: recipient.email,
        payload: JSON.stringify(this.mail.render(rendered)),
      });
    }
    if (webhook && recipient.settings.wecom && GROUP_KINDS.has(draft.kind)) {
      rows.push({
        ...base,
        channel: 'wecom',
        target: webhook,
        payload: JSON.stringify(this.wecom.render(rendered, recipient.phone)),
      });
    }
    // a new notification's rows: nothing to conflict with; written as the audit trail is, without the query builder's cost
    // eslint-disable-next-line no-restricted-syntax -- a notification and its outbox rows are messages to one user, not records of the CRM
    await insertRecords(manager, NotificationDelivery, rows);
  }

  /** Title, lines and link of a notification in one language. */
  render(title: Message, body: readonly Message[], route: string, locale: Locale): RenderedNotification {
    const link = this.link(route);
    return {
      title: translate(title, locale),
      lines: body.map((line) => translate(line, locale)),
      link,
      openLabel: translate(msg('notifications.mailOpenButton'), locale),
      openLine: translate(msg('notifications.mailOpen', { link }), locale),
      footer: translate(msg('notifications.mailFooter'), locale),
    };
  }

  /** The dashboard's address of a route (the dashboard routes after the hash). */
  link(route: string): string {
    return `${this.config.publicUrl}/#${route}`;
  }

  /**
   * The recipients, their channels and their unit's robot in one statement: it runs inside the
   * write that notifies, whose time it adds to.
   */
  private async recipients(manager: EntityManager, ids: number[]): Promise<Map<number, Recipient>> {
    const rows = await manager
      .createQueryBuilder(Staff, 'staff')
      .leftJoin(NotificationSettings, 'settings', '"settings"."staffId" = "staff"."id"')
      .leftJoin(Unit, 'unit', '"unit"."id" = "staff"."unitId"')
      .select([
        '"staff"."id" AS "id"',
        '"staff"."email" AS "email"',
        '"staff"."phone" AS "phone"',
        '"staff"."locale" AS "locale"',
        '"unit"."wecomWebhook" AS "webhook"',
      ])
      .addSelect([
        '"settings"."email" AS "emailOn"',
        '"settings"."wecom" AS "wecomOn"',
        '"settings"."digest" AS "digestOn"',
      ])
      .where('"staff"."id" IN (:...ids) AND "staff"."active" = :active', { ids, active: true })
      .getRawMany<{
        id: number;
        email: string | null;
        phone: string | null;
        locale: Locale | null;
        webhook: string | null;
        emailOn: unknown;
        wecomOn: unknown;
        digestOn: unknown;
      }>();
    return new Map(
      rows.map((row) => {
        const stored =
          row.emailOn === null
            ? undefined
            : { email: Boolean(row.emailOn), wecom: Boolean(row.wecomOn), digest: Boolean(row.digestOn) };
        return [
          Number(row.id),
          {
            email: row.email,
            phone: row.phone,
            locale: row.locale,
            webhook: row.webhook,
            settings: settingsOf(row.email, stored),
          },
        ];
      }),
    );
  }

  private async unitWebhooks(
    manager: EntityManager,
    drafts: readonly NotificationDraft[],
  ): Promise<Map<number, string>> {
    const ids = [...new Set(drafts.map((draft) => draft.unitId).filter((id): id is number => typeof id === 'number'))];
    if (!ids.length) return new Map();
    const units = await manager.find(Unit, { select: { id: true, wecomWebhook: true }, where: { id: In(ids) } });
    return new Map(units.filter((unit) => unit.wecomWebhook).map((unit) => [unit.id, unit.wecomWebhook!]));
  }

  /**
   * For what arrives through the public links (registrations, walk-ins, survey answers of issue 21):
   * tells the meeting's chair, once per `key` (e.g. "registration:<id>"). Call it inside the
   * transaction that stores the arrival; `from` names who sent it (an enterprise, a person).
   */
  async meetingArrival(
    manager: EntityManager,
    arrival: { meetingId: number; what: 'registration' | 'walkIn' | 'survey'; key: string; from: string },
  ): Promise<number> {
    const meeting = await manager.findOne(Meeting, {
      select: { id: true, title: true, chairId: true },
      where: { id: arrival.meetingId },
    });
    if (!meeting?.chairId) return 0;
    return this.notify(manager, [
      {
        recipientId: meeting.chairId,
        kind: 'registration',
        eventKey: `arrival:${arrival.key}`,
        title: msg('notifications.registrationTitle', {
          title: meeting.title,
          what: msg(`notifications.arrivals.${arrival.what}`),
        }),
        body: [msg('notifications.quote', { text: arrival.from })],
        route: `/meetings/${meeting.id}/show`,
      },
    ]);
  }

  // ---- the reader's side ---------------------------------------------------------------------

  /** The signed-in user's own, newest first; `filter={"read":false}` for the unread. */
  async list(
    recipientId: number,
    input: ListQueryInput,
    locale: Locale,
  ): Promise<{ records: NotificationRecord[]; total: number; range: [number, number] }> {
    const { read, rest } = readFilter(input.filter);
    const query = parseListQuery({ ...input, filter: rest }, LIST_SPEC);
    const alias = 'notification';
    const filtered = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder(alias)
      .where(`"${alias}"."recipientId" = :recipientId`, { recipientId });
    if (read !== undefined) filtered.andWhere(`"${alias}"."readAt" IS ${read ? 'NOT ' : ''}NULL`);
    applyFilters(filtered, alias, query, LIST_SPEC);
    const [first, last] = query.range;
    const [field, direction] = query.sort;
    const [rows, total] = await Promise.all([
      filtered
        .clone()
        .orderBy(`${alias}.${field}`, direction)
        .addOrderBy(`${alias}.id`, direction)
        .offset(first)
        .limit(last - first + 1)
        .getMany(),
      filtered.clone().getCount(),
    ]);
    return { records: rows.map((row) => this.present(row, locale)), total, range: [first, first + rows.length - 1] };
  }

  present(row: Notification, locale: Locale): NotificationRecord {
    const body = (JSON.parse(row.body) as Message[]).map((line) => translate(line, locale)).join('\n');
    return {
      id: row.id,
      kind: row.kind,
      title: translate(JSON.parse(row.title) as Message, locale),
      body,
      link: this.link(row.route),
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    };
  }

  /** Marks one of the user's own read (again: no change); another user's answers 404, as if it did not exist. */
  async markRead(recipientId: number, id: number, locale: Locale): Promise<NotificationRecord> {
    return this.writes.transaction(async (manager) => {
      const row = await manager.findOne(Notification, { where: { id, recipientId } });
      if (!row) throw new NotFoundException({ message: msg('notifications.notFound', { id }) });
      if (!row.readAt) {
        row.readAt = new Date();
        // eslint-disable-next-line no-restricted-syntax -- a notification and its outbox rows are messages to one user, not records of the CRM
        await manager.update(Notification, { id }, { readAt: row.readAt });
      }
      return this.present(row, locale);
    });
  }

  async markAllRead(recipientId: number): Promise<{ read: number }> {
    return this.writes.transaction(async (manager) => {
      // eslint-disable-next-line no-restricted-syntax -- a notification and its outbox rows are messages to one user, not records of the CRM
      const result = await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: new Date() })
        .where('"recipientId" = :recipientId AND "readAt" IS NULL', { recipientId })
        .execute();
      return { read: result.affected ?? 0 };
    });
  }

  async settings(staffId: number): Promise<NotificationSettingsRecord> {
    const staff = await this.dataSource.getRepository(Staff).findOneByOrFail({ id: staffId });
    return settingsOf(
      staff.email,
      (await this.dataSource.getRepository(NotificationSettings).findOneBy({ staffId })) ?? undefined,
    );
  }

  /** A preference, not an edit of the staff record: no new version, no audit event. */
  async saveSettings(staffId: number, settings: NotificationSettingsRecord): Promise<NotificationSettingsRecord> {
    await this.writes.transaction((manager) =>
      // eslint-disable-next-line no-restricted-syntax -- a notification and its outbox rows are messages to one user, not records of the CRM
      manager.upsert(
        NotificationSettings,
        { staffId, email: settings.email, wecom: settings.wecom, digest: settings.digest },
        ['staffId'],
      ),
    );
    return this.settings(staffId);
  }
}

/** The defaults (e-mail where the account has an address, WeChat Work and the digest on) until the user chooses. */
function settingsOf(email: string | null, stored: NotificationSettingsRecord | undefined): NotificationSettingsRecord {
  return stored
    ? { email: stored.email, wecom: stored.wecom, digest: stored.digest }
    : { email: Boolean(email), wecom: true, digest: true };
}

/** `read` is not a column: taken out of the filter (a boolean, or a 400) before the list query reads the rest. */
function readFilter(filter: string | undefined): { read?: boolean; rest?: string } {
  if (filter === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(filter);
  } catch {
    return { rest: filter };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('read' in parsed))
    return { rest: filter };
  const { read, ...rest } = parsed as Record<string, unknown>;
  if (typeof read !== 'boolean') throw fieldErrors({ read: msg('validation.boolean') });
  return { read, rest: JSON.stringify(rest) };
}
