import { emailKey, normaliseUscc, organisationNameKey, personNameKey, phoneKey, usccProblem } from '@crm/domain';
import { Message, msg } from '../common/i18n';
import { USCC_PROBLEMS } from '../common/validation';
import { requiredField, type ImportKind, type RowValues } from './columns';
import { LabelReader, StaffMember } from './labels';

export type ImportAction = 'create' | 'match' | 'invalid';
export type MatchedBy = 'uscc' | 'name' | 'alias' | 'phone' | 'email' | 'file';

/** Where a contact works, or which enterprise a membership is of: a stored record, or one an earlier row of the file creates. */
export interface OrganisationRef {
  resource: 'enterprises' | 'chambers';
  id?: number;
  /** The row of the file that creates it (this row itself when `creates`). */
  row?: number;
  creates?: boolean;
}

/** One data row of the sheet and what committing it would do. */
export interface PreviewRow {
  /** The row number as the spreadsheet shows it (1 is the first line of the file). */
  row: number;
  action: ImportAction;
  /** The stored record the row is (an enterprise, contact or membership). */
  matchId?: number;
  /** An earlier row of the same file that is the same record. */
  matchRow?: number;
  matchedBy?: MatchedBy;
  /** Why the row cannot be imported, per field: catalogue messages, rendered in the reader's language. */
  errors?: Record<string, Message | string>;
  values: RowValues;
  organisation?: OrganisationRef;
  /** The chamber a membership row is for. */
  chamberId?: number;
}

export interface ImportCounts {
  create: number;
  match: number;
  invalid: number;
}

/** What is stored that an import is matched against, read inside the transaction that uses it. */
export interface KnownRecords {
  enterprises: { id: number; name: string; uscc: string | null; aliases: string[] }[];
  chambers: { id: number; name: string }[];
  contacts: {
    id: number;
    name: string;
    enterpriseId: number | null;
    chamberId: number | null;
    phone: string | null;
    email: string | null;
  }[];
  memberships: { id: number; enterpriseId: number; chamberId: number }[];
  /** Teacher practices, known by teacher, enterprise and first day. */
  practices: { id: number; staffId: number; enterpriseId: number; startsOn: string }[];
  /** Who an owner cell may name. */
  staff: StaffMember[];
  /** The chamber a member list is for, when given for the whole file. */
  chamberId?: number;
}

type Problems = Record<string, Message>;
type Found = { id: number; by: MatchedBy } | { row: number } | { create: true } | { errors: Problems };

/**
 * Matches organisation names to stored enterprises — the same USCC, then the same name, then an
 * alias, names compared by `organisationNameKey` — and remembers the ones the file creates, so two
 * rows naming one new enterprise become one record.
 */
class EnterpriseMatcher {
  private readonly byUscc = new Map<string, number>();
  private readonly byName = new Map<string, { id: number; uscc: string | null }>();
  private readonly byAlias = new Map<string, { id: number; uscc: string | null }>();
  private readonly newByUscc = new Map<string, number>();
  private readonly newByName = new Map<string, number>();

  constructor(enterprises: KnownRecords['enterprises']) {
    for (const enterprise of enterprises) {
      if (enterprise.uscc) this.byUscc.set(enterprise.uscc, enterprise.id);
      const key = organisationNameKey(enterprise.name);
      if (key && !this.byName.has(key)) this.byName.set(key, enterprise);
      for (const alias of enterprise.aliases ?? []) {
        const aliasKey = organisationNameKey(alias);
        if (aliasKey && !this.byAlias.has(aliasKey)) this.byAlias.set(aliasKey, enterprise);
      }
    }
  }

