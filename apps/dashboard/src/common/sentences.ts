import { EXPORT_COLUMNS, type AuditEvent, type ExportedResource, type VocabularyName } from '@crm/domain';
import { changedFields } from './conflict';

/** Fields every snapshot carries that a reader does not think of as changes. */
const NOT_A_CHANGE = new Set([
  'health',
  'position',
  'academicYear',
  'relationshipStage',
  'lastContactAt',
  'memberCount',
  'outcomeCount',
  'nameSortKey',
  'renewalKey',
  'createdById',
  'updatedById',
]);

/** The record a field points at (one id, or a list of ids): its name is what the reader sees. */
export const REFERENCE_FIELDS: Record<string, string> = {
  chamberId: 'chambers',
  enterpriseId: 'enterprises',
  unitId: 'units',
  majorId: 'majors',
  ownerId: 'staff',
  chairId: 'staff',
  assigneeId: 'staff',
  meetingId: 'meetings',
  followsMeetingId: 'meetings',
  outcomeId: 'outcomes',
  contactId: 'contacts',
  staffIds: 'staff',
  contactIds: 'contacts',
  enterpriseIds: 'enterprises',
  chamberIds: 'chambers',
  majorIds: 'majors',
};

/** Stored values shown as their labels: the vocabularies the exports name (libs/domain), and the one they leave out. */
export function vocabularyOf(resource: string, field: string): VocabularyName | undefined {
  if (field === 'renewal') return 'renewals';
  return EXPORT_COLUMNS[resource as ExportedResource]?.find((column) => column.source === field)?.vocabulary;
}

/** Longer than this, a text is said to have been edited rather than quoted. */
const QUOTED = 40;
/** Names listed of the records added to or removed from a list; past them, "and N more". */
const LISTED = 3;

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Label = (name: VocabularyName, value: string | null | undefined) => string;

/** What a sentence needs besides the event: the catalogue, labels, and (where loaded) names of records and date formats. */
export interface Speech {
  translate: Translate;
  label: Label;
  /** The name of a referenced record, when it was loaded. */
  name?: (resource: string, id: number) => string | undefined;
  date?: (value: string) => string;
  dateTime?: (value: string) => string;
}

/** What the record was called, as the event recorded it; an intake by its base, year, term and major. */
function recordName(event: AuditEvent, speech: Speech): string {
  for (const snapshot of [event.after, event.before]) {
    const name = snapshot?.name ?? snapshot?.title;
    if (typeof name === 'string' && name) return name;
  }
  const snapshot = event.after ?? event.before;
  if (event.resource === 'intakes' && snapshot) {
    const base = speech.name?.('outcomes', Number(snapshot.outcomeId));
    const major = speech.name?.('majors', Number(snapshot.majorId));
    const term = snapshot.term ? speech.label('terms', String(snapshot.term)) : '';
    const parts = [base, snapshot.academicYear, term, major].filter((part) => typeof part === 'string' && part);
    if (parts.length) return parts.join(' ');
  }
  return speech.translate('crm.audit.recordNumber', { id: event.recordId });
}

/** A field's label in the reader's language, from the resource's catalogue (the same label as its form). */
export function fieldLabel(resource: string, field: string, translate: Translate): string {
  return translate(`resources.${resource}.fields.${field}`, { _: field });
}

