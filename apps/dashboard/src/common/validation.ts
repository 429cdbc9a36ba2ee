import { isAcademicYear, normaliseUscc, usccProblem, UsccProblem } from '@crm/domain';

/*
 * The server's rules, run in the form before a request: the same functions from @crm/domain, and
 * the same sentences (catalogue keys react-admin translates), so a user sees one message whichever
 * side catches the mistake.
 */
type Validator = (value: unknown, values?: Record<string, unknown>) => string | undefined;

const USCC_PROBLEMS: Record<UsccProblem, string> = { length: 'crm.validation.usccLength', characters: 'crm.validation.usccCharacters', check: 'crm.validation.usccCheck' };

export const uscc: Validator = (value) => {
  if (value === null || value === undefined || value === '') return undefined;
  const problem = usccProblem(normaliseUscc(String(value)));
  return problem ? USCC_PROBLEMS[problem] : undefined;
};

export const academicYear: Validator = (value) =>
  value && !isAcademicYear(value) ? 'crm.validation.academicYear' : undefined;

export const majorCode: Validator = (value) =>
  value && !/^\d{4,8}$/.test(String(value)) ? 'crm.validation.majorCode' : undefined;

export const username: Validator = (value) =>
  value && !/^[a-z0-9._-]{3,60}$/.test(String(value)) ? 'crm.validation.username' : undefined;

export const password: Validator = (value) => (value && String(value).length < 8 ? 'crm.validation.password' : undefined);

export const email: Validator = (value) =>
  value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value)) ? 'crm.validation.email' : undefined;

/** A later date or time (`endDate`, `endsAt`) must not come before the earlier one it is paired with; `problem` is a catalogue key. */
export const notBefore =
  (earlierField: string, problem: string): Validator =>
  (value, values) => {
    const earlier = values?.[earlierField];
    if (!value || !earlier) return undefined;
    return new Date(String(value)).getTime() < new Date(String(earlier)).getTime() ? problem : undefined;
  };

export const atMost =
  (otherField: string, problem: string): Validator =>
  (value, values) => {
    const other = Number(values?.[otherField] ?? 0);
    return typeof value === 'number' && value > other ? problem : undefined;
  };

/** Form-level checks that span fields, as the server's `check` hooks do. */
export function exactlyOneOrganisation(values: Record<string, unknown>): Record<string, string> {
  const atEnterprise = values.enterpriseId != null;
  const atChamber = values.chamberId != null;
  if (atEnterprise === atChamber) {
    const problem = atEnterprise ? 'crm.validation.notBoth' : 'crm.validation.neither';
    return { enterpriseId: problem, chamberId: problem };
  }
  return {};
}

export function followsSomething(values: Record<string, unknown>): Record<string, string> {
  if (values.meetingId == null && values.enterpriseId == null && values.outcomeId == null) {
    const problem = 'crm.validation.taskSubject';
    return { meetingId: problem, enterpriseId: problem, outcomeId: problem };
  }
  return {};
}

export function loginNeedsUsername(values: Record<string, unknown>): Record<string, string> {
  if (values.role && !values.username) return { username: 'crm.validation.usernameNeeded' };
  if (values.role && values.username && !values.hasLogin && !values.password) return { password: 'crm.validation.passwordNeeded' };
  return {};
}
