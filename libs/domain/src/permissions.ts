import { OutcomeKind, Role, ROLES } from './vocabulary';

/**
 * Who may do what: resource × action → the roles that may, each either on every record (`true`)
 * or only on the records a row rule lets through. The API's guard reads it per route (resource
 * from the controller's path, action from the route's `@Can`), the services apply the row rules
 * to the record, and the dashboard's `authProvider.canAccess` reads the same table to hide what a
 * role cannot use. A new route needs one entry here; a route without one is refused to everyone.
 */
export const ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'restore',
  'purge',
  'move',
  'merge',
  'self',
  'accept',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * Row rules, where a role may act on some records only:
 * - ownCollege: the record's college (`unitId`; an intake's, its outcome's; a teacher practice's, its teacher's) is the account's unit
 * - attended: a meeting the account, or a staff member of its college, attends or chairs
 * - ownTask: a task assigned to the account
 * - employmentKinds: an outcome of a kind the Employment Office runs
 * - ownAccount: the account's own staff record (never its login fields, see ADMIN_ONLY_FIELDS)
 * - recordTimeline: the audit events of one record (its timeline), not the whole trail
 */
export const ROW_RULES = [
  'ownCollege',
  'attended',
  'ownTask',
  'employmentKinds',
  'ownAccount',
  'recordTimeline',
] as const;
export type RowRule = (typeof ROW_RULES)[number];
export type Grant = Partial<Record<Role, true | RowRule>>;

/** The outcome kinds the Employment Office creates and edits. */
export const EMPLOYMENT_OUTCOME_KINDS: readonly OutcomeKind[] = ['internship_base', 'employment_positions'];

const everyone: Grant = Object.fromEntries(ROLES.map((role) => [role, true]));
const admin: Grant = { admin: true };
const office: Grant = { admin: true, office: true };
const offices: Grant = { admin: true, office: true, employment: true };
/** What only the admin does to any resource: bring back from the trash, delete for good, merge twins. */
const trash = { restore: admin, purge: admin };

/** A resource the Industry-Education Integration Office keeps, and one only the admin writes. */
const officeResource = { read: everyone, create: office, update: office, delete: office, ...trash, merge: admin };
const adminResource = { read: everyone, create: admin, update: admin, delete: admin, ...trash, merge: admin };

export const PERMISSIONS: Record<string, Partial<Record<Action, Grant>>> = {
  chambers: officeResource,
  /** A leader on a 访企拓岗 visit may add the enterprise visited (the office reviews twins later). */
  enterprises: { ...officeResource, create: { ...office, leader: true } },
  memberships: officeResource,
  contacts: { ...officeResource, create: offices, update: offices },
  /**
   * Colleges and leaders log the meetings they go to (a leader's 访企拓岗 visits, from a phone). A
   * meeting's public links (registration, the door, the survey) are opened by whoever may edit the
   * meeting (`update`); what the public sent becomes records only when the office accepts it.
   */
  meetings: {
    ...officeResource,
    create: { ...offices, college: 'attended', leader: 'attended' },
    update: { ...offices, college: 'attended', leader: 'attended' },
    accept: office,
  },
  outcomes: {
    ...officeResource,
    create: { ...office, employment: 'employmentKinds' },
    update: { ...office, employment: 'employmentKinds', college: 'ownCollege' },
    move: { ...office, employment: 'employmentKinds', college: 'ownCollege' },
  },
  intakes: {
    ...officeResource,
    create: { ...offices, college: 'ownCollege' },
    update: { ...offices, college: 'ownCollege' },
  },
  tasks: {
    ...officeResource,
    create: { ...offices, college: 'ownTask', leader: 'ownTask' },
    update: { ...offices, college: 'ownTask', leader: 'ownTask' },
  },
  /** A teacher's practice in an enterprise: the office keeps every college's, a college's dean those of its teachers. */
  'teacher-practices': {
    ...officeResource,
    create: { ...office, college: 'ownCollege' },
    update: { ...office, college: 'ownCollege' },
    delete: { ...office, college: 'ownCollege' },
  },
  /** The 访企拓岗 campaign and its leaders' quotas: the office sets them, everyone follows the progress. */
  campaigns: officeResource,
  'campaign-quotas': officeResource,
  units: adminResource,
  majors: adminResource,
  staff: {
    ...adminResource,
    update: { ...Object.fromEntries(ROLES.map((role) => [role, 'ownAccount'])), admin: true },
  },
  'audit-events': { read: { ...Object.fromEntries(ROLES.map((role) => [role, 'recordTimeline'])), admin: true } },
  reports: { read: everyone },
  /** The search box; it answers only from the resources the role may read. */
  search: { read: everyone },
  /** A spreadsheet import; the service also asks for the right to write its kind's records (enterprises, contacts, members, a meeting's attendees). */
  imports: { create: { ...offices, college: 'attended' } },
  /** An account's own session and password. */
  auth: { self: everyone },
  /** An account's own notifications (reading, marking read); the admin sends a test and the digest now. */
  notifications: { self: everyone, create: admin },
  /** The outbox: what was sent where, with its attempts and last error. */
  'notification-deliveries': { read: admin },
  /** An account's own calendar link (the feed itself is public behind its secret). */
  calendar: { self: everyone, delete: admin },
  /**
   * Files on meetings, outcomes and enterprises. Adding one also needs the right to edit the record
   * it goes on (the service asks the record's own entry); the admin restores and purges.
   */
  /** What enterprises sent through the public links: reviewed by the offices, accepted or refused by the Integration Office. */
  registrations: { read: offices, update: office, accept: office },
  /** The standing sign-up link for the school's website or a chamber's group. */
  'enterprise-signup': { read: office, create: office, delete: office },
  attachments: {
    read: everyone,
    create: { ...offices, college: true, leader: true },
    delete: { ...offices, college: true, leader: true },
    ...trash,
  },
};