/** A stored value as the reader would write it: a label, a name, a date in the locale's format. */
export function valueText(resource: string, field: string, value: unknown, speech: Speech): string {
  if (value === null || value === undefined || value === '') return speech.translate('crm.audit.empty');
  if (Array.isArray(value))
    return value
      .map((item) => valueText(resource, field.replace(/Ids$/, 'Id'), item, speech))
      .join(speech.translate('crm.audit.listSeparator'));
  if (typeof value === 'boolean') return speech.translate(value ? 'crm.audit.yes' : 'crm.audit.no');
  const reference = REFERENCE_FIELDS[field];
  if (reference && typeof value === 'number')
    return speech.name?.(reference, value) ?? speech.translate('crm.audit.recordNumber', { id: value });
  const vocabulary = vocabularyOf(resource, field);
  if (vocabulary) return speech.label(vocabulary, String(value));
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return speech.date?.(value) ?? value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return speech.dateTime?.(value) ?? value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Names of the records a list field gained or lost, the first few and a count of the rest. */
function listed(resource: string, field: string, ids: unknown[], speech: Speech): string {
  const names = ids.slice(0, LISTED).map((id) => valueText(resource, field.replace(/Ids$/, 'Id'), id, speech));
  const separator = speech.translate('crm.audit.listSeparator');
  return ids.length > LISTED
    ? speech.translate('crm.audit.andMore', { names: names.join(separator), count: ids.length - LISTED })
    : names.join(separator);
}

/** One changed field in words: "将 容量 从 30 改为 40", "企业 增加了 江朗科技". */
function describeChange(resource: string, field: string, before: unknown, after: unknown, speech: Speech): string {
  const say = (key: string, extra: Record<string, unknown> = {}) =>
    speech.translate(`crm.audit.changes.${key}`, { field: fieldLabel(resource, field, speech.translate), ...extra });
  if (Array.isArray(before) || Array.isArray(after)) {
    const was = Array.isArray(before) ? before : [];
    const is = Array.isArray(after) ? after : [];
    const added = is.filter((id) => !was.includes(id));
    const removed = was.filter((id) => !is.includes(id));
    const parts = [];
    if (added.length) parts.push(say('added', { names: listed(resource, field, added, speech) }));
    if (removed.length) parts.push(say('removed', { names: listed(resource, field, removed, speech) }));
    return parts.length ? parts.join(speech.translate('crm.audit.separator')) : say('reordered');
  }
  const long = [before, after].some(
    (value) => typeof value === 'string' && (value.length > QUOTED || value.includes('\n')),
  );
  if (long) return say('edited');
  const empty = (value: unknown) => value === null || value === undefined || value === '';
  if (empty(before)) return say('set', { to: valueText(resource, field, after, speech) });
  if (empty(after)) return say('cleared', { from: valueText(resource, field, before, speech) });
  return say('changed', {
    from: valueText(resource, field, before, speech),
    to: valueText(resource, field, after, speech),
  });
}

/** The fields of an event's snapshots a reader looks at: neither bookkeeping nor derived ones. */
export function fieldsShown(event: AuditEvent): string[] {
  const fields = new Set([...Object.keys(event.before ?? {}), ...Object.keys(event.after ?? {})]);
  return [...fields].filter(
    (field) => !NOT_A_CHANGE.has(field) && !['id', 'version', 'createdAt', 'updatedAt', 'deletedAt'].includes(field),
  );
}

/** The fields an edit changed, as the reader thinks of them (derived and bookkeeping fields left out). */
export function fieldsChanged(event: AuditEvent): string[] {
  return changedFields(event.before ?? {}, event.after ?? {}).filter((field) => !NOT_A_CHANGE.has(field));
}

/**
 * One event of a record's history as a sentence in the interface's language: "魏鹏 把 江朗联合实验室
 * 从 洽谈中 移到 已签约", "魏鹏 修改了 江朗实习基地：将 容量 从 30 改为 40" rather than a row of fields.
 */
export function describeEvent(event: AuditEvent, speech: Speech): string {
  const { translate, label } = speech;
  // the username beside the display name: anyone may rename themselves "Administrator", never take admin's username
  const who = event.actorName
    ? event.actorUsername
      ? `${event.actorName} (${event.actorUsername})`
      : event.actorName
    : translate('crm.audit.system');
  const name = recordName(event, speech);
  const before = event.before ?? {};
  const after = event.after ?? {};
  const say = (key: string, extra: Record<string, unknown> = {}) =>
    translate(`crm.audit.sentences.${key}`, { who, name, ...extra });
  switch (event.action) {
    case 'login_failed':
      return say('login_failed', { name: String(after.username ?? name) });
    case 'role_change': {
      const role = (value: unknown) => (value ? label('roles', String(value)) : translate('crm.audit.noLogin'));
      return say('role_change', { from: role(before.role), to: role(after.role) });
    }
    case 'refused':
    case 'throttled':
      return say(event.action, { request: `${String(after.method ?? '')} ${String(after.path ?? '')}`.trim() });
    case 'move':
    case 'update': {
      if (before.stage !== undefined && before.stage !== after.stage) {
        return say('moved', {
          from: label('outcomeStages', String(before.stage)),
          to: label('outcomeStages', String(after.stage)),
        });
      }
      if (event.action === 'move') return say('reordered');
      const changes = fieldsChanged(event).map((field) =>
        describeChange(event.resource, field, before[field], after[field], speech),
      );
      return changes.length
        ? say('changedFields', { changes: changes.join(translate('crm.audit.separator')) })
        : say('changed');
    }
    default:
      return say(event.action);
  }
}
