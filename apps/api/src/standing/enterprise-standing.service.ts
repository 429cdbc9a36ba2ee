import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { chinaDay, OutcomeStage, RelationshipStage, relationshipStage } from '@crm/domain';
import { RecordChanges } from '../common/record-changes';
import { Enterprise } from '../enterprises/enterprise.entity';
import { MeetingEnterprise } from '../meetings/meeting.entity';
import { Outcome } from '../outcomes/outcome.entity';

/** The instant a database returns for a datetime aggregate: a Date (PostgreSQL) or UTC text (SQLite). */
export function instantOf(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

/** An enterprise's derived columns. */
interface Standing {
  relationshipStage: RelationshipStage;
  lastContactDate: string | null;
}

/**
 * Keeps each enterprise's derived relationship stage and last contact date in step with its
 * meetings and outcomes: above all three, it listens to every write of a meeting or an outcome (and
 * is called by the bulk writers: imports, merges, renewals), inside the transaction that changed
 * them, so the derived columns are never stale and can be filtered and sorted like any other.
 */
@Injectable()
export class EnterpriseStanding {
  constructor(changes: RecordChanges) {
    // every enterprise a meeting or an outcome named before or names now: a date or a stage may have moved
    changes.listen(['meetings', 'outcomes'], async (manager, told) => {
      const refreshed: (number | null | undefined)[] = [];
      for (const { resource, before, after } of told) {
        if (resource === 'meetings' && before === null)
          await this.meetingAdded(manager, (after.enterpriseIds as number[] | undefined) ?? [], after.startsAt as Date);
        else
          refreshed.push(
            ...([before, after].flatMap((record) => [
              record?.enterpriseId,
              ...((record?.enterpriseIds as number[] | undefined) ?? []),
            ]) as (number | null | undefined)[]),
          );
      }
      await this.refresh(manager, refreshed);
    });
  }

  async refresh(manager: EntityManager, enterpriseIds: Iterable<number | null | undefined>): Promise<void> {
    const ids = [...new Set([...enterpriseIds].filter((id): id is number => typeof id === 'number'))];
    if (ids.length === 0) return;
    const [outcomes, meetings] = await Promise.all([
      manager.find(Outcome, { select: { enterpriseId: true, stage: true }, where: { enterpriseId: In(ids) } }),
      manager
        .createQueryBuilder(MeetingEnterprise, 'link')
        .innerJoin('link.meeting', 'meeting')
        .select('link.enterpriseId', 'enterpriseId')
        .addSelect('COUNT(*)', 'meetings')
        .addSelect('MAX(meeting.startsAt)', 'latest')
        .where('link.enterpriseId IN (:...ids)', { ids })
        .groupBy('link.enterpriseId')
        .getRawMany<{ enterpriseId: number; meetings: number | string; latest: unknown }>(),
    ]);
    const stages = new Map<number, OutcomeStage[]>();
    for (const outcome of outcomes)
      stages.set(outcome.enterpriseId, [...(stages.get(outcome.enterpriseId) ?? []), outcome.stage]);
    const contact = new Map(meetings.map((row) => [Number(row.enterpriseId), row]));
    const standing = new Map<number, Standing>(
      ids.map((id) => {
        const met = contact.get(id);
        const latest = instantOf(met?.latest);
        return [
          id,
          {
            relationshipStage: relationshipStage({
              outcomeStages: stages.get(id) ?? [],
              meetingCount: Number(met?.meetings ?? 0),
            }),
            lastContactDate: latest ? chinaDay(latest) : null,
          },
        ];
      }),
    );
    await this.write(manager, ids, (stored) => standing.get(stored.id)!);
  }

  /**
   * A new meeting with these enterprises, starting at `startsAt`: one more meeting can only make a
   * prospect engaged and move the last contact later, so the change is known without counting
   * their meetings again (an enterprise met a thousand times costs what a new one does), nor even
   * reading their standing: one statement changes only the rows it moves.
   */
  async meetingAdded(manager: EntityManager, enterpriseIds: Iterable<number>, startsAt: Date): Promise<void> {
    const ids = [...new Set(enterpriseIds)];
    if (ids.length === 0) return;
    const day = chinaDay(new Date(startsAt));
    // derived values are not an edit: version and updatedAt stay as they are, so a client's copy stays valid
    const later = `("lastContactDate" IS NULL OR "lastContactDate" < :day)`;
    const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
      // eslint-disable-next-line no-restricted-syntax -- derived: an enterprise's standing columns, set by the change listener inside the write's transaction
      `UPDATE "enterprises" SET "relationshipStage" = CASE WHEN "relationshipStage" = :prospect THEN :engaged ELSE "relationshipStage" END, ` +
        `"lastContactDate" = CASE WHEN ${later} THEN :day ELSE "lastContactDate" END ` +
        `WHERE "id" IN (:...ids) AND ("relationshipStage" = :prospect OR ${later})`,
      { ids, day, prospect: 'prospect' satisfies RelationshipStage, engaged: 'engaged' satisfies RelationshipStage },
    );
    await manager.query(sql, parameters);
  }

  /**
   * Writes the standings (from the stored ones) that differ from the stored ones: one statement per
   * distinct standing (a new meeting gives all its enterprises the same day), plain values so each
   * engine types them as its column.
   */
  private async write(
    manager: EntityManager,
    ids: number[],
    wanted: (stored: Standing & { id: number }) => Standing,
  ): Promise<void> {
    const stored = await manager.find(Enterprise, {
      select: { id: true, relationshipStage: true, lastContactDate: true },
      where: { id: In(ids) },
      withDeleted: true,
    });
    const groups = new Map<string, { standing: Standing; ids: number[] }>();
    for (const enterprise of stored) {
      const next = wanted(enterprise);
      if (
        next.relationshipStage === enterprise.relationshipStage &&
        next.lastContactDate === enterprise.lastContactDate
      )
        continue;
      const key = `${next.relationshipStage}|${next.lastContactDate ?? ''}`;
      const group = groups.get(key) ?? groups.set(key, { standing: next, ids: [] }).get(key)!;
      group.ids.push(enterprise.id);
    }
    for (const { standing, ids: changed } of groups.values()) {
      // eslint-disable-next-line no-restricted-syntax -- derived: an enterprise's standing columns, set by the change listener inside the write's transaction
      await manager
        .createQueryBuilder()
        .update(Enterprise)
        .set({
          ...standing,
          // derived values are not an edit: a client's version and updatedAt stay valid
          version: () => '"version"',
          updatedAt: () => '"updatedAt"',
        })
        .where('id IN (:...changed)', { changed })
        .execute();
    }
  }
}
