import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { DataSource, IsNull, Not } from 'typeorm';
import { addDays } from '@crm/domain';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private secretOf(nonce: string): string {
    return createHmac('sha256', this.config.tokenSecret).update(`calendar:${nonce}`).digest('base64url');
  }

  /** The user's current link's secret, made on first asking; `renew` replaces it (the old one stops working). */
  async secretFor(staffId: number, renew = false): Promise<string> {
    if (!renew) {
      const current = await this.dataSource.manager.findOne(CalendarLink, { where: { staffId } });
      if (current) return this.secretOf(current.nonce);
    }
    const nonce = randomBytes(24).toString('base64url');
    const secret = this.secretOf(nonce);
    await this.writes.transaction(async (manager) => {
      await manager.delete(CalendarLink, { staffId });
      await manager.insert(CalendarLink, { staffId, nonce, secretHash: sha256(secret), issuedAt: this.clock.now() });
    });
    return secret;
  }

  /** The feed behind a secret, or null when no live link has it (forged, revoked, or its user gone). */
  async feed(secret: string, origin: string): Promise<string | null> {
    const link = await this.dataSource.manager.findOne(CalendarLink, { where: { secretHash: sha256(secret) } });
    if (!link) return null;
    const staff = await this.dataSource.manager.findOne(Staff, { where: { id: link.staffId, active: true } });
    if (!staff) return null;

    const since = this.clock.now().getTime() - FEED_DAYS_BACK * 86_400_000;
    const attended = (await this.dataSource.manager.find(MeetingStaff, { where: { staffId: staff.id } })).map((row) => row.meetingId);
    const meetings = await this.dataSource.manager
      .createQueryBuilder(Meeting, 'meeting')
      .where('(meeting.id IN (:...attended) OR meeting.chairId = :staffId)', { attended: attended.length ? attended : [0], staffId: staff.id })
      .andWhere('meeting.startsAt >= :since', { since: new Date(since) })
      .orderBy('meeting.startsAt', 'ASC')
      .getMany();
    const tasks = await this.dataSource.manager.find(Task, { where: { assigneeId: staff.id, doneAt: IsNull(), dueDate: Not(IsNull()) }, order: { dueDate: 'ASC' } });

    const host = new URL(origin).hostname;
    const calendar = ical({ name: `CRM · ${staff.name}`, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Partnership CRM', product: 'calendar', language: 'ZH' }, ttl: 3600 });
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

