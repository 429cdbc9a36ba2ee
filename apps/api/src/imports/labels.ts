import { labelKey, VOCABULARIES, vocabularyValue, type VocabularyName } from '@crm/domain';
import { Message, msg, vocabularyLabel } from '../common/i18n';
import { exportHeader } from '../exports/spreadsheet';
import { exportReadBack, ImportField, ImportKind, RowValues } from './columns';

/** A member of staff an owner cell may name, by name or username. */
export interface StaffMember {
  id: number;
  name: string;
  username: string | null;
}

/**
 * Reads the cells an export writes as labels or names back into what is stored: a vocabulary's
 * label (either language), the value itself or an office word into the value, an owner's name or
 * username into the owner's id. Knows the columns from the export's own definitions.
 */
export class LabelReader {
  private readonly vocabularies: { field: ImportField; vocabulary: VocabularyName; header: Message }[] = [];
  private readonly ownerHeader?: Message;
  private readonly staffByKey = new Map<string, StaffMember[]>();
  private readonly staffById: Map<number, StaffMember>;
  private readonly ownerByText = new Map<string, { found: StaffMember[]; member?: StaffMember }>();

  constructor(kind: ImportKind, staff: StaffMember[]) {
    for (const { resource, column, field } of exportReadBack(kind)) {
      if (column.derived) continue;
      if (column.vocabulary)
        this.vocabularies.push({ field, vocabulary: column.vocabulary, header: exportHeader(resource, column) });
      if (column.reference?.table === 'staff') this.ownerHeader = exportHeader(resource, column);
    }
    this.staffById = new Map(staff.map((member) => [member.id, member]));
    for (const member of staff) {
      // a username names one person; a name may name several, and then the username decides
      for (const key of new Set([labelKey(member.name), ...(member.username ? [labelKey(member.username)] : [])])) {
        this.staffByKey.set(key, [...(this.staffByKey.get(key) ?? []), member]);
      }
    }
  }

  /** The row's values as a commit writes them, and a reason per cell that names nothing known. */
  read(cells: RowValues): { values: RowValues; errors: Record<string, Message> } {
    const values: RowValues = { ...cells };
    const errors: Record<string, Message> = {};
    for (const { field, vocabulary, header } of this.vocabularies) {
      const text = cells[field];
      if (text === undefined) continue;
      const value = vocabularyValue(vocabulary, text);
      if (value) values[field] = value;
      else
        errors[field] = msg('imports.unknownLabel', {
          column: header,
          value: text,
          labels: Object.keys(VOCABULARIES[vocabulary]).map((known) => vocabularyLabel(vocabulary, known)),
        });
    }
    if (this.ownerHeader) this.readOwner(values, errors, this.ownerHeader);
    return { values, errors };
  }

  /** A preview read again at commit holds the owner's id already; a cell holds a name or username. */
  private readOwner(values: RowValues, errors: Record<string, Message>, column: Message): void {
    if (values.ownerId !== undefined) {
      if (!this.staffById.has(values.ownerId))
        errors.owner = msg('imports.unknownOwner', { column, value: values.owner ?? `#${values.ownerId}` });
      return;
    }
    if (values.owner === undefined) return;
    const { found, member } = this.owner(values.owner);
    if (member) {
      values.owner = member.name;
      values.ownerId = member.id;
    } else if (found.length)
      errors.owner = msg('imports.ambiguousOwner', { column, value: values.owner, count: found.length });
    else errors.owner = msg('imports.unknownOwner', { column, value: values.owner });
  }

  /** Who an owner cell names: the one member, or everyone it could be. Remembered per text, as a sheet names a few owners many times. */
  private owner(text: string): { found: StaffMember[]; member?: StaffMember } {
    let answer = this.ownerByText.get(text);
    if (!answer) {
      const key = labelKey(text);
      const found = this.staffByKey.get(key) ?? [];
      const byUsername = found.filter((member) => member.username && labelKey(member.username) === key);
      answer = { found, member: found.length === 1 ? found[0] : byUsername.length === 1 ? byUsername[0] : undefined };
      this.ownerByText.set(text, answer);
    }
    return answer;
  }
}
