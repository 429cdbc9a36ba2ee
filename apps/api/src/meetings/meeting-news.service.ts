import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Outcome as OutcomeRecord, Task as TaskRecord } from '@crm/domain';
import { Chamber } from '../chambers/chamber.entity';
import { notFound } from '../common/errors';
import { Contact } from '../contacts/contact.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Staff } from '../staff/staff.entity';
import { Meeting, MeetingChamber, MeetingContact, MeetingEnterprise, MeetingStaff } from './meeting.entity';
import { NewsDraft, newsDraft, NewsFacts, NewsLocale, NewsPerson } from './meeting-news';

/** Gathers what a news draft says about a meeting from its record, in a fixed number of queries. */
@Injectable()
export class MeetingNewsService {
  constructor(private readonly dataSource: DataSource) {}

  async draft(meetingId: number, locale: NewsLocale): Promise<NewsDraft> {
    return newsDraft(await this.facts(meetingId), locale);
  }

  async facts(meetingId: number): Promise<NewsFacts> {
    const manager = this.dataSource.manager;
    const meeting = await manager.findOne(Meeting, { where: { id: meetingId } });
    if (!meeting) throw notFound('meeting', meetingId);
    const ids = async <T extends object>(table: new () => T, column: keyof T) =>
      (await manager.find(table, { where: { meetingId } as never })).map((row) => row[column] as unknown as number);
    const [chamberIds, enterpriseIds, contactIds, staffIds] = [
      await ids(MeetingChamber, 'chamberId'),
      await ids(MeetingEnterprise, 'enterpriseId'),
      await ids(MeetingContact, 'contactId'),
      await ids(MeetingStaff, 'staffId'),
    ];
    const chambers = await manager.find(Chamber, { where: { id: In(chamberIds) }, order: { name: 'ASC' } });
    const enterprises = await manager.find(Enterprise, { where: { id: In(enterpriseIds) }, order: { name: 'ASC' } });
    const contacts = await manager.find(Contact, { where: { id: In(contactIds) }, order: { id: 'ASC' } });
    const staff = await manager.find(Staff, {
      where: { id: In([...staffIds, ...(meeting.chairId ? [meeting.chairId] : [])]) },
      order: { id: 'ASC' },
    });
    // what came of the meeting points at it, read by table name: outcomes and tasks name their meeting, not the reverse
    const outcomes = await manager.find<OutcomeRecord>('outcomes', { where: { meetingId }, order: { id: 'ASC' } });
    const tasks = await manager.find<TaskRecord & { renewalKey: string | null }>('tasks', {
      where: { meetingId },
      order: { dueDate: 'ASC', id: 'ASC' },
    });
    // organisations of contacts and outcome partners that did not attend as such
    const otherEnterprises = [
      ...contacts.map((contact) => contact.enterpriseId),
      ...outcomes.map((outcome) => outcome.enterpriseId),
    ].filter((id): id is number => id !== null && !enterpriseIds.includes(id));
    const otherChambers = contacts
      .map((contact) => contact.chamberId)
      .filter((id): id is number => id !== null && !chamberIds.includes(id));
    const enterpriseName = new Map(
      [
        ...enterprises,
        ...(otherEnterprises.length
          ? await manager.find(Enterprise, { where: { id: In(otherEnterprises) }, withDeleted: true })
          : []),
      ].map((row) => [row.id, row.name]),
    );
    const chamberName = new Map(
      [
        ...chambers,
        ...(otherChambers.length
          ? await manager.find(Chamber, { where: { id: In(otherChambers) }, withDeleted: true })
          : []),
      ].map((row) => [row.id, row.name]),
    );
    const guest = (contact: Contact): NewsPerson => ({
      name: contact.name,
      title: contact.title,
      organisation: contact.chamberId
        ? (chamberName.get(contact.chamberId) ?? null)
        : contact.enterpriseId
          ? (enterpriseName.get(contact.enterpriseId) ?? null)
          : null,
    });
    const host = (person: Staff): NewsPerson => ({ name: person.name, title: person.title, organisation: null });
    const chair = meeting.chairId ? staff.find((person) => person.id === meeting.chairId) : undefined;
    return {
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      location: meeting.location,
      chambers: chambers.map((chamber) => chamber.name),
      enterprises: enterprises.map((enterprise) => enterprise.name),
      // the chamber's own people lead, as a news item names them
      guests: [
        ...contacts.filter((contact) => contact.chamberId),
        ...contacts.filter((contact) => !contact.chamberId),
      ].map(guest),
      hosts: staff.filter((person) => staffIds.includes(person.id)).map(host),
      chair: chair ? host(chair) : null,
      topics: meeting.topics ?? [],
      outcomes: outcomes.map((outcome) => ({
        title: outcome.title,
        kind: outcome.kind,
        enterprise: enterpriseName.get(outcome.enterpriseId) ?? '',
      })),
      followUps: tasks.filter((task) => !task.renewalKey).map((task) => task.title),
    };
  }
}
