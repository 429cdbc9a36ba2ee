import type { AuditEvent, VocabularyName } from '@crm/domain';
import { changedFields } from '../common/conflict';

/** Fields every snapshot carries that a reader does not think of as changes. */
const NOT_A_CHANGE = new Set(['health', 'position', 'academicYear', 'relationshipStage', 'lastContactAt', 'memberCount', 'outcomeCount']);

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Label = (name: VocabularyName, value: string | null | undefined) => string;

/** What the record was called, as the event recorded it. */
function recordName(event: AuditEvent): string {
  for (const snapshot of [event.after, event.before]) {
    const name = snapshot?.name ?? snapshot?.title;
    if (typeof name === 'string' && name) return name;
  }
  return `#${event.recordId}`;
}

/**
 * One event of a record's history as a sentence in the interface's language: "魏鹏 把 江朗联合实验室
 * 从 洽谈中 移到 已签约" rather than a row of fields.
 */
export function describeEvent(event: AuditEvent, translate: Translate, label: Label): string {
  // the username beside the display name: anyone may rename themselves "Administrator", never take admin's username
  const who = event.actorName ? (event.actorUsername ? `${event.actorName} (${event.actorUsername})` : event.actorName) : translate('crm.audit.system');
  const name = recordName(event);
  const before = event.before ?? {};
  const after = event.after ?? {};
  const say = (key: string, extra: Record<string, unknown> = {}) => translate(`crm.audit.sentences.${key}`, { who, name, ...extra });
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
        return say('moved', { from: label('outcomeStages', String(before.stage)), to: label('outcomeStages', String(after.stage)) });
      }
      if (event.action === 'move') return say('reordered');
      const fields = changedFields(before, after).filter((field) => !NOT_A_CHANGE.has(field));
      return fields.length ? say('changedFields', { fields: fields.join(', ') }) : say('changed');
    }
    default:
      return say(event.action);
  }
}
