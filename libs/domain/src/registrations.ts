import type { OutcomeKind } from './vocabulary';

/**
 * What enterprises send through the public links (a meeting's registration, the door's sign-in, the
 * survey after it, the standing sign-up): the words both apps share.
 */
export const REGISTRATION_STATUSES = ['pending', 'accepted', 'refused'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** How a registration came in: before the meeting, at the door without one, or through the standing sign-up. */
export const REGISTRATION_SOURCES = ['registration', 'walk_in', 'signup'] as const;
export type RegistrationSource = (typeof REGISTRATION_SOURCES)[number];

/** The public links: one of each kind per meeting, and the school's standing sign-up link (no meeting). */
export const PUBLIC_LINK_KINDS = ['registration', 'check_in', 'survey', 'signup'] as const;
export type PublicLinkKind = (typeof PUBLIC_LINK_KINDS)[number];

/** What an acceptance will do with the organisation, worked out the way imports match. */
export interface RegistrationMatch {
  action: 'create' | 'match' | 'conflict';
  enterpriseId?: number;
  contactId?: number;
  /** How the enterprise was found: its code, its name or an alias. */
  by?: 'uscc' | 'name' | 'alias';
}

/** One want of a survey answer: a kind of cooperation, how many (students, positions) and for which majors. */
export interface SurveyWant {
  kind: OutcomeKind;
  count?: number | null;
  majors?: string[];
}

/**
 * The short code a guest shows at the door: six characters without the look-alikes 0/O, 1/I/L,
 * 2/Z, 5/S, easy to read out and type on a phone. Unique within a meeting.
 */
export const REGISTRATION_CODE_ALPHABET = '346789ABCDEFGHJKMNPQRTUVWXY';
export const REGISTRATION_CODE_LENGTH = 6;

/** A code as a guest typed it: spaces gone, upper case. */
export function normaliseRegistrationCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** GET /api/registrations: one submission of the review queue. */
export interface RegistrationRecord {
  id: number;
  version: number;
  createdAt: string;
  meetingId: number | null;
  source: RegistrationSource;
  status: RegistrationStatus;
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
  match: RegistrationMatch;
  presentAt: string | null;
  refusedReason: string | null;
  enterpriseId: number | null;
  contactId: number | null;
}
