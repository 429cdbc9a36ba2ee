import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { createHash, randomInt } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import {
  addDays,
  canOnRecord,
  normaliseRegistrationCode,
  normaliseUscc,
  OUTCOME_KIND_LABELS,
  personNameKey,
  phoneKey,
  REGISTRATION_CODE_ALPHABET,
  REGISTRATION_CODE_LENGTH,
  rowFactsOf,
  type PublicLinkKind,
  type RegistrationSource,
} from '@crm/domain';
import type { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { conflict, fieldErrors, forbidden } from '../common/errors';
import { msg, vocabularyLabel } from '../common/i18n';
import { WriteQueue } from '../database/write-queue';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { NotificationsService } from '../notifications/notifications.service';
import { TasksService } from '../tasks/tasks.service';
import { CheckInBody, RegistrationBody, SignupBody, SurveyBody } from './registration.dto';
import { PublicLink, Registration, SurveyAnswer } from './registration.entity';
import { IssuedLink, PublicLinksService } from './public-links.service';
import { changes, RegistrationsService } from './registrations.service';

/** The meeting's public face: what a guest may see of it, and nothing else of the CRM. */
export interface PublicFace {
  title: string | null;
  startsAt: string | null;
  endsAt: string | null;
  location: string | null;
  closesAt: string;
}

/** What the meeting page shows of its public side. */
export interface GuestsOverview {
  links: Partial<Record<PublicLinkKind, IssuedLink>>;
  registered: number;
  present: number;
  walkIns: number;
  pending: number;
  answers: SurveyAnswer[];
  averageSatisfaction: number | null;
}

/** How long the door stays open after the meeting, and how long the survey answers. */
const DOOR_HOURS = 12;
const SURVEY_DAYS = 30;
const SIGNUP_DAYS = 365;
/** A survey's follow-up is due two weeks after the answer. */
const FOLLOW_UP_DAYS = 14;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The public side: the guests' registration, the door, the survey and the standing sign-up, and
 * the office's opening and closing of their links. What the public sends lands in `registrations`
 * (pending) and `survey_answers`; only the survey's wants make records at once (the follow-up tasks
 * the issue asks for, for the school's own people).
 */
@Injectable()
export class GuestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly clock: Clock,
    private readonly links: PublicLinksService,
    private readonly registrations: RegistrationsService,
    private readonly meetings: MeetingsService,
    private readonly tasks: TasksService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---- the office's side ---------------------------------------------------------------------

  /** Opens (or opens anew) a meeting's link of this kind; who may not edit the meeting may not. */
  async open(
    meetingId: number,
    kind: Exclude<PublicLinkKind, 'signup'>,
    options: { closesAt?: string; capacity?: number | null },
    actor: Actor,
  ): Promise<IssuedLink> {
    const meeting = await this.editableMeeting(meetingId, actor);
    const now = this.clock.now();
    const end = meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * 3600_000);
    const later = (date: Date) => (date > now ? date : now);
    let closesAt: Date;
    if (kind === 'registration') {
      closesAt = options.closesAt ? new Date(options.closesAt) : meeting.startsAt;
      if (closesAt <= now) throw fieldErrors({ closesAt: msg('registrations.closesInPast') });
    } else
      closesAt = new Date(
        later(end).getTime() + (kind === 'check_in' ? DOOR_HOURS * 3600_000 : SURVEY_DAYS * 86_400_000),
      );
    const link = await this.writes.transaction((manager) =>
      this.links.open(manager, kind, meetingId, closesAt, kind === 'registration' ? (options.capacity ?? null) : null),
    );
    return this.links.issued(link);
  }

  async close(meetingId: number, kind: Exclude<PublicLinkKind, 'signup'>, actor: Actor): Promise<{ closed: boolean }> {
    await this.editableMeeting(meetingId, actor);
    return { closed: await this.writes.transaction((manager) => this.links.close(manager, kind, meetingId)) };
  }

  async openSignup(options: { closesAt?: string }): Promise<IssuedLink> {
    const closesAt = options.closesAt
      ? new Date(options.closesAt)
      : new Date(this.clock.now().getTime() + SIGNUP_DAYS * 86_400_000);
    if (closesAt <= this.clock.now()) throw fieldErrors({ closesAt: msg('registrations.closesInPast') });
    const link = await this.writes.transaction((manager) => this.links.open(manager, 'signup', null, closesAt, null));
    return this.links.issued(link);
  }

  async closeSignup(): Promise<{ closed: boolean }> {
    return { closed: await this.writes.transaction((manager) => this.links.close(manager, 'signup', null)) };
  }

  async signupLink(): Promise<IssuedLink | null> {
    const [link] = await this.links.liveOf(null);
    return link ? this.links.issued(link) : null;
  }

  /** What the meeting page shows: the live links (to whoever may edit the meeting), the counts and the survey's answers. */
  async overview(meetingId: number, actor: Actor): Promise<GuestsOverview> {
    const meeting = await this.meetings.findOne(meetingId);
    const mayEdit = canOnRecord(
      actor,
      'meetings',
      'update',
      rowFactsOf('meetings', meeting as unknown as Record<string, unknown>),
    );
    const links: GuestsOverview['links'] = {};
    if (mayEdit) for (const link of await this.links.liveOf(meetingId)) links[link.kind] = this.links.issued(link);
    const registrations = await this.dataSource.manager.find(Registration, {
      where: { meetingId, status: Not('refused') },
      select: { id: true, source: true, presentAt: true, status: true },
    });
    const answers = await this.dataSource.manager.find(SurveyAnswer, {
      where: { meetingId },
      order: { answeredAt: 'ASC' },
    });
    return {
      links,
      registered: registrations.filter((registration) => registration.source === 'registration').length,
      present: registrations.filter((registration) => registration.presentAt).length,
      walkIns: registrations.filter((registration) => registration.source === 'walk_in').length,
      pending: registrations.filter((registration) => registration.status === 'pending').length,
      answers,
      averageSatisfaction: answers.length
        ? Math.round((answers.reduce((sum, answer) => sum + answer.satisfaction, 0) / answers.length) * 10) / 10
        : null,
    };
  }

  /** An enterprise's survey answers, newest first. */
  async answersOf(enterpriseId: number): Promise<SurveyAnswer[]> {
    const guests = await this.dataSource.manager.find(Registration, { where: { enterpriseId }, select: { id: true } });
    if (!guests.length) return [];
    return this.dataSource.manager.find(SurveyAnswer, {
      where: { registrationId: In(guests.map((guest) => guest.id)) },
      order: { answeredAt: 'DESC' },
    });
  }

  private async editableMeeting(meetingId: number, actor: Actor): Promise<Meeting> {
    const meeting = await this.meetings.findOne(meetingId);
    if (
      !canOnRecord(actor, 'meetings', 'update', rowFactsOf('meetings', meeting as unknown as Record<string, unknown>))
    ) {
      throw forbidden(
        msg('security.roleMayNotOnRecord', {
          role: vocabularyLabel('roles', actor.role),
          action: 'update',
          noun: msg('nouns.meeting'),
        }),
      );
    }
    return meeting as Meeting;
  }

  // ---- the public's side ---------------------------------------------------------------------

  /** The public face behind a token: the meeting's title, times and place, and when the link closes. */
  async face(kind: PublicLinkKind, token: string, address: string): Promise<PublicFace> {
    const link = await this.links.enter(kind, token, address, false);
    const meeting = link.meetingId
      ? await this.dataSource.manager.findOne(Meeting, {
          where: { id: link.meetingId },
          select: { id: true, title: true, startsAt: true, endsAt: true, location: true },
        })
      : null;
    if (link.meetingId && !meeting) throw new NotFoundException({ message: msg('registrations.noLink') });
    return {
      title: meeting?.title ?? null,
      startsAt: meeting?.startsAt.toISOString() ?? null,
      endsAt: meeting?.endsAt?.toISOString() ?? null,
      location: meeting?.location ?? null,
      closesAt: link.closesAt.toISOString(),
    };
  }

  /**
   * A guest's registration (or a sign-up): pending in the queue, with a code for the door. The same
   * person (name and phone) sending again gets the same code; the honeypot gets a code and nothing stored.
   */
  async register(
    kind: 'registration' | 'signup',
    token: string,
    body: RegistrationBody | SignupBody,
    address: string,
  ): Promise<{ code: string }> {
    const link = await this.links.enter(kind, token, address, true);
    if (body.website) return { code: this.newCode() };
    return this.writes.transaction(async (manager) => {
      const same = await this.samePerson(manager, link, body);
      if (same) return { code: same.code };
      if (link.capacity !== null) {
        const taken = await manager.count(Registration, {
          where: { meetingId: link.meetingId ?? IsNull(), source: 'registration', status: Not('refused') },
        });
        if (taken >= link.capacity) throw conflict(msg('registrations.full'));
      }
      const registration = await this.create(manager, link, kind === 'signup' ? 'signup' : 'registration', body, null);
      if (link.meetingId)
        await this.notifications.meetingArrival(manager, {
          meetingId: link.meetingId,
          what: 'registration',
          key: `registration:${registration.id}`,
          from: `${registration.organisation} ${registration.name}`,
        });
      return { code: registration.code };
    });
  }

  /**
   * At the door: a registered guest by code or phone is marked present (200); a walk-in's whole
   * registration body registers and marks them at once (201). An unknown code or phone is a 404.
   */
  async checkIn(
    token: string,
    body: CheckInBody,
    address: string,
  ): Promise<{ status: HttpStatus; answer: { name: string; organisation: string; code?: string } }> {
    const link = await this.links.enter('check_in', token, address, true);
    const walkIn = body.organisation !== undefined || body.name !== undefined;
    if (walkIn) {
      const missing = Object.fromEntries(
        (['organisation', 'name', 'phone'] as const)
          .filter((field) => !body[field]?.trim())
          .map((field) => [field, msg('validation.notEmpty')]),
      );
      if (Object.keys(missing).length) throw fieldErrors(missing);
      if (body.website)
        return {
          status: HttpStatus.CREATED,
          answer: { name: body.name!, organisation: body.organisation!, code: this.newCode() },
        };
      return this.writes.transaction(async (manager) => {
        const registration =
          (await this.samePerson(manager, link, body as RegistrationBody)) ??
          (await this.create(manager, link, 'walk_in', body as RegistrationBody, this.clock.now()));
        if (registration.source === 'walk_in')
          await this.notifications.meetingArrival(manager, {
            meetingId: link.meetingId!,
            what: 'walkIn',
            key: `registration:${registration.id}`,
            from: `${registration.organisation} ${registration.name}`,
          });
        if (!registration.presentAt)
          await this.registrations.updateIn(
            manager,
            'update',
            registration.id,
            changes(registration, { presentAt: this.clock.now() }),
            null,
          );
        return {
          status: HttpStatus.CREATED,
          answer: { name: registration.name, organisation: registration.organisation, code: registration.code },
        };
      });
    }
    if (!body.code && !body.phone)
      throw fieldErrors({ code: msg('registrations.codeOrPhone'), phone: msg('registrations.codeOrPhone') });
    if (body.website) throw new NotFoundException({ message: msg('registrations.unknownGuest') });
    return this.writes.transaction(async (manager) => {
      const registration = await this.guestOf(manager, link.meetingId!, body);
      if (!registration.presentAt)
        await this.registrations.updateIn(
          manager,
          'update',
          registration.id,
          changes(registration, { presentAt: this.clock.now() }),
          null,
        );
      return { status: HttpStatus.OK, answer: { name: registration.name, organisation: registration.organisation } };
    });
  }

  /**
   * A survey answer: one per guest (by code or phone) or per anonymous body and address, so a second
   * sending replaces the first; each kind wanted becomes one follow-up task, never a second one.
   */
  async answer(token: string, body: SurveyBody, address: string): Promise<{ received: true }> {
    const link = await this.links.enter('survey', token, address, true);
    if (body.website) return { received: true };
    const meetingId = link.meetingId!;
    await this.writes.transaction(async (manager) => {
      const guest = body.code || body.phone ? await this.guestOf(manager, meetingId, body) : null;
      const answerKey = guest ? `r:${guest.id}` : `a:${sha256(`${address}\u0000${JSON.stringify(body)}`)}`;
      const now = this.clock.now();
      const values = {
        satisfaction: body.satisfaction,
        wants: (body.wants ?? []).map((want) => ({
          kind: want.kind,
          count: want.count ?? null,
          majors: want.majors ?? [],
        })),
        contactPerson: body.contactPerson ?? null,
        note: body.note ?? null,
        answeredAt: now,
      };
      const existing = await manager.findOne(SurveyAnswer, { where: { meetingId, answerKey } });
      const answer = existing
        ? manager.merge(SurveyAnswer, existing, values)
        : manager.create(SurveyAnswer, {
            ...values,
            meetingId,
            answerKey,
            registrationId: guest?.id ?? null,
            taskIds: {},
          });
      // eslint-disable-next-line no-restricted-syntax -- a survey answer belongs to its registration (audited there) and is no resource of its own
      const saved = await manager.save(answer);
      await this.notifications.meetingArrival(manager, {
        meetingId,
        what: 'survey',
        key: `survey:${saved.id}`,
        from: guest ? `${guest.organisation} ${guest.name}` : (body.contactPerson ?? '—'),
      });
      const meeting = await manager.findOneOrFail(Meeting, {
        where: { id: meetingId },
        select: { id: true, chairId: true },
      });
      // the guest's enterprise once accepted (and not since deleted), whose owner follows it up
      const enterprise = guest?.enterpriseId
        ? await manager.findOne(Enterprise, { where: { id: guest.enterpriseId }, select: { id: true, ownerId: true } })
        : null;
      const enterpriseId = enterprise?.id ?? null;
      const owner = enterprise?.ownerId ?? null;
      const taskIds = { ...saved.taskIds };
      for (const want of saved.wants) {
        if (taskIds[want.kind]) continue;
        const who = guest?.organisation ?? body.contactPerson ?? '—';
        const task = await this.tasks.createIn(
          manager,
          {
            title: `${OUTCOME_KIND_LABELS[want.kind]['zh-CN']}${want.count ? `（${want.count}）` : ''}：${who}`.slice(
              0,
              300,
            ),
            meetingId,
            enterpriseId,
            assigneeId: owner ?? meeting.chairId,
            dueDate: addDays(this.clock.today(), FOLLOW_UP_DAYS),
            notes: [want.majors?.length ? want.majors.join('、') : null, body.note].filter(Boolean).join('\n') || null,
          },
          null,
        );
        taskIds[want.kind] = (task as { id: number }).id;
      }
      if (Object.keys(taskIds).length !== Object.keys(saved.taskIds).length)
        // eslint-disable-next-line no-restricted-syntax -- a survey answer belongs to its registration (audited there) and is no resource of its own
        await manager.update(SurveyAnswer, saved.id, { taskIds });
    });
    return { received: true };
  }

  /** A registration of the meeting by its code or its phone number, or 404 (which says nothing of who else is registered). */
  private async guestOf(
    manager: EntityManager,
    meetingId: number,
    body: { code?: string; phone?: string },
  ): Promise<Registration> {
    const guests = await manager.find(Registration, {
      where: { meetingId, status: Not('refused') },
      order: { id: 'ASC' },
    });
    const code = body.code ? normaliseRegistrationCode(body.code) : null;
    const phone = body.phone ? phoneKey(body.phone) : null;
    const guest = guests.find((candidate) =>
      code ? candidate.code === code : phone !== '' && phoneKey(candidate.phone) === phone,
    );
    if (!guest) throw new NotFoundException({ message: msg('registrations.unknownGuest') });
    return guest;
  }

  /** The same person (name and phone) already registered through this link's meeting, or sign-up. */
  private async samePerson(
    manager: EntityManager,
    link: PublicLink,
    body: RegistrationBody,
  ): Promise<Registration | null> {
    const phone = phoneKey(body.phone);
    if (!phone) return null;
    const registered = await manager.find(Registration, {
      where: { meetingId: link.meetingId ?? IsNull(), status: 'pending' },
    });
    return (
      registered.find(
        (candidate) =>
          phoneKey(candidate.phone) === phone && personNameKey(candidate.name) === personNameKey(body.name),
      ) ?? null
    );
  }

  private async create(
    manager: EntityManager,
    link: PublicLink,
    source: RegistrationSource,
    body: RegistrationBody & { city?: string | null; industry?: string | null },
    presentAt: Date | null,
  ): Promise<Registration> {
    const uscc = body.uscc ? normaliseUscc(body.uscc) : null;
    const values = {
      organisation: body.organisation.trim(),
      uscc,
      name: body.name.trim(),
      title: body.title ?? null,
      phone: body.phone.trim(),
      email: body.email ?? null,
      wechat: body.wechat ?? null,
      attendees: body.attendees ?? null,
      positionsOffered: body.positionsOffered ?? null,
      internsWanted: body.internsWanted ?? null,
      majors: body.majors ?? [],
      interests: body.interests ?? [],
      city: link.kind === 'signup' ? (body.city ?? null) : null,
      industry: link.kind === 'signup' ? (body.industry ?? null) : null,
    };
    let code = this.newCode();
    while (await manager.exists(Registration, { where: { meetingId: link.meetingId ?? IsNull(), code } }))
      code = this.newCode();
    const match = await this.registrations.matchOf(manager, values);
    return this.registrations.createIn(
      manager,
      { ...values, meetingId: link.meetingId, source, status: 'pending', code, match, presentAt },
      null,
    );
  }

  private newCode(): string {
    return Array.from(
      { length: REGISTRATION_CODE_LENGTH },
      () => REGISTRATION_CODE_ALPHABET[randomInt(REGISTRATION_CODE_ALPHABET.length)],
    ).join('');
  }
}