  resolve(name: string | undefined, uscc: string | undefined, row: number, field = 'name'): Found {
    const errors: Problems = {};
    const code = uscc ? normaliseUscc(uscc) : undefined;
    if (code) {
      const problem = usccProblem(code);
      if (problem) errors.uscc = msg(USCC_PROBLEMS[problem]);
      else {
        const id = this.byUscc.get(code);
        if (id) return { id, by: 'uscc' };
        const earlier = this.newByUscc.get(code);
        if (earlier) return { row: earlier };
      }
    }
    if (!name) errors[field] = msg('imports.missing');
    if (Object.keys(errors).length) return { errors };
    const key = organisationNameKey(name!);
    for (const [by, index] of [
      ['name', this.byName],
      ['alias', this.byAlias],
    ] as const) {
      const known = index.get(key);
      if (!known) continue;
      // the same name under another code is another company, or a typing error: a person must decide
      if (code && known.uscc && known.uscc !== code) {
        return {
          errors: {
            uscc: msg('imports.usccDiffers', {
              uscc: known.uscc,
              by: msg(by === 'name' ? 'imports.byName' : 'imports.byAlias'),
              id: known.id,
            }),
          },
        };
      }
      return { id: known.id, by };
    }
    const earlier = this.newByName.get(key);
    if (earlier) return { row: earlier };
    if (code) this.newByUscc.set(code, row);
    this.newByName.set(key, row);
    return { create: true };
  }
}

class ChamberMatcher {
  private readonly byName = new Map<string, number>();
  constructor(chambers: KnownRecords['chambers']) {
    for (const chamber of chambers) this.byName.set(organisationNameKey(chamber.name), chamber.id);
  }
  find(name: string): number | undefined {
    return this.byName.get(organisationNameKey(name));
  }
}

/**
 * Contacts are the same person by phone, then e-mail (wherever they work now), then the same name
 * at the same organisation.
 */
class ContactMatcher {
  private readonly keys = new Map<string, number>();
  private readonly newKeys = new Map<string, number>();

  constructor(contacts: KnownRecords['contacts']) {
    for (const contact of contacts) {
      const organisation = contact.enterpriseId ? `e${contact.enterpriseId}` : `c${contact.chamberId}`;
      for (const { key } of [
        ...ContactMatcher.reachKeys(contact.phone, contact.email),
        ContactMatcher.nameKey(contact.name, organisation),
      ]) {
        if (!this.keys.has(key)) this.keys.set(key, contact.id);
      }
    }
  }

  static reachKeys(
    phone: string | null | undefined,
    email: string | null | undefined,
  ): { key: string; by: MatchedBy }[] {
    const keys: { key: string; by: MatchedBy }[] = [];
    const digits = phone ? phoneKey(phone) : '';
    if (digits) keys.push({ key: `p:${digits}`, by: 'phone' });
    const mail = email ? emailKey(email) : '';
    if (mail) keys.push({ key: `m:${mail}`, by: 'email' });
    return keys;
  }

  static nameKey(name: string, organisation: string): { key: string; by: MatchedBy } {
    return { key: `n:${organisation}:${personNameKey(name)}`, by: 'name' };
  }

  /** The person by phone or e-mail alone, before their organisation is looked up. */
  byReach(values: RowValues): Found | null {
    return this.find(ContactMatcher.reachKeys(values.phone, values.email));
  }

  /** The person by every key, remembered as new when nobody has them. */
  resolve(values: RowValues, organisation: string, row: number): Found {
    const keys = [
      ...ContactMatcher.reachKeys(values.phone, values.email),
      ContactMatcher.nameKey(values.name!, organisation),
    ];
    const found = this.find(keys);
    if (found) return found;
    for (const { key } of keys) this.newKeys.set(key, row);
    return { create: true };
  }

  private find(keys: { key: string; by: MatchedBy }[]): Found | null {
    for (const { key, by } of keys) {
      const id = this.keys.get(key);
      if (id) return { id, by };
    }
    for (const { key } of keys) {
      const earlier = this.newKeys.get(key);
      if (earlier) return { row: earlier };
    }
    return null;
  }
}

