import type { ExportedResource, VocabularyName } from '@crm/domain';

/**
 * A column of an export: the list's column, headed by the catalogue's `spreadsheetExport.<resource>.<source>`.
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
}

const staff = { table: 'staff', name: 'name' };
const enterprises = { table: 'enterprises', name: 'name' };
const chambers = { table: 'chambers', name: 'name' };
const units = { table: 'units', name: 'name' };
const majors = { table: 'majors', name: 'name' };
const meetings = { table: 'meetings', name: 'title' };
const outcomes = { table: 'outcomes', name: 'title' };

/** Per list resource, the columns its list shows (and the identifying ones a sheet needs, such as the USCC). */
export const EXPORT_COLUMNS: Record<ExportedResource, ExportColumn[]> = {
  enterprises: [
    { source: 'name' },
    { source: 'uscc' },
    { source: 'relationshipStage', vocabulary: 'relationshipStages' },
    { source: 'tier', vocabulary: 'tiers' },
    { source: 'ownership', vocabulary: 'ownerships' },
    { source: 'industry' },
    { source: 'city' },
    { source: 'ownerId', reference: staff },
    { source: 'lastContactDate' },
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
  ],
  units: [
    { source: 'name' },
    { source: 'kind', vocabulary: 'unitKinds' },
    { source: 'code' },
  ],
  majors: [
    { source: 'code' },
    { source: 'name' },
    { source: 'unitId', reference: units },
  ],
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
};
