import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { normaliseUscc, phoneKey, type AcceptanceReport, type RegistrationMatch } from '@crm/domain';
import type { Actor } from '../common/actor';
import { CrudDependencies, CrudService } from '../common/crud.service';
import { conflict, notFound } from '../common/errors';
import { msg } from '../common/i18n';
import { ListSpec } from '../common/list-query';
import { Contact } from '../contacts/contact.entity';
import { ContactsService } from '../contacts/contacts.service';
import { TwinKey } from '../duplicates/twin-key.entity';
import { enterpriseKeys } from '../duplicates/twin-keys';
import { Enterprise } from '../enterprises/enterprise.entity';
import { EnterprisesService } from '../enterprises/enterprises.service';
import { Meeting, MeetingContact, MeetingEnterprise } from '../meetings/meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { Registration } from './registration.entity';

/**
 * The review queue: what the public sent, matched the way imports match, and accepted into records
 * only by an office user, through the services' own create and update (validation, permission
 * table, references, derived fields, audit, listeners), in one transaction.
 */
@Injectable()
export class RegistrationsService extends CrudService<Registration> {
  readonly resource = 'registrations';
  protected readonly spec: ListSpec = {
    fields: {
      meetingId: 'id',
      status: 'string',
      source: 'string',
      organisation: 'string',
      name: 'string',
      presentAt: 'datetime',
      enterpriseId: 'id',
      contactId: 'id',
      code: 'string',
    },
    search: ['organisation', 'name'],
    defaultSort: ['id', 'DESC'],
  };

  constructor(
    dependencies: CrudDependencies,
    private readonly enterprises: EnterprisesService,
    private readonly contacts: ContactsService,
    private readonly meetings: MeetingsService,
  ) {
    super(Registration, dependencies);
  }

  /**
   * How an organisation and a person would be taken into records, as the import matches: the code
   * first, then the name and the aliases as `organisationNameKey` compares them (through the twin
   * keys every enterprise write keeps); the contact by phone within the enterprise found. Two
   * enterprises by name, or one whose stored code differs from the one sent, is a conflict for a
   * person to settle.
   */
  async matchOf(
    manager: EntityManager,
    values: { organisation: string; uscc?: string | null; phone: string },
  ): Promise<RegistrationMatch> {
    const keys = enterpriseKeys({ name: values.organisation, uscc: values.uscc });
    if (!keys.length) return { action: 'create' };
    const found = await manager.find(TwinKey, {
      where: { resource: 'enterprises', key: In(keys.map((keyed) => keyed.key)) },
    });
    const byCode = found.find((row) => row.key.startsWith('u:'));
    let enterpriseId: number | undefined;
    let by: RegistrationMatch['by'];
    if (byCode) {
      enterpriseId = byCode.recordId;
      by = 'uscc';
    } else {
      const named = [...new Set(found.map((row) => row.recordId))];
      if (named.length > 1) return { action: 'conflict' };
      if (named.length === 0) return { action: 'create' };
      enterpriseId = named[0];
      by = found[0].reason === 'alias' ? 'alias' : 'name';
      if (values.uscc) {
        const stored = await manager.findOne(Enterprise, {
          where: { id: enterpriseId },
          select: { id: true, uscc: true },
        });
        if (stored?.uscc && stored.uscc !== normaliseUscc(values.uscc)) return { action: 'conflict', enterpriseId };
      }
    }
    const phone = phoneKey(values.phone);
    const reached = phone ? await manager.find(TwinKey, { where: { resource: 'contacts', key: `p:${phone}` } }) : [];
    const contact = reached.length
      ? await manager.findOne(Contact, {
          where: { id: In(reached.map((row) => row.recordId)), enterpriseId },
          order: { id: 'ASC' },
          select: { id: true },
        })
      : null;
    return { action: 'match', enterpriseId, by, ...(contact ? { contactId: contact.id } : {}) };
  }

  /** Accepts one registration (a sign-up, or a meeting's guest, then also the meeting's attendance). */
  async accept(id: number, actor: Actor): Promise<Registration> {
    return this.writes.transaction(async (manager) => {
      const registration = await this.pending(manager, id);
      const report = emptyReport();
      const accepted = await this.acceptIn(manager, registration, actor, report);
      if (accepted.meetingId) await this.attend(manager, accepted.meetingId, report, actor);
      return accepted;
    });
  }

