import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import type { MeetingKind } from '@crm/domain';
import { TrackedEntity } from '../common/tracked.entity';
import { Chamber } from '../chambers/chamber.entity';
import { Contact } from '../contacts/contact.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Major } from '../majors/major.entity';
import { Staff } from '../staff/staff.entity';
import { CountedAs, RecordNouns } from '../common/relations';

@Entity('meetings')
@RecordNouns({ one: 'meeting', many: 'meetings' })
// Live meetings of an academic year in time order: "this year" figures and meetings per month.
@Index('IDX_meetings_year_live', ['academicYear', 'startsAt'], { where: '"deletedAt" IS NULL' })
// The dashboard's filters of this list, each with the list's default sort, on live rows: a page and its total from the index (issue 12).
@Index('IDX_meetings_list_kind', ['kind', 'startsAt'], { where: '"deletedAt" IS NULL' })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_meetings_live_sort', ['startsAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_meetings_live_title', ['title', 'startsAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_meetings_live_kind', ['kind', 'startsAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_meetings_live_academic_year', ['academicYear', 'startsAt', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
@Index('IDX_meetings_live_location', ['location', 'startsAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_meetings_live_chair_id', ['chairId', 'startsAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_meetings_live_follows_meeting_id', ['followsMeetingId', 'startsAt', 'id', 'deletedAt'], {
  where: '"deletedAt" IS NULL',
})
export class Meeting extends TrackedEntity {
  @Index()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  kind: MeetingKind;

  @Index()
  @Column({ type: 'datetime' })
  startsAt: Date;

  @Column({ type: 'datetime', nullable: true })
  endsAt: Date | null;

  /** Derived from startsAt: "2023-2024". */
  @Column({ type: 'varchar', length: 9 })
  academicYear: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  chairId: number | null;

  @ManyToOne(() => Staff, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'chairId' })
  @CountedAs('meetingsChaired')
  chair?: Relation<Staff>;

  @Column({ type: 'simple-json', default: '[]' })
  topics: string[];

  /** Markdown. */
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  /** The meeting this one follows up, if any (its follow-ups are read back as followUpMeetingIds). */
  @Index()
  @Column({ type: 'integer', nullable: true })
  followsMeetingId: number | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'followsMeetingId' })
  @CountedAs('followUpMeetings')
  followsMeeting?: Relation<Meeting>;

  // What a visit made to an enterprise (访企拓岗) brings back for the Employment Office; the majors it
  // needs are the link table meeting_majors.
  @Column({ type: 'integer', nullable: true })
  positionsOffered: number | null;

  @Column({ type: 'integer', nullable: true })
  internsWanted: number | null;

  @Column({ type: 'integer', nullable: true })
  graduatesWanted: number | null;
}

/*
 * Who and what was at a meeting. Plain link tables with a composite key, written in the meeting's
 * transaction; loaded for a whole page of meetings in one query per table.
 */
@Entity('meeting_staff')
export class MeetingStaff {
  @PrimaryColumn({ type: 'integer' }) meetingId: number;
  @Index() @PrimaryColumn({ type: 'integer' }) staffId: number;
  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'meetingId' }) meeting?: Relation<Meeting>;
  @ManyToOne(() => Staff, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staffId' })
  @CountedAs('meetingAttendances')
  staff?: Relation<Staff>;
}

@Entity('meeting_contacts')
export class MeetingContact {
  @PrimaryColumn({ type: 'integer' }) meetingId: number;
  @Index() @PrimaryColumn({ type: 'integer' }) contactId: number;
  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'meetingId' }) meeting?: Relation<Meeting>;
  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'contactId' }) contact?: Relation<Contact>;
}

@Entity('meeting_enterprises')
export class MeetingEnterprise {
  @PrimaryColumn({ type: 'integer' }) meetingId: number;
  @Index() @PrimaryColumn({ type: 'integer' }) enterpriseId: number;
  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'meetingId' }) meeting?: Relation<Meeting>;
  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Relation<Enterprise>;
}

@Entity('meeting_chambers')
export class MeetingChamber {
  @PrimaryColumn({ type: 'integer' }) meetingId: number;
  @Index() @PrimaryColumn({ type: 'integer' }) chamberId: number;
  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'meetingId' }) meeting?: Relation<Meeting>;
  @ManyToOne(() => Chamber, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'chamberId' }) chamber?: Relation<Chamber>;
}

@Entity('meeting_majors')
export class MeetingMajor {
  @PrimaryColumn({ type: 'integer' }) meetingId: number;
  @Index() @PrimaryColumn({ type: 'integer' }) majorId: number;
  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'meetingId' }) meeting?: Relation<Meeting>;
  @ManyToOne(() => Major, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'majorId' }) major?: Relation<Major>;
}
