import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type {
  PublicLinkKind,
  RegistrationMatch,
  RegistrationSource,
  RegistrationStatus,
  SurveyWant,
} from '@crm/domain';
import { RecordNouns } from '../common/relations';
import { TrackedEntity } from '../common/tracked.entity';
import { Meeting } from '../meetings/meeting.entity';

/**
 * A public link: a meeting's registration, its door, its survey, or the standing sign-up. Its token
 * is never stored: it is derived from the server's secret and this row's nonce (as a calendar link's),
 * so the meeting page can show it again; only its SHA-256 is kept to find the row. Closing it sets
 * `revokedAt`; a new one of the same kind for the same meeting replaces it.
 */
@Entity('public_links')
@Index('IDX_public_links_meeting', ['meetingId', 'kind'])
export class PublicLink {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  kind: PublicLinkKind;

  @Column({ type: 'integer', nullable: true })
  meetingId: number | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Relation<Meeting>;

  @Column({ type: 'varchar', length: 64 })
  nonce: string;

  @Index('UQ_public_links_token', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** When the link stops answering (404): registration closes, the door shuts, the survey ends. */
  @Column({ type: 'datetime' })
  closesAt: Date;

  /** How many registrations the link takes; null: no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;
}

/**
 * What an enterprise sent through a public link, pending until an office user accepts it into
 * records (an enterprise, its contact, the meeting's attendance) or refuses it. Nothing of it
 * reaches another table before that. Its ids of a meeting, an enterprise and a contact are history
 * (where it came in, what it became), not foreign keys: a registration never holds a record back
 * from the trash or a merge.
 */
@Entity('registrations')
@RecordNouns({ one: 'registration', many: 'registrations' })
@Index('IDX_registrations_meeting', ['meetingId', 'status'])
// a guest's code, unique among the meeting's registrations (a sign-up has no meeting and no door)
@Index('UQ_registrations_code', ['meetingId', 'code'], { unique: true })
// Issue 24: the list's default sort and each of its filters with it, on live rows: the page in the index's order, the total from the index alone.
@Index('IDX_registrations_live_meeting_id', ['meetingId', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_registrations_live_status', ['status', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_registrations_live_source', ['source', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_registrations_live_organisation', ['organisation', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_registrations_live_name', ['name', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_registrations_live_present_at', ['presentAt', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_registrations_live_enterprise_id', ['enterpriseId', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_registrations_live_contact_id', ['contactId', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
@Index('IDX_registrations_live_code', ['code', 'id', 'deletedAt'], { where: '"deletedAt" IS NULL' })
export class Registration extends TrackedEntity {
  @Column({ type: 'integer', nullable: true })
  meetingId: number | null;

  @Column({ type: 'varchar', length: 20 })
  source: RegistrationSource;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: RegistrationStatus;

  @Column({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  organisation: string;

  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 40 })
  phone: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  wechat: string | null;

  /** How many people the enterprise brings. */
  @Column({ type: 'integer', nullable: true })
  attendees: number | null;

  @Column({ type: 'integer', nullable: true })
  positionsOffered: number | null;

  @Column({ type: 'integer', nullable: true })
  internsWanted: number | null;

  @Column({ type: 'simple-json', default: '[]' })
  majors: string[];

  /** Outcome kinds the enterprise is interested in. */
  @Column({ type: 'simple-json', default: '[]' })
  interests: string[];

  @Column({ type: 'varchar', length: 60, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  industry: string | null;

  /** What an acceptance would do, as matched when it came in (worked out again at acceptance). */
  @Column({ type: 'simple-json' })
  match: RegistrationMatch;

  /** When the guest signed in at the door; null: not (yet) present. */
  @Column({ type: 'datetime', nullable: true })
  presentAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  refusedReason: string | null;

  /** The records an acceptance created or linked. */
  @Index('IDX_registrations_enterprise')
  @Column({ type: 'integer', nullable: true })
  enterpriseId: number | null;

  @Column({ type: 'integer', nullable: true })
  contactId: number | null;
}

/**
 * One answer to a meeting's survey. `answerKey` makes an answer sent twice one answer: the
 * registration that answered, or for an anonymous answer the hash of its address and body.
 */
@Entity('survey_answers')
@Index('UQ_survey_answers_key', ['meetingId', 'answerKey'], { unique: true })
export class SurveyAnswer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  meetingId: number;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: Relation<Meeting>;

  @Column({ type: 'varchar', length: 80 })
  answerKey: string;

  /** The guest who answered (by code or phone); null for an anonymous answer. The enterprise is the registration's, once accepted. */
  @Index('IDX_survey_answers_registration')
  @Column({ type: 'integer', nullable: true })
  registrationId: number | null;

  @Column({ type: 'integer' })
  satisfaction: number;

  @Column({ type: 'simple-json', default: '[]' })
  wants: SurveyWant[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  contactPerson: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  /** The follow-up task made for each kind wanted: a second sending makes none for a kind already tasked. */
  @Column({ type: 'simple-json', default: '{}' })
  taskIds: Record<string, number>;

  @Column({ type: 'datetime' })
  answeredAt: Date;
}

/**
 * One request to a public link, kept for the throttle's window: in the database, so every instance
 * of the server counts the same requests. `scope` is what is counted: a kind, the link and the address.
 */
@Entity('public_hits')
@Index('IDX_public_hits_scope', ['scope', 'at'])
@Index('IDX_public_hits_at', ['at'])
export class PublicHit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 120 })
  scope: string;

  @Column({ type: 'datetime' })
  at: Date;
}