  /** Accepts every pending registration of a meeting (or those present at the door) at once; conflicts stay pending. */
  async acceptAll(meetingId: number, present: boolean, actor: Actor): Promise<AcceptanceReport> {
    await this.meetings.findOne(meetingId);
    return this.writes.transaction(async (manager) => {
      const pending = await manager.find(Registration, {
        where: { meetingId, status: 'pending' },
        order: { id: 'ASC' },
      });
      const report = emptyReport();
      for (const registration of pending) {
        if (present && !registration.presentAt) continue;
        const match = await this.matchOf(manager, registration);
        if (match.action === 'conflict') {
          report.conflicts.push(registration.id);
          continue;
        }
        await this.acceptIn(manager, registration, actor, report, match);
      }
      await this.attend(manager, meetingId, report, actor);
      return report;
    });
  }

  async refuse(id: number, reason: string, actor: Actor): Promise<Registration> {
    return this.writes.transaction(async (manager) => {
      const registration = await this.pending(manager, id);
      return this.updateIn(
        manager,
        'update',
        id,
        changes(registration, { status: 'refused', refusedReason: reason }),
        actor,
      );
    });
  }

  private async pending(manager: EntityManager, id: number): Promise<Registration> {
    const registration = await manager.findOne(Registration, { where: { id }, lock: this.writes.lock });
    if (!registration) throw notFound('registration', id);
    if (registration.status !== 'pending')
      throw conflict(msg('registrations.notPending', { status: registration.status }));
    return registration;
  }

  /**
   * The enterprise and the contact, created through their services or found, and the registration
   * marked accepted with them: its audit event names what it became, theirs the same transaction.
   */
  private async acceptIn(
    manager: EntityManager,
    registration: Registration,
    actor: Actor,
    report: AcceptanceReport,
    known?: RegistrationMatch,
  ): Promise<Registration> {
    const match = known ?? (await this.matchOf(manager, registration));
    if (match.action === 'conflict')
      throw conflict(msg('registrations.conflict', { organisation: registration.organisation }));
    let enterpriseId = match.enterpriseId;
    if (enterpriseId) report.matched.enterprises.push(enterpriseId);
    else {
      const { uscc, city, industry } = registration;
      enterpriseId = (
        await this.enterprises.createIn(
          manager,
          { name: registration.organisation, uscc: uscc ? normaliseUscc(uscc) : null, city, industry },
          actor,
        )
      ).id;
      report.created.enterprises.push(enterpriseId);
    }
    let contactId = match.contactId;
    if (contactId) report.matched.contacts.push(contactId);
    else {
      const { name, title, phone, email, wechat } = registration;
      contactId = (await this.contacts.createIn(manager, { name, title, phone, email, wechat, enterpriseId }, actor))
        .id;
      report.created.contacts.push(contactId);
    }
    report.accepted.push(registration.id);
    return this.updateIn(
      manager,
      'update',
      registration.id,
      changes(registration, {
        status: 'accepted',
        enterpriseId,
        contactId,
        match: { ...match, enterpriseId, contactId },
      }),
      actor,
    );
  }

  /** The meeting's organisations and guests with those just accepted: one update of the meeting, through its service. */
  private async attend(
    manager: EntityManager,
    meetingId: number,
    report: AcceptanceReport,
    actor: Actor,
  ): Promise<void> {
    const enterpriseIds = [...report.created.enterprises, ...report.matched.enterprises];
    const contactIds = [...report.created.contacts, ...report.matched.contacts];
    if (!enterpriseIds.length) return;
    const meeting = await manager.findOneOrFail(Meeting, {
      where: { id: meetingId },
      select: { id: true, version: true },
    });
    const present = async (
      table: typeof MeetingEnterprise | typeof MeetingContact,
      column: 'enterpriseId' | 'contactId',
    ) =>
      (await manager.find(table, { where: { meetingId } })).map(
        (row) => (row as unknown as Record<string, number>)[column],
      );
    const enterprisesBefore = await present(MeetingEnterprise, 'enterpriseId');
    const contactsBefore = await present(MeetingContact, 'contactId');
    const union = (before: number[], added: number[]) => [...new Set([...before, ...added])];
    if (
      enterpriseIds.every((id) => enterprisesBefore.includes(id)) &&
      contactIds.every((id) => contactsBefore.includes(id))
    )
      return;
    const attendance = {
      version: meeting.version,
      enterpriseIds: union(enterprisesBefore, enterpriseIds),
      contactIds: union(contactsBefore, contactIds),
    };
    await this.meetings.updateIn(manager, 'update', meetingId, attendance, actor);
  }
}

function emptyReport(): AcceptanceReport {
  return {
    accepted: [],
    created: { enterprises: [], contacts: [] },
    matched: { enterprises: [], contacts: [] },
    conflicts: [],
  };
}

/** An update of a registration at the version read: what the service's own update path takes. */
export function changes(
  registration: Registration,
  values: Partial<Registration>,
): Partial<Registration> & { version: number } {
  return { ...values, version: registration.version };
}
