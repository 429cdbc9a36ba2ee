/*
 * Rules that span a record's fields, stated once: the API's services refuse a record that breaks
 * one (400), the dashboard's forms show the same problem before sending. Each answers a code per
 * field; each side words it in its own catalogue.
 */

/** A staff member's login name: lower-case letters, digits, dot, dash and underscore. */
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,60}$/;
/** A major's code in the Ministry of Education's catalogue (专业代码). */
export const MAJOR_CODE_PATTERN = /^\d{4,8}$/;

export type OrganisationProblem = 'both' | 'neither';

/** A contact works at exactly one organisation: an enterprise or a chamber. */
export function organisationProblem(contact: {
  enterpriseId?: number | null;
  chamberId?: number | null;
}): OrganisationProblem | null {
  const atEnterprise = contact.enterpriseId != null;
  const atChamber = contact.chamberId != null;
  if (atEnterprise !== atChamber) return null;
  return atEnterprise ? 'both' : 'neither';
}
/** The fields a contact's organisation problem is shown on. */
export const ORGANISATION_FIELDS = ['enterpriseId', 'chamberId'] as const;

/** Nothing agreed may float free: a task follows a meeting, an enterprise or an outcome. */
export function taskFollowsNothing(task: {
  meetingId?: number | null;
  enterpriseId?: number | null;
  outcomeId?: number | null;
}): boolean {
  return task.meetingId == null && task.enterpriseId == null && task.outcomeId == null;
}
/** The fields a task's missing subject is shown on. */
export const TASK_SUBJECT_FIELDS = ['meetingId', 'enterpriseId', 'outcomeId'] as const;

export type LoginProblem =
  { field: 'username'; problem: 'usernameNeeded' } | { field: 'password'; problem: 'passwordNeeded' };

/** A role makes a login, and a login needs a username and a password (one already set counts). */
export function loginProblem(account: {
  role?: string | null;
  username?: string | null;
  hasPassword: boolean;
}): LoginProblem | null {
  if (!account.role) return null;
  if (!account.username) return { field: 'username', problem: 'usernameNeeded' };
  if (!account.hasPassword) return { field: 'password', problem: 'passwordNeeded' };
  return null;
}
