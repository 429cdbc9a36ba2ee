import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Actor } from '../common/actor';
import { AuditEntry, AuditService } from '../common/audit.service';
import type { RecordNoun } from '../common/errors';
import { Message, msg } from '../common/i18n';
import { Staff } from '../staff/staff.entity';
import { NotificationDraft, NotificationsService } from './notifications.service';

/** Text fields a `@username` in which tells that user, per resource, and the field that names the record. */
const MENTION_FIELDS: Record<string, { fields: string[]; name: string; noun: RecordNoun }> = {
  tasks: { fields: ['title', 'notes'], name: 'title', noun: 'task' },
  meetings: { fields: ['minutes'], name: 'title', noun: 'meeting' },
};
/** Resources with an owner, who is told when someone else deletes or merges their record. */
const OWNED: Record<string, RecordNoun> = { enterprises: 'enterprise', outcomes: 'outcome' };

const MENTION = /@([a-z0-9._-]{3,60})/gi;
const SENTENCE_END = /(?<=[。！？!?;；\n]|\.\s)/;

type Row = Record<string, unknown>;

/**
 * What notifies whom at once, read from the audited writes (every path in writes its audit event
 * in the change's transaction, with who made it): a task assigned by someone else, an `@username`
 * in minutes or a task, a record one owns deleted or merged away by someone else.
 */
@Injectable()
export class NotificationEvents implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.audit.observe((manager, actor, entries) => this.written(manager, actor, entries));
  }

  private async written(manager: EntityManager, actor: Actor | null, entries: readonly AuditEntry[]): Promise<void> {
    // the system's own writes (the demo, the daily run's renewal tasks) tell nobody at once: the daily notices and digest do
    if (!actor) return;
    const drafts: NotificationDraft[] = [];
    for (const entry of entries) {
      const after = entry.after as Row | null;
      const before = entry.before as Row | null;
      if (entry.resource === 'tasks' && after && (entry.action === 'create' || entry.action === 'update'))
        drafts.push(...this.taskAssigned(actor, entry.recordId, before, after));
      if (MENTION_FIELDS[entry.resource] && after && (entry.action === 'create' || entry.action === 'update'))
        drafts.push(...(await this.mentions(manager, actor, entry.resource, entry.recordId, before, after)));
      if (OWNED[entry.resource] && entry.action === 'delete' && after)
        drafts.push(...this.deleted(actor, entry.resource, entry.recordId, after));
      if (OWNED[entry.resource] && entry.action === 'merge' && before && after)
        drafts.push(...(await this.merged(manager, actor, entry.resource, before, after)));
    }
    await this.notifications.notify(manager, drafts);
  }

  private taskAssigned(actor: Actor, id: number, before: Row | null, after: Row): NotificationDraft[] {
    const assigneeId = after.assigneeId as number | null;
    if (!assigneeId || assigneeId === actor.id || assigneeId === before?.assigneeId || after.doneAt) return [];
    const dueDate = after.dueDate as string | null;
    return [
      {
        recipientId: assigneeId,
        kind: 'taskAssigned',
        eventKey: `task-assigned:${id}:${assigneeId}`,
        title: msg('notifications.taskAssignedTitle', { actor: actor.name, title: String(after.title) }),
        body: [dueDate ? msg('notifications.taskAssignedBody', { dueDate }) : msg('notifications.taskAssignedNoDue')],
        // the assignee's unit's group: the recipient's, the default
        route: `/tasks/${id}/show`,
      },
    ];
  }

  /** Each user named newly in the record's text, once per record, with the sentence that names them. */
  private async mentions(
    manager: EntityManager,
    actor: Actor,
    resource: string,
    id: number,
    before: Row | null,
    after: Row,
  ): Promise<NotificationDraft[]> {
    const { fields, name, noun } = MENTION_FIELDS[resource];
    const text = (row: Row | null) =>
      fields.map((field) => (typeof row?.[field] === 'string' ? (row[field] as string) : '')).join('\n');
    const earlier = new Set(usernames(text(before)));
    const named = usernames(text(after)).filter((username) => !earlier.has(username));
    if (!named.length) return [];
    const staff = await manager.find(Staff, { select: { id: true, username: true }, where: { username: In(named) } });
    const current = text(after);
    return staff
      .filter((member) => member.id !== actor.id)
      .map((member) => ({
        recipientId: member.id,
        kind: 'mention' as const,
        eventKey: `mention:${resource}:${id}:${member.id}`,
        title: msg('notifications.mentionTitle', {
          actor: actor.name,
          noun: msg(`nouns.${noun}`),
          title: String(after[name] ?? ''),
        }),
        body: [sentenceWith(current, `@${member.username}`)],
        route: `/${resource}/${id}/show`,
      }));
  }

  private deleted(actor: Actor, resource: string, id: number, after: Row): NotificationDraft[] {
    const ownerId = after.ownerId as number | null;
    if (!ownerId || ownerId === actor.id) return [];
    const name = String(after.name ?? after.title ?? id);
    return [
      {
        recipientId: ownerId,
        kind: 'recordDeleted',
        eventKey: `deleted:${resource}:${id}:${String(after.version)}`,
        title: msg('notifications.recordDeletedTitle', {
          actor: actor.name,
          noun: msg(`nouns.${OWNED[resource]}`),
          name,
        }),
        body: [msg('notifications.recordDeletedBody')],
        route: `/trash`,
      },
    ];
  }

  /** The record merged away is the audit event's `mergedId`; its owner, read as it was left (in the trash), is told. */
  private async merged(
    manager: EntityManager,
    actor: Actor,
    resource: string,
    before: Row,
    after: Row,
  ): Promise<NotificationDraft[]> {
    const mergedId = before.mergedId as number | undefined;
    if (!mergedId) return [];
    const [other] = (await manager.query(
      ...manager.connection.driver.escapeQueryWithParameters(
        `SELECT "ownerId", "name" FROM "${resource}" WHERE "id" = :id`,
        { id: mergedId },
      ),
    )) as { ownerId: number | null; name: string }[];
    if (!other?.ownerId || other.ownerId === actor.id) return [];
    const survivor = String(after.name ?? after.id);
    return [
      {
        recipientId: other.ownerId,
        kind: 'recordMerged',
        eventKey: `merged:${resource}:${mergedId}`,
        title: msg('notifications.recordMergedTitle', {
          actor: actor.name,
          noun: msg(`nouns.${OWNED[resource]}`),
          name: other.name,
          survivor,
        }),
        body: [msg('notifications.recordMergedBody', { survivor })],
        route: `/${resource}/${String(after.id)}/show`,
      },
    ];
  }
}

function usernames(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((match) => match[1].replace(/\.+$/, '').toLowerCase()))];
}

/** The sentence of `text` that holds `needle`, trimmed to a readable length. */
function sentenceWith(text: string, needle: string): Message {
  const sentence =
    text
      .split(SENTENCE_END)
      .find((part) => part.toLowerCase().includes(needle.toLowerCase()))
      ?.trim() ?? needle;
  return msg('notifications.quote', { text: sentence.length > 300 ? `${sentence.slice(0, 299)}…` : sentence });
}
