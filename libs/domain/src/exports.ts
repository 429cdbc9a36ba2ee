import type { ExportedResource } from './resources';
import type { VocabularyName } from './vocabulary';

/**
 * The export an import of each kind reads back, headers and labels alike (a sign-in sheet is a contact
 * list): the API's import recognises its columns, the dashboard's preview labels its values.
 */
export const IMPORT_READS_EXPORT: Readonly<Record<string, ExportedResource>> = {
  enterprises: 'enterprises',
  contacts: 'contacts',
  attendees: 'contacts',
  'teacher-practices': 'teacher-practices',
};

/** Between the items of a list in one cell (an enterprise's other names): a company's name holds commas, never a semicolon. */
export const LIST_CELL_SEPARATOR = '; ';

/**
 * A column of an export, and what an import recognises: the list's column, headed by the server catalogue's
 * `spreadsheetExport.<resource>.<source>` (in either language, when imported).
 * A value is written as it is (text, a number, a date), as its label (`vocabulary`), or as the
 * name of the record it names (`reference`: the table and the column that names a row there).
 */
export interface ExportColumn {
  source: string;
  vocabulary?: VocabularyName;
  reference?: { table: string; name: string };
  /** Numbers stay numbers in a workbook. */
  number?: boolean;
  /** An instant, written as a China time. */
  time?: boolean;
  /** Kept by the server from other records (an enterprise's stage and last contact): exported, never imported. */
  derived?: boolean;
}

const staff = { table: 'staff', name: 'name' };
const enterprises = { table: 'enterprises', name: 'name' };
const chambers = { table: 'chambers', name: 'name' };
const units = { table: 'units', name: 'name' };
const majors = { table: 'majors', name: 'name' };
const meetings = { table: 'meetings', name: 'title' };
const outcomes = { table: 'outcomes', name: 'title' };

/**
 * Per list resource, the columns its list shows, the identifying ones a sheet needs (the USCC) and, for
 * enterprises and contacts, the fields an import of the export needs to make the same records again.
 */
export const EXPORT_COLUMNS: Record<ExportedResource, ExportColumn[]> = {
  enterprises: [
    { source: 'name' },
    { source: 'uscc' },
    { source: 'relationshipStage', vocabulary: 'relationshipStages', derived: true },
    { source: 'tier', vocabulary: 'tiers' },
    { source: 'ownership', vocabulary: 'ownerships' },
    { source: 'size', vocabulary: 'enterpriseSizes' },
    { source: 'industry' },
    { source: 'city' },
    { source: 'ownerId', reference: staff },
    { source: 'lastContactDate', derived: true },
    { source: 'aliases' },
    { source: 'address' },
    { source: 'website' },
  ],
  chambers: [
    { source: 'name' },
    { source: 'kind', vocabulary: 'chamberKinds' },
    { source: 'city' },
    { source: 'memberCount', number: true },
    { source: 'outcomeCount', number: true },
    { source: 'ownerId', reference: staff },
  ],
  memberships: [
    { source: 'chamberId', reference: chambers },
    { source: 'enterpriseId', reference: enterprises },
    { source: 'role' },
    { source: 'since' },
  ],
  contacts: [
    { source: 'name' },
    { source: 'title' },
    { source: 'enterpriseId', reference: enterprises },
    { source: 'chamberId', reference: chambers },
    { source: 'phone' },
    { source: 'email' },
    { source: 'permission', vocabulary: 'contactPermissions' },
    { source: 'wechat' },
  ],
  units: [{ source: 'name' }, { source: 'kind', vocabulary: 'unitKinds' }, { source: 'code' }],
  majors: [{ source: 'code' }, { source: 'name' }, { source: 'unitId', reference: units }],
  staff: [
    { source: 'name' },
    { source: 'title' },
    { source: 'unitId', reference: units },
    { source: 'role', vocabulary: 'roles' },
    { source: 'username' },
  ],
  meetings: [
    { source: 'startsAt', time: true },
    { source: 'title' },
    { source: 'kind', vocabulary: 'meetingKinds' },
    { source: 'location' },
    { source: 'chairId', reference: staff },
  ],
  outcomes: [
    { source: 'title' },
    { source: 'kind', vocabulary: 'outcomeKinds' },
    { source: 'stage', vocabulary: 'outcomeStages' },
    { source: 'enterpriseId', reference: enterprises },
    { source: 'unitId', reference: units },
    { source: 'majorId', reference: majors },
    { source: 'endDate' },
    { source: 'capacity', number: true },
    { source: 'value', number: true },
  ],
  intakes: [
    { source: 'academicYear' },
    { source: 'term', vocabulary: 'terms' },
    { source: 'outcomeId', reference: outcomes },
    { source: 'majorId', reference: majors },
    { source: 'positions', number: true },
    { source: 'placed', number: true },
    { source: 'hired', number: true },
  ],
  tasks: [
    { source: 'title' },
    { source: 'dueDate' },
    { source: 'assigneeId', reference: staff },
    { source: 'meetingId', reference: meetings },
    { source: 'enterpriseId', reference: enterprises },
    { source: 'doneAt', time: true },
  ],
  'teacher-practices': [
    { source: 'staffId', reference: staff },
    { source: 'unitId', reference: units, derived: true },
    { source: 'enterpriseId', reference: enterprises },
    { source: 'startsOn' },
    { source: 'endsOn' },
    { source: 'days', number: true },
    { source: 'content' },
    { source: 'outcomeId', reference: outcomes },
  ],
};
