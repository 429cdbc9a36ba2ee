import { isAcademicYear, normaliseUscc, passwordProblem, usccProblem } from '@crm/domain';

/*
 * The server's rules, run in the form before a request: the same functions from @crm/domain, and
 * the same sentences, so a user sees one message whichever side catches the mistake.
 */
type Validator = (value: unknown, values?: Record<string, unknown>) => string | undefined;

export const uscc: Validator = (value) => {
  if (value === null || value === undefined || value === '') return undefined;
  const problem = usccProblem(normaliseUscc(String(value)));
  return problem ? `The USCC ${problem}` : undefined;
};

export const academicYear: Validator = (value) =>
  value && !isAcademicYear(value) ? 'Must be an academic year such as 2023-2024' : undefined;

export const majorCode: Validator = (value) =>
  value && !/^\d{4,8}$/.test(String(value)) ? 'Must be the national major code (4 to 8 digits)' : undefined;

export const username: Validator = (value) =>
  value && !/^[a-z0-9._-]{3,60}$/.test(String(value)) ? 'Must be 3 to 60 lower-case letters, digits, dots, dashes or underscores' : undefined;

/** The password policy of @crm/domain, as the API applies it (the username from the same form). */
export const password: Validator = (value, values) => {
  const problem = value ? passwordProblem(String(value), (values?.username as string | undefined) ?? null) : null;
  return problem ? problem.charAt(0).toUpperCase() + problem.slice(1) : undefined;
};

export const email: Validator = (value) =>
  value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value)) ? 'Must be an e-mail address' : undefined;

/** A later date or time (`endDate`, `endsAt`) must not come before the earlier one it is paired with. */
export const notBefore =
  (earlierField: string, earlierLabel: string): Validator =>
  (value, values) => {
    const earlier = values?.[earlierField];
    if (!value || !earlier) return undefined;
    return new Date(String(value)).getTime() < new Date(String(earlier)).getTime() ? `Must not be before the ${earlierLabel}` : undefined;
  };

export const atMost =
  (otherField: string, otherLabel: string): Validator =>
  (value, values) => {
    const other = Number(values?.[otherField] ?? 0);
    return typeof value === 'number' && value > other ? `Must not exceed the ${otherLabel}` : undefined;
  };

/** Form-level checks that span fields, as the server's `check` hooks do. */
export function exactlyOneOrganisation(values: Record<string, unknown>): Record<string, string> {
  const atEnterprise = values.enterpriseId != null;
  const atChamber = values.chamberId != null;
  if (atEnterprise === atChamber) {
    const problem = atEnterprise ? 'Give an enterprise or a chamber, not both' : 'Give the enterprise or the chamber this contact works at';
    return { enterpriseId: problem, chamberId: problem };
  }
  return {};
}

export function followsSomething(values: Record<string, unknown>): Record<string, string> {
  if (values.meetingId == null && values.enterpriseId == null && values.outcomeId == null) {
    const problem = 'A task follows up a meeting, an enterprise or an outcome: give at least one';
    return { meetingId: problem, enterpriseId: problem, outcomeId: problem };
  }
  return {};
}

export function loginNeedsUsername(values: Record<string, unknown>): Record<string, string> {
  if (values.role && !values.username) return { username: 'Is needed for a staff member with a role (who logs in)' };
  if (values.role && values.username && !values.hasLogin && !values.password) return { password: 'Is needed the first time a staff member gets a login' };
  return {};
}

/**
 * A datetime-local input gives "2024-03-21T14:00" in the browser's zone; the API takes an instant
 * with its offset, so it is sent as ISO 8601 UTC.
 */
export const toInstant = (value: string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);
