import { OUTCOME_STAGE_LABELS, ROLE_LABELS, type AuditEvent, type OutcomeStage, type Role } from '@crm/domain';
import { changedFields } from '../common/conflict';

/** Fields every snapshot carries that a reader does not think of as changes. */
const NOT_A_CHANGE = new Set(['health', 'position', 'academicYear', 'relationshipStage', 'lastContactAt', 'memberCount', 'outcomeCount']);

const stage = (value: unknown) => OUTCOME_STAGE_LABELS[value as OutcomeStage] ?? String(value);
const role = (value: unknown) => (value ? (ROLE_LABELS[value as Role] ?? String(value)) : 'no login');

/** What the record was called, as the event recorded it. */
function recordName(event: AuditEvent): string {
  for (const snapshot of [event.after, event.before]) {
    const name = snapshot?.name ?? snapshot?.title;
    if (typeof name === 'string' && name) return name;
  }
  return `#${event.recordId}`;
}

/**
 * One event of a record's history as a sentence: "Wei Peng moved Jianglang Joint Lab from
 * Negotiating to Signed" rather than a row of fields.
 */
export function describeEvent(event: AuditEvent): string {
  const who = event.actorName ?? 'The system';
  const name = recordName(event);
  const before = event.before ?? {};
  const after = event.after ?? {};
  switch (event.action) {
    case 'create':
      return `${who} created ${name}`;
    case 'delete':
      return `${who} deleted ${name}`;
    case 'restore':
      return `${who} restored ${name}`;
    case 'purge':
      return `${who} purged ${name} for good`;
    case 'merge':
      return `${who} merged a duplicate into ${name}`;
    case 'login':
      return `${who} logged in`;
    case 'logout':
      return `${who} logged out`;
    case 'login_failed':
      return `A login as ${String(after.username ?? name)} failed`;
    case 'password_change':
      return `${who} changed their password`;
    case 'role_change':
      return `${who} changed the role of ${name} from ${role(before.role)} to ${role(after.role)}`;
    case 'move':
    case 'update': {
      if (before.stage !== undefined && before.stage !== after.stage) return `${who} moved ${name} from ${stage(before.stage)} to ${stage(after.stage)}`;
      if (event.action === 'move') return `${who} reordered ${name} on the board`;
      const fields = changedFields(before, after).filter((field) => !NOT_A_CHANGE.has(field));
      return fields.length ? `${who} changed ${fields.join(', ')} of ${name}` : `${who} changed ${name}`;
    }
  }
}
