import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A record written by its service, as presented: `before` is null on create. */
export interface RecordChange {
  resource: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** Told of the records of one resource a write changed: one, or all the rows of a bulk write at once. */
export type ChangeListener = (manager: EntityManager, changes: RecordChange[]) => Promise<void>;

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
    await this.changedMany(manager, change.resource, [change]);
  }

  /** Many records of one resource written at once (a bulk create): each listener hears of all of them in one call. */
  async changedMany(
    manager: EntityManager,
    resource: string,
    changes: Omit<RecordChange, 'resource'>[],
  ): Promise<void> {
    if (changes.length === 0) return;
    const told = changes.map((change) => ({ ...change, resource }));
    for (const { resources, listener } of this.listeners)
      if (resources.includes(resource)) await listener(manager, told);
  }
}
