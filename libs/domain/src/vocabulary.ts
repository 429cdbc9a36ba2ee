/**
 * The domain's closed vocabularies with their labels. Each list is the single source for the API's
 * validation, the database's CHECK-free columns and the dashboard's choices.
 */
export interface Choice<T extends string = string> {
  id: T;
  name: string;
}

function choices<T extends string>(labels: Record<T, string>): Choice<T>[] {
  return (Object.keys(labels) as T[]).map((id) => ({ id, name: labels[id] }));
}

export const CHAMBER_KINDS = ['chamber', 'association', 'alliance', 'government'] as const;
export type ChamberKind = (typeof CHAMBER_KINDS)[number];
export const CHAMBER_KIND_LABELS: Record<ChamberKind, string> = {
  chamber: 'Chamber of commerce',
  association: 'Industry association',
  alliance: 'Alliance',
  government: 'Government body',
};

export const OWNERSHIPS = ['private', 'state', 'foreign', 'joint', 'collective', 'other'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const OWNERSHIP_LABELS: Record<Ownership, string> = {
  private: 'Private',
  state: 'State-owned',
  foreign: 'Foreign-invested',
  joint: 'Joint venture',
  collective: 'Collective',
  other: 'Other',
};

export const ENTERPRISE_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];
export const ENTERPRISE_SIZE_LABELS: Record<EnterpriseSize, string> = {
  micro: 'Micro',
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
};

export const TIERS = ['strategic', 'core', 'general'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Record<Tier, string> = {
  strategic: 'Strategic',
  core: 'Core',
  general: 'General',
};

export const RELATIONSHIP_STAGES = ['prospect', 'engaged', 'negotiating', 'partner', 'lapsed'] as const;
export type RelationshipStage = (typeof RELATIONSHIP_STAGES)[number];
export const RELATIONSHIP_STAGE_LABELS: Record<RelationshipStage, string> = {
  prospect: 'Prospect',
  engaged: 'Engaged',
  negotiating: 'Negotiating',
  partner: 'Partner',
  lapsed: 'Lapsed',
};

export const CONTACT_PERMISSIONS = ['free', 'notify_owner', 'ask_owner'] as const;
export type ContactPermission = (typeof CONTACT_PERMISSIONS)[number];
export const CONTACT_PERMISSION_LABELS: Record<ContactPermission, string> = {
  free: 'Free to contact',
  notify_owner: 'Notify owner first',
  ask_owner: 'Ask owner',
};

export const UNIT_KINDS = ['office', 'college'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  office: 'Office',
  college: 'Secondary college',
};

export const ROLES = ['admin', 'leader', 'office', 'employment', 'college', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  leader: 'Leadership',
  office: 'Industry-Education Integration Office',
  employment: 'Employment Office',
  college: 'Secondary college',
  viewer: 'Read only',
};

export const MEETING_KINDS = ['symposium', 'visit_received', 'visit_made', 'signing', 'online', 'phone'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  symposium: 'Symposium',
  visit_received: 'Visit received',
  visit_made: 'Visit made to an enterprise (访企拓岗)',
  signing: 'Signing ceremony',
  online: 'Online meeting',
  phone: 'Phone call',
};

export const OUTCOME_KINDS = [
  'framework_agreement',
  'internship_base',
  'joint_lab',
  'order_class',
  'industry_college',
  'course',
  'textbook',
  'teacher_practice',
  'rd_project',
  'training_service',
  'employment_positions',
  'equipment_donation',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OUTCOME_KIND_LABELS: Record<OutcomeKind, string> = {
  framework_agreement: 'Framework agreement',
  internship_base: 'Internship base',
  joint_lab: 'Joint lab',
  order_class: 'Order class / apprenticeship',
  industry_college: 'Industry college',
  course: 'Co-developed course',
  textbook: 'Co-developed textbook',
  teacher_practice: 'Teacher practice in enterprise',
  rd_project: 'R&D project',
  training_service: 'Training service',
  employment_positions: 'Employment positions',
  equipment_donation: 'Equipment donation',
};

export const OUTCOME_STAGES = ['idea', 'negotiating', 'signed', 'active', 'completed', 'lapsed', 'terminated'] as const;
export type OutcomeStage = (typeof OUTCOME_STAGES)[number];
export const OUTCOME_STAGE_LABELS: Record<OutcomeStage, string> = {
  idea: 'Idea',
  negotiating: 'Negotiating',
  signed: 'Signed',
  active: 'Active',
  completed: 'Completed',
  lapsed: 'Lapsed',
  terminated: 'Terminated',
};
/** Stages in which an agreement is in force: the ones that make an enterprise a partner. */
export const LIVE_OUTCOME_STAGES: readonly OutcomeStage[] = ['signed', 'active'];
/** Stages still being worked on before signature. */
export const OPEN_OUTCOME_STAGES: readonly OutcomeStage[] = ['idea', 'negotiating'];

export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];
export const TERM_LABELS: Record<Term, string> = {
  autumn: 'Autumn term',
  spring: 'Spring term',
  summer: 'Summer',
};

export const RENEWALS = ['none', 'automatic', 'by_agreement'] as const;
export type Renewal = (typeof RENEWALS)[number];
export const RENEWAL_LABELS: Record<Renewal, string> = {
  none: 'No renewal',
  automatic: 'Renews automatically',
  by_agreement: 'Renewal by new agreement',
};

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'merge'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const CHOICES = {
  chamberKinds: choices(CHAMBER_KIND_LABELS),
  ownerships: choices(OWNERSHIP_LABELS),
  enterpriseSizes: choices(ENTERPRISE_SIZE_LABELS),
  tiers: choices(TIER_LABELS),
  relationshipStages: choices(RELATIONSHIP_STAGE_LABELS),
  contactPermissions: choices(CONTACT_PERMISSION_LABELS),
  unitKinds: choices(UNIT_KIND_LABELS),
  roles: choices(ROLE_LABELS),
  meetingKinds: choices(MEETING_KIND_LABELS),
  outcomeKinds: choices(OUTCOME_KIND_LABELS),
  outcomeStages: choices(OUTCOME_STAGE_LABELS),
  terms: choices(TERM_LABELS),
  renewals: choices(RENEWAL_LABELS),
};
