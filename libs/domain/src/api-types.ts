import type { Locale } from './locale';
import type { HealthSignal } from './relationship';
import type {
  AuditAction,
  ChamberKind,
  ContactPermission,
  EnterpriseSize,
  MeetingKind,
  OutcomeKind,
  OutcomeStage,
  Ownership,
  RelationshipStage,
  Renewal,
  Role,
  Term,
  Tier,
  UnitKind,
} from './vocabulary';

/**
 * The contract's error body: one readable sentence, and what is wrong per field where there is a
 * field; with a 409 on a stale version, `current` is the record as it is now.
 */
export interface ApiError {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
  current?: unknown;
  /** With a 409 on a unique value (a USCC), the record that already has it, for the client to link to. */
  existing?: { resource: string; id: number; name: string };
  /** With a bulk write refused (an import's commit), the row of the sheet that was refused: nothing of the write is kept. */
  row?: number;
  /** With a 403 to an account whose password someone else chose: nothing answers until it is changed. */
  mustChangePassword?: true;
}

/**
 * The records as the API sends them. Checked against the OpenAPI document the built server
 * publishes and against the records it sends (test/browser/wire-types.e2e-spec.ts): a field added
 * to an entity and not here, or the reverse, fails that test.
 */

/** What every stored record carries; dates of bookkeeping are ISO 8601 UTC strings on the wire. */
export interface TrackedRecord {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface Chamber extends TrackedRecord {
  name: string;
  kind: ChamberKind;
  city: string | null;
  address: string | null;
  website: string | null;
  ownerId: number | null;
  notes: string | null;
  memberCount: number;
  outcomeCount: number;
}

export interface Enterprise extends TrackedRecord {
  name: string;
  uscc: string | null;
  aliases: string[];
  industry: string | null;
  ownership: Ownership | null;
  size: EnterpriseSize | null;
  city: string | null;
  address: string | null;
  website: string | null;
  tier: Tier;
  ownerId: number | null;
  notes: string | null;
  relationshipStage: RelationshipStage;
  lastContactDate: string | null;
  health: HealthSignal;
}

export interface Membership extends TrackedRecord {
  enterpriseId: number;
  chamberId: number;
  role: string | null;
  since: string | null;
}

export interface Contact extends TrackedRecord {
  name: string;
  title: string | null;
  enterpriseId: number | null;
  chamberId: number | null;
  phone: string | null;
  email: string | null;
  wechat: string | null;
  permission: ContactPermission;
  notes: string | null;
}

export interface Unit extends TrackedRecord {
  name: string;
  kind: UnitKind;
  code: string | null;
  notes: string | null;
  /** The unit's WeChat Work group robot; its tasks and agreements are posted there. */
  wecomWebhook: string | null;
}

/** A 访企拓岗 visits campaign: the visits made between its days (China time, both included) count. */
export interface Campaign extends TrackedRecord {
  name: string;
  startsOn: string;
  endsOn: string;
  notes: string | null;
}

/** A leader's quota in a campaign: distinct enterprises to visit. */
export interface CampaignQuota extends TrackedRecord {
  campaignId: number;
  staffId: number;
  enterprises: number;
  notes: string | null;
}

/** A teacher's practice period in an enterprise (教师企业实践); `unitId` is the teacher's college, kept by the server. */
export interface TeacherPractice extends TrackedRecord {
  staffId: number;
  enterpriseId: number;
  outcomeId: number | null;
  unitId: number | null;
  startsOn: string;
  endsOn: string;
  days: number;
  content: string;
}

export interface Major extends TrackedRecord {
  code: string;
  name: string;
  unitId: number;
}

export interface Staff extends TrackedRecord {
  name: string;
  title: string | null;
  unitId: number | null;
  email: string | null;
  phone: string | null;
  username: string | null;
  role: Role | null;
  active: boolean;
  /** Someone else chose the password: the dashboard asks for a new one. */
  mustChangePassword: boolean;
  /** The interface language the account chose; null follows the browser. */
  locale: Locale | null;
  hasLogin: boolean;
}

export interface Meeting extends TrackedRecord {
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string | null;
  academicYear: string;
  location: string | null;
  chairId: number | null;
  topics: string[];
  minutes: string | null;
  /** The meeting this one follows up (its own follow-ups are `followUpMeetingIds`). */
  followsMeetingId: number | null;
  /** What a visit made to an enterprise (访企拓岗) brought back. */
  positionsOffered: number | null;
  internsWanted: number | null;
  graduatesWanted: number | null;
  staffIds: number[];
  contactIds: number[];
  enterpriseIds: number[];
  chamberIds: number[];
  /** Majors a visit made was about. */
  majorIds: number[];
  followUpMeetingIds: number[];
  outcomeIds: number[];
}

export interface Outcome extends TrackedRecord {
  title: string;
  kind: OutcomeKind;
  stage: OutcomeStage;
  position: number;
  enterpriseId: number;
  chamberId: number | null;
  unitId: number | null;
  ownerId: number | null;
  meetingId: number | null;
  signedDate: string | null;
  startDate: string | null;
  endDate: string | null;
  renewal: Renewal;
  value: number | null;
  capacity: number | null;
  academicYear: string;
  notes: string | null;
  /** The annual report's figures of the outcome, per major. */
  majorId: number | null;
  orderClassStudents: number | null;
  courses: number | null;
  textbooks: number | null;
  partTimeTeachers: number | null;
  donatedEquipmentValue: number | null;
  quasiDonatedEquipmentValue: number | null;
  technicalServiceIncome: number | null;
  trainingPersonDays: number | null;
  trainingProjects: number | null;
  providesAccommodation: boolean | null;
  internshipAllowance: number | null;
  paymentPerStudent: number | null;
}

export interface Intake extends TrackedRecord {
  outcomeId: number;
  academicYear: string;
  term: Term;
  majorId: number;
  positions: number;
  placed: number;
  hired: number;
  notes: string | null;
  /** The annual report's figures of a base's use. */
  studentVisits: number;
  daysInUse: number;
  halfYearInterns: number;
  supervisingTeachers: number;
}

export interface Task extends TrackedRecord {
  title: string;
  dueDate: string | null;
  assigneeId: number | null;
  doneAt: string | null;
  meetingId: number | null;
  enterpriseId: number | null;
  outcomeId: number | null;
  academicYear: string;
  notes: string | null;
  /** Set on a task the system made (a renewal), so that it is made once. */
  renewalKey: string | null;
}

/** A file of a meeting, an outcome or an enterprise (signed agreement, photo, sign-in sheet). */
export interface Attachment extends TrackedRecord {
  resource: string;
  recordId: number;
  name: string;
  /** Bytes. */
  size: number;
  contentType: string;
  sha256: string;
  uploadedById: number | null;
}

/** What an enterprise sent through a public link, pending until the office accepts or refuses it. */
export interface Registration extends TrackedRecord {
  meetingId: number | null;
  source: string;
  status: string;
  code: string;
  organisation: string;
  uscc: string | null;
  name: string;
  title: string | null;
  phone: string;
  email: string | null;
  wechat: string | null;
  attendees: number | null;
  positionsOffered: number | null;
  internsWanted: number | null;
  majors: string[];
  interests: string[];
  city: string | null;
  industry: string | null;
  match: { action: string; enterpriseId?: number; contactId?: number; by?: string };
  presentAt: string | null;
  refusedReason: string | null;
  enterpriseId: number | null;
  contactId: number | null;
}

export interface AuditEvent {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  /** The actor's username: a display name anyone may choose, a username only its owner has. */
  actorUsername: string | null;
  resource: string;
  recordId: number;
  action: AuditAction;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** GET /api/reports/home: the leadership figures, computed on the server in a few grouped queries. */
export interface HomeReport {
  today: string;
  academicYear: string;
  /** The college whose figures these are (`?unitId=`: its outcomes, their partners and meetings, its tasks), or null for the whole school. */
  unitId: number | null;
  /** No enterprise, chamber or meeting yet: the dashboard shows how to start instead. */
  isEmpty: boolean;
  activePartners: number;
  meetingsThisYear: number;
  activeInternshipBases: number;
  internshipCapacity: number;
  expiringAgreements: number;
  /** The window of `expiringAgreements` (CRM_EXPIRY_DAYS). */
  expiryDays: number;
  overdueTasks: number;
  /** Months of the academic year, "2024-09" … "2025-08", with the meetings held in each. */
  meetingsPerMonth: { month: string; meetings: number }[];
  outcomesByKindAndStage: { kind: OutcomeKind; stage: OutcomeStage; count: number }[];
  topChambers: { chamberId: number; name: string; outcomes: number; liveOutcomes: number }[];
  /** What enterprises wanted in the surveys after meetings this academic year: answers per outcome kind, most wanted first. */
  wantsByKind: { kind: OutcomeKind; count: number }[];
}

/** GET /api/reports/internships and /api/reports/intake-totals: internship bases and their use in an academic year. */
export interface Placement {
  positions: number;
  placed: number;
  hired: number;
}

export interface InternshipRow extends Placement {
  outcomeId: number;
  title: string;
  stage: OutcomeStage;
  enterpriseId: number;
  enterpriseName: string;
  unitId: number | null;
  unitName: string | null;
  majors: { id: number; name: string }[];
  capacity: number | null;
  /** placed ÷ capacity, null without a capacity. */
  utilisation: number | null;
  endDate: string | null;
  daysLeft: number | null;
}

export interface IntakeTotals {
  academicYear: string | null;
  total: Placement;
  byTerm: (Placement & { term: Term })[];
  byCollege: (Placement & { unitId: number; name: string })[];
  byMajor: (Placement & { majorId: number; code: string; name: string; unitId: number })[];
}

/** GET /api/reports/stale-partners: partners with no contact since `since` (at most 500 listed; `total` counts all). */
export interface StalePartners {
  months: number;
  since: string;
  total: number;
  partners: StalePartner[];
}

/** GET /api/reports/funnel, /stale-partners, /chambers and /year: leadership's pipeline. */
export interface FunnelStage {
  stage: RelationshipStage;
  count: number;
}

export interface StalePartner {
  enterpriseId: number;
  name: string;
  lastContactDate: string | null;
  daysSilent: number | null;
  ownerId: number | null;
  ownerName: string | null;
}

export interface ChamberAttribution {
  chamberId: number;
  name: string;
  /** Live member enterprises. */
  members: number;
  /** Members that attended any meeting (in the year, when one is asked for). */
  engaged: number;
  /** Members whose relationship stage is partner. */
  partners: number;
  /** Meetings the chamber attended. */
  meetings: number;
  /** Outcomes it brought (its chamberId) or that came out of a meeting it attended, each counted once. */
  outcomes: number;
  /** Of those, the ones signed and in force (stage signed or active). */
  signed: number;
}

export interface YearFigures {
  academicYear: string;
  meetings: number;
  meetingsByKind: Record<MeetingKind, number>;
  enterprisesMet: number;
  outcomes: number;
  outcomesByKind: Record<OutcomeKind, number>;
  agreementsSigned: number;
  positions: number;
  placed: number;
  hired: number;
  /** What visits made to enterprises (访企拓岗) brought back: positions offered, interns and graduates wanted. */
  visits: { positionsOffered: number; internsWanted: number; graduatesWanted: number };
}

/** One hit of the search box (GET /api/search): a record of a resource, its title and a line about it. */
export interface SearchResult {
  resource: string;
  id: number;
  title: string;
  /** Where the text was found when not in the title (an alias, the minutes), else what tells the record apart (city, organisation, day). */
  snippet: string;
}

/** The 访企拓岗 figures of one person, one unit or the whole campaign, with the records behind each. */
export interface CampaignFigures {
  /** Distinct enterprises to visit; null where no quota was set. */
  quota: number | null;
  visits: number;
  /** Distinct enterprises visited. */
  enterprises: number;
  /** Summed over the visits (a visit two leaders made counts once in a unit's and the total's figures). */
  positions: number;
  internsWanted: number;
  graduatesWanted: number;
  /** Outcomes with a visited enterprise signed on or after the first visit to it. */
  outcomesAfter: number;
  /** enterprises ÷ quota; null without a quota. */
  done: number | null;
  /** The visits (meetings), the enterprises and the outcomes behind the figures. */
  meetingIds: number[];
  enterpriseIds: number[];
  outcomeIds: number[];
}

/** GET /api/reports/campaign?campaignId=N: per person (school attendees and chairs of the visits, and everyone with a quota), per unit, in total. */
export interface CampaignReport {
  campaign: { id: number; name: string; startsOn: string; endsOn: string };
  rows: (CampaignFigures & { staffId: number; name: string; unitId: number | null })[];
  units: (CampaignFigures & { unitId: number | null; name: string | null })[];
  totals: CampaignFigures;
}

/** The ministry's figures of the campaign sheet, in its order (the xlsx columns and the dashboard's table). */
export const CAMPAIGN_FIGURES = ['visits', 'enterprises', 'positions', 'internsWanted', 'graduatesWanted', 'outcomesAfter'] as const satisfies readonly (keyof CampaignFigures)[];
