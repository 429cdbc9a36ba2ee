import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditAction } from '@crm/domain';
import type { Actor } from './actor';
import { insertRecords } from '../database/bulk-insert';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  resource: string;
  recordId: number;
  action: AuditAction;
  before: object | null;
  after: object | null;
}

/** Told of every audited change in its transaction, with who made it (the change listeners are not told who). */
export type AuditObserver = (
  manager: EntityManager,
  actor: Actor | null,
  entries: readonly AuditEntry[],
) => Promise<void>;

/** Writes the audit trail inside the transaction of the change it records, so neither exists without the other. */
@Injectable()
export class AuditService {
  private readonly observers: AuditObserver[] = [];

  /** Work that follows from who did what (a notification to the assignee "by someone else"), in the same transaction. */
  observe(observer: AuditObserver): void {
    this.observers.push(observer);
  }

  async record(
    manager: EntityManager,
    entry: {
      actor: Actor | null;
      resource: string;
      recordId: number;
      action: AuditAction;
      before: object | null;
      after: object | null;
    },
  ): Promise<void> {
    await this.recordMany(manager, entry.actor, [entry]);
  }

  /** One event per entry, in statements of many rows: a bulk write (an import) audits every record it makes. */
  async recordMany(manager: EntityManager, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
    const at = new Date();
    const rows = entries.map((entry) => ({
      at,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? null,
      actorUsername: actor?.username ?? null,
      resource: entry.resource,
      recordId: entry.recordId,
      action: entry.action,
      before: (entry.before ? snapshot(entry.before) : null) as never,
      after: (entry.after ? snapshot(entry.after) : null) as never,
    }));
    await insertRecords(manager, AuditEvent, rows);
    for (const observer of this.observers) await observer(manager, actor, entries);
  }
}

/** A plain copy of a record's columns, without secrets or loaded relations. */
export function snapshot(record: object): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'passwordHash') continue;
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) continue;
    copy[key] = value;
  }
  return copy;
}
