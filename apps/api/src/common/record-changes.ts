import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A record written by its service, as presented: `before` is null on create. */
export interface RecordChange {
  resource: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

export type ChangeListener = (manager: EntityManager, change: RecordChange) => Promise<void>;

/**
 * What a write means for records above the one written, said by the one above: an enterprise's
 * standing follows its meetings and outcomes without the meetings and outcomes knowing of it.
 * Listeners run inside the write's transaction, so a derived value is never stale.
 */
@Injectable()
export class RecordChanges {
  private readonly listeners: { resources: readonly string[]; listener: ChangeListener }[] = [];

  listen(resources: readonly string[], listener: ChangeListener): void {
    this.listeners.push({ resources, listener });
  }

  async changed(manager: EntityManager, change: RecordChange): Promise<void> {
    for (const { resources, listener } of this.listeners) if (resources.includes(change.resource)) await listener(manager, change);
  }
}