/** A found record as the row shows it. */
function organisationOf(found: Found, resource: OrganisationRef['resource'], row: number): OrganisationRef {
  if ('id' in found) return { resource, id: found.id };
  if ('row' in found) return { resource, row: found.row };
  return { resource, row, creates: true };
}

const refKey = (organisation: OrganisationRef) =>
  organisation.id ? `${organisation.resource[0]}${organisation.id}` : `r${organisation.row}`;

/**
 * What committing each row would do, given what is stored. Pure: the preview runs it on the
 * stored records as they are, and the commit runs it again inside its transaction, so a record
 * created in between is matched rather than duplicated.
 */
export function planImport(
  kind: ImportKind,
  rows: { row: number; values: RowValues }[],
  known: KnownRecords,
): PreviewRow[] {
  const enterprises = new EnterpriseMatcher(known.enterprises);
  const chambers = new ChamberMatcher(known.chambers);
  const contacts = new ContactMatcher(known.contacts);
  const memberships = new Map(
    known.memberships.map((membership) => [`e${membership.enterpriseId}:${membership.chamberId}`, membership.id]),
  );
  const newMemberships = new Map<string, number>();
  const practices = new Map(
    known.practices.map((practice) => [
      `${practice.staffId}:${practice.enterpriseId}:${practice.startsOn}`,
      practice.id,
    ]),
  );
  const newPractices = new Map<string, number>();
  const required = requiredField(kind);
  const storedContacts = new Map(known.contacts.map((contact) => [contact.id, contact]));
  const planned = new Map<number, PreviewRow>();
  const labels = new LabelReader(kind, known.staff);

  return rows.map(({ row, values: cells }) => {
    const { values, errors } = labels.read(cells);
    // a row with a label nobody knows is not matched either, so that no later row of the file is taken
    // for it; it still shows every other problem of its own cells, so one pass over the sheet fixes all
    const result = Object.keys(errors).length
      ? { row, action: 'invalid' as const, errors: { ...cellProblems(values), ...errors }, values }
      : planRow(row, values);
    planned.set(row, result);
    return result;
  });

  /** What is wrong with a row's cells whatever is stored: a USCC whose check character fails, a name or organisation left out. */
  function cellProblems(values: RowValues): Problems {
    const problems: Problems = {};
    const problem = values.uscc ? usccProblem(normaliseUscc(values.uscc)) : null;
    if (problem) problems.uscc = msg(USCC_PROBLEMS[problem]);
    if (!values[required]) problems[required] = msg('imports.missing');
    if ((kind === 'contacts' || kind === 'attendees') && !values.organisation && !values.chamber)
      problems.organisation = msg('imports.organisationMissing');
    return problems;
  }

  function planRow(row: number, values: RowValues): PreviewRow {
    const invalid = (errors: Problems): PreviewRow => ({ row, action: 'invalid', errors, values });
    switch (kind) {
      case 'enterprises': {
        const found = enterprises.resolve(values.name, values.uscc, row);
        if ('errors' in found) return invalid(found.errors);
        if ('id' in found) return { row, action: 'match', matchId: found.id, matchedBy: found.by, values };
        if ('row' in found) return { row, action: 'match', matchRow: found.row, matchedBy: 'file', values };
        return { row, action: 'create', values };
      }
      case 'memberships': {
        const errors: Problems = {};
        const chamberId = values.chamber ? chambers.find(values.chamber) : known.chamberId;
        if (!chamberId)
          errors.chamber = values.chamber
            ? msg('imports.noSuchChamber', { name: values.chamber })
            : msg('imports.chamberMissing');
        if (!values.name) errors.name = msg('imports.missing');
        if (Object.keys(errors).length) return invalid(errors);
        const found = enterprises.resolve(values.name, values.uscc, row);
        if ('errors' in found) return invalid(found.errors);
        const organisation = organisationOf(found, 'enterprises', row);
        const key = `${refKey(organisation)}:${chamberId}`;
        const stored = memberships.get(key);
        if (stored)
          return { row, action: 'match', matchId: stored, matchedBy: 'name', values, organisation, chamberId };
        const earlier = newMemberships.get(key);
        if (earlier)
          return { row, action: 'match', matchRow: earlier, matchedBy: 'file', values, organisation, chamberId };
        newMemberships.set(key, row);
        return { row, action: 'create', values, organisation, chamberId };
      }
      case 'teacher-practices': {
        const errors: Problems = {};
        if (values.ownerId === undefined) errors.owner = msg('imports.missing');
        if (!values.organisation) errors.organisation = msg('imports.missing');
        if (Object.keys(errors).length) return invalid(errors);
        // a practice is in an enterprise the CRM knows: a name it does not know is a typing error as often as a new company
        const found = enterprises.resolve(values.organisation, undefined, row, 'organisation');
        if ('errors' in found) return invalid(found.errors);
        if (!('id' in found))
          return invalid({ organisation: msg('imports.noSuchEnterprise', { name: values.organisation! }) });
        const organisation: OrganisationRef = { resource: 'enterprises', id: found.id };
        const key = `${values.ownerId}:${found.id}:${values.startsOn}`;
        const stored = practices.get(key);
        if (stored) return { row, action: 'match', matchId: stored, matchedBy: 'name', values, organisation };
        const earlier = newPractices.get(key);
        if (earlier) return { row, action: 'match', matchRow: earlier, matchedBy: 'file', values, organisation };
        newPractices.set(key, row);
        return { row, action: 'create', values, organisation };
      }
      case 'contacts':
      case 'attendees': {
        const errors: Problems = {};
        if (!values.name) errors.name = msg('imports.missing');
        if (!values.organisation && !values.chamber) errors.organisation = msg('imports.organisationMissing');
        // a contact exported from a chamber has its chamber's name and no enterprise
        const chamberOnly = values.organisation ? undefined : values.chamber && chambers.find(values.chamber);
        if (!values.organisation && values.chamber && !chamberOnly)
          errors.chamber = msg('imports.noSuchChamber', { name: values.chamber });
        if (Object.keys(errors).length) return invalid(errors);
        const reached = contacts.byReach(values);
        if (reached && 'id' in reached) {
          const stored = storedContacts.get(reached.id)!;
          const organisation: OrganisationRef = stored.enterpriseId
            ? { resource: 'enterprises', id: stored.enterpriseId }
            : { resource: 'chambers', id: stored.chamberId! };
          return { row, action: 'match', matchId: reached.id, matchedBy: reached.by, values, organisation };
        }
        if (reached && 'row' in reached)
          return {
            row,
            action: 'match',
            matchRow: reached.row,
            matchedBy: 'file',
            values,
            organisation: planned.get(reached.row)!.organisation,
          };
        const chamberId = chamberOnly || chambers.find(values.organisation!);
        let organisation: OrganisationRef;
        if (chamberId) organisation = { resource: 'chambers', id: chamberId };
        else {
          const found = enterprises.resolve(values.organisation, undefined, row, 'organisation');
          if ('errors' in found) return invalid(found.errors);
          organisation = organisationOf(found, 'enterprises', row);
        }
        const found = contacts.resolve(values, refKey(organisation), row);
        if ('errors' in found) return invalid(found.errors);
        if ('id' in found)
          return { row, action: 'match', matchId: found.id, matchedBy: found.by, values, organisation };
        if ('row' in found)
          return { row, action: 'match', matchRow: found.row, matchedBy: 'file', values, organisation };
        return { row, action: 'create', values, organisation };
      }
    }
  }
}

export function countActions(rows: PreviewRow[]): ImportCounts {
  const counts: ImportCounts = { create: 0, match: 0, invalid: 0 };
  for (const row of rows) counts[row.action]++;
  return counts;
}
