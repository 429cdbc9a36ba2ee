import {
  isAcademicYear,
  loginProblem,
  MAJOR_CODE_PATTERN,
  normaliseUscc,
  ORGANISATION_FIELDS,
  organisationProblem,
  passwordProblem,
  TASK_SUBJECT_FIELDS,
  taskFollowsNothing,
  USERNAME_PATTERN,
  usccProblem,
  UsccProblem,
} from '@crm/domain';

/*
 * The server's rules, run in the form before a request: the same functions from @crm/domain, and
 * the same sentences (catalogue keys react-admin translates), so a user sees one message whichever
 * side catches the mistake.
 */
type Validator = (value: unknown, values?: Record<string, unknown>) => string | undefined;

const USCC_PROBLEMS: Record<UsccProblem, string> = {
  length: 'crm.validation.usccLength',
  characters: 'crm.validation.usccCharacters',
  check: 'crm.validation.usccCheck',
};

export const uscc: Validator = (value) => {
  if (value === null || value === undefined || value === '') return undefined;
  const problem = usccProblem(normaliseUscc(String(value)));
  return problem ? USCC_PROBLEMS[problem] : undefined;
};

export const academicYear: Validator = (value) =>
  value && !isAcademicYear(value) ? 'crm.validation.academicYear' : undefined;

export const majorCode: Validator = (value) =>
  value && !MAJOR_CODE_PATTERN.test(String(value)) ? 'crm.validation.majorCode' : undefined;

export const username: Validator = (value) =>
  value && !USERNAME_PATTERN.test(String(value)) ? 'crm.validation.username' : undefined;

/** The password policy of @crm/domain, as the API applies it (the username from the same form). */
export const password: Validator = (value, values) => {
  const problem = value ? passwordProblem(String(value), (values?.username as string | undefined) ?? null) : null;
  return problem ? `crm.account.passwordProblems.${problem}` : undefined;
};

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

/** Form-level checks that span fields: the rules of @crm/domain that the server's `check` hooks apply. */
export function exactlyOneOrganisation(values: Record<string, unknown>): Record<string, string> {
  const problem = organisationProblem(values as { enterpriseId?: number | null; chamberId?: number | null });
  if (!problem) return {};
  return Object.fromEntries(
    ORGANISATION_FIELDS.map((field) => [
      field,
      problem === 'both' ? 'crm.validation.notBoth' : 'crm.validation.neither',
    ]),
  );
}

export function followsSomething(values: Record<string, unknown>): Record<string, string> {
  if (
    !taskFollowsNothing(
      values as { meetingId?: number | null; enterpriseId?: number | null; outcomeId?: number | null },
    )
  )
    return {};
  return Object.fromEntries(TASK_SUBJECT_FIELDS.map((field) => [field, 'crm.validation.taskSubject']));
}

export function loginNeedsUsername(values: Record<string, unknown>): Record<string, string> {
  // a login already made keeps its password: only a new one must bring it
  const problem = loginProblem({
    role: values.role as string | null,
    username: values.username as string | null,
    hasPassword: !!values.hasLogin || !!values.password,
  });
  return problem ? { [problem.field]: `crm.validation.${problem.problem}` } : {};
}