/**
 * The routes anyone may call without an account: the login, the logout, health, and the public links,
 * each behind its secret (a forged, closed or expired one is a 404) and throttled per address and link.
 */
export const ANONYMOUS_ROUTES: readonly string[] = [
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/health',
  'GET /api/calendar/{file}',
  'GET /api/public/registration/{token}',
  'POST /api/public/registration/{token}',
  'GET /api/public/check-in/{token}',
  'POST /api/public/check-in/{token}',
  'GET /api/public/survey/{token}',
  'POST /api/public/survey/{token}',
  'GET /api/public/enterprise-signup/{token}',
  'POST /api/public/enterprise-signup/{token}',
];

/**
 * Fields of a resource that only the admin may set or change, even on the account's own record
 * (an account's unit too: it decides which college's records the account may edit).
 */
export const ADMIN_ONLY_FIELDS: Record<string, readonly string[]> = {
  staff: ['username', 'password', 'role', 'active', 'unitId'],
  units: ['wecomWebhook'],
};

/** Who acts, as far as the table needs to know. */
export interface Permitted {
  id: number;
  role: Role;
  unitId?: number | null;
}

/** What a row rule reads of a record; a service (or the dashboard) fills in what it knows. */
export interface RowFacts {
  id?: number;
  unitId?: number | null;
  assigneeId?: number | null;
  kind?: string | null;
  /** Staff ids attending or chairing a meeting. */
  attendeeIds?: number[];
  /** Units of the staff attending or chairing a meeting. */
  attendeeUnitIds?: (number | null)[];
  /** For the audit trail: whether the request names one record. */
  oneRecord?: boolean;
}

/** Each rule: true when the record passes, undefined when the facts to tell are not known. */
const RULES: Record<RowRule, (actor: Permitted, facts: RowFacts) => boolean | undefined> = {
  ownCollege: (actor, facts) =>
    facts.unitId === undefined ? undefined : actor.unitId != null && facts.unitId === actor.unitId,
  attended: (actor, facts) => {
    if (facts.attendeeIds?.includes(actor.id)) return true;
    if (facts.attendeeUnitIds === undefined) return facts.attendeeIds === undefined ? undefined : false;
    return actor.unitId != null && facts.attendeeUnitIds.includes(actor.unitId);
  },
  ownTask: (actor, facts) => (facts.assigneeId === undefined ? undefined : facts.assigneeId === actor.id),
  employmentKinds: (_actor, facts) =>
    facts.kind === undefined
      ? undefined
      : (EMPLOYMENT_OUTCOME_KINDS as readonly (string | null)[]).includes(facts.kind),
  ownAccount: (actor, facts) => (facts.id === undefined ? undefined : facts.id === actor.id),
  recordTimeline: (_actor, facts) => facts.oneRecord,
};

/** The grant of one role for a resource's action: true, a row rule, or undefined (refused). */
export function grantOf(role: Role, resource: string, action: Action): true | RowRule | undefined {
  return PERMISSIONS[resource]?.[action]?.[role];
}

/** The roles the table lets do `action` on `resource` (on some records at least). */
export function rolesFor(resource: string, action: Action): Role[] {
  return ROLES.filter((role) => grantOf(role, resource, action) !== undefined);
}

/**
 * Whether `actor` may do `action` on `resource`, on the record the facts describe. Without facts
 * (a route, a menu) a row rule counts as allowed: the record decides later.
 */
export function can(actor: Permitted, resource: string, action: Action, facts?: RowFacts): boolean {
  const grant = grantOf(actor.role, resource, action);
  if (grant === undefined) return false;
  if (grant === true || facts === undefined) return true;
  return RULES[grant](actor, facts) !== false;
}

/** Like `can`, but a rule whose facts are missing refuses: what the API applies to a record. */
export function canOnRecord(actor: Permitted, resource: string, action: Action, facts: RowFacts): boolean {
  const grant = grantOf(actor.role, resource, action);
  if (grant === undefined) return false;
  return grant === true || RULES[grant](actor, facts) === true;
}

/** Facts a record as the API answers it carries itself (the dashboard has no more). */
export function rowFactsOf(resource: string, record: Record<string, unknown>): RowFacts {
  const facts: RowFacts = { id: record.id as number };
  if (resource === 'outcomes') Object.assign(facts, { unitId: record.unitId ?? null, kind: record.kind ?? null });
  if (resource === 'teacher-practices') facts.unitId = (record.unitId as number | null) ?? null;
  if (resource === 'tasks') facts.assigneeId = (record.assigneeId as number | null) ?? null;
  if (resource === 'meetings' && Array.isArray(record.staffIds))
    facts.attendeeIds = [...(record.staffIds as number[]), ...(record.chairId ? [record.chairId as number] : [])];
  if (resource === 'meetings' && Array.isArray(record.attendeeUnitIds))
    facts.attendeeUnitIds = record.attendeeUnitIds as (number | null)[];
  return facts;
}
