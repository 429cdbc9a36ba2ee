import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DataSource, IsNull, Not } from 'typeorm';
import { addDays } from '@crm/domain';
import type { Actor } from '../common/actor';
import { AuditService } from '../common/audit.service';
import { Clock } from '../common/clock';
import { notFound } from '../common/errors';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TOKEN_SECRET } from '../database/token-secret';
import { WriteQueue } from '../database/write-queue';
import { Meeting, MeetingStaff } from '../meetings/meeting.entity';
import { Staff } from '../staff/staff.entity';
import { Task } from '../tasks/task.entity';
import { CalendarLink } from './calendar-link.entity';

/** How far back the feed reaches: calendars keep what they already have. */
const FEED_DAYS_BACK = 365;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Each user's meetings and open tasks as an iCalendar feed that Outlook, Apple and Google calendars
 * subscribe to without logging in, through a secret link.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TOKEN_SECRET) private readonly tokenSecret: string,
  ) {}

  private secretOf(nonce: string): string {
    return createHmac('sha256', this.tokenSecret).update(`calendar:${nonce}`).digest('base64url');
  }

  /** The address of the feed behind a secret, on the configured public address (a request's Host header is the client's to choose). */
  urlOf(secret: string): string {
    return `${this.config.publicUrl}/api/calendar/${secret}.ics`;
  }

  /**
   * The user's current link's secret, made on first asking; `renew` replaces it (the old one stops
   * working). A link issued under an older session version (a new password, a disabled or deleted
   * account since) has stopped: asking again issues a new one.
   */
  async secretFor(actor: Actor, renew = false): Promise<string> {
    const staff = await this.dataSource.manager.findOneOrFail(Staff, {
      where: { id: actor.id },
      select: { id: true, sessionVersion: true },
    });
    if (!renew) {
      const current = await this.dataSource.manager.findOne(CalendarLink, { where: { staffId: actor.id } });
      if (current && current.sessionVersion === staff.sessionVersion) return this.secretOf(current.nonce);
    }
    const nonce = randomBytes(24).toString('base64url');
    const secret = this.secretOf(nonce);
    await this.writes.transaction(async (manager) => {
      await manager.delete(CalendarLink, { staffId: actor.id });
      await manager.insert(CalendarLink, {
        staffId: actor.id,
        nonce,
        secretHash: sha256(secret),
        issuedAt: this.clock.now(),
        sessionVersion: staff.sessionVersion,
      });
      await this.audit.record(manager, {
        actor,
        resource: 'staff',
        recordId: actor.id,
        action: 'calendar_renew',
        before: null,
        after: { renewed: renew },
      });
    });
    return secret;
  }

  /** The admin ends anyone's link (a lost phone, someone who left); 404 when the account has none. */
  async revoke(staffId: number, actor: Actor): Promise<{ ok: true }> {
    await this.writes.transaction(async (manager) => {
      const { affected } = await manager.delete(CalendarLink, { staffId });
      if (!affected) throw notFound('staff', staffId);
      await this.audit.record(manager, {
        actor,
        resource: 'staff',
        recordId: staffId,
        action: 'calendar_renew',
        before: null,
        after: { revoked: true },
      });
    });
    return { ok: true };
  }

  /** The feed behind a secret, or null when no live link has it (forged, revoked, its user gone, or issued before a new password). */
  async feed(secret: string): Promise<string | null> {
    const link = await this.dataSource.manager.findOne(CalendarLink, { where: { secretHash: sha256(secret) } });
    if (!link) return null;
    const staff = await this.dataSource.manager.findOne(Staff, { where: { id: link.staffId, active: true } });
    if (!staff || staff.sessionVersion !== link.sessionVersion) return null;
    const origin = this.config.publicUrl;

    const since = this.clock.now().getTime() - FEED_DAYS_BACK * 86_400_000;
    const attended = (await this.dataSource.manager.find(MeetingStaff, { where: { staffId: staff.id } })).map(
      (row) => row.meetingId,
    );
    const meetings = await this.dataSource.manager
      .createQueryBuilder(Meeting, 'meeting')
      .where('(meeting.id IN (:...attended) OR meeting.chairId = :staffId)', {
        attended: attended.length ? attended : [0],
        staffId: staff.id,
      })
      .andWhere('meeting.startsAt >= :since', { since: new Date(since) })
      .orderBy('meeting.startsAt', 'ASC')
      .getMany();
    const tasks = await this.dataSource.manager.find(Task, {
      where: { assigneeId: staff.id, doneAt: IsNull(), dueDate: Not(IsNull()) },
      order: { dueDate: 'ASC' },
    });

    const host = new URL(this.config.publicUrl).hostname;
    const calendar = ical({
      name: `CRM · ${staff.name}`,
      method: ICalCalendarMethod.PUBLISH,
      prodId: { company: 'Partnership CRM', product: 'calendar', language: 'ZH' },
      ttl: 3600,
    });
    for (const meeting of meetings) {
      calendar.createEvent({
        id: `meeting-${meeting.id}@${host}`,
        start: meeting.startsAt,
        end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 3600_000),
        summary: meeting.title,
        location: meeting.location ?? undefined,
        description: meeting.topics?.length ? meeting.topics.join('\n') : undefined,
        url: `${origin}/#/meetings/${meeting.id}/show`,
        stamp: meeting.updatedAt,
      });
    }
    // open tasks as all-day events on their due day: calendars show them; few of them read VTODO
    for (const task of tasks) {
      calendar.createEvent({
        id: `task-${task.id}@${host}`,
        start: new Date(`${task.dueDate}T00:00:00Z`),
        end: new Date(`${addDays(task.dueDate!, 1)}T00:00:00Z`),
        allDay: true,
        summary: `☐ ${task.title}`,
        description: task.notes ?? undefined,
        url: `${origin}/#/tasks/${task.id}/show`,
        stamp: task.updatedAt,
      });
    }
    return calendar.toString();
  }
}
