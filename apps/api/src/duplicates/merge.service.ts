import { BadRequestException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { organisationNameKey } from '@crm/domain';
import type { Actor } from '../common/actor';
import { AuditService, snapshot } from '../common/audit.service';
import { fieldErrors, notFound } from '../common/errors';
import { searchableNameKeys } from '../common/pinyin';
import { dependentsOf } from '../common/relations';
import { refreshTwinKeys, TwinResource } from './twin-keys';
import { msg, SectionKey } from '../common/i18n';
import { Contact } from '../contacts/contact.entity';
import { WriteQueue } from '../database/write-queue';
import { EnterpriseStanding } from '../standing/enterprise-standing.service';
import { Enterprise } from '../enterprises/enterprise.entity';

/** Fields of the other record a merge may keep instead of the survivor's. */
export const ENTERPRISE_MERGE_FIELDS = [
  'name',
  'uscc',
  'industry',
  'ownership',
  'size',
  'city',
  'address',
  'website',
  'tier',
  'ownerId',
  'notes',
] as const;
export const CONTACT_MERGE_FIELDS = [
  'name',
  'title',
  'enterpriseId',
  'chamberId',
  'phone',
  'email',
  'wechat',
  'permission',
  'notes',
] as const;

/** Records that point at a merged record through `column` and move to the survivor. */
export interface MergeReference {
  /** What the answer and the audit event count them as: their table, or for a link row its owner's ("meetings"). */
  label: string;
  target: EntityTarget<ObjectLiteral>;
  table: string;
  column: string;
  /** For a link table keyed by (owner, column): a link the survivor already has is dropped, not doubled. */
  linkKey?: string;
  /** A live-unique rule on (column, ...uniqueWith): the other's live row that would break it goes to the trash. */
  uniqueWith?: string[];
}

/**
 * Everything that points at a record of `entity`, read from the relations' metadata (the
 * dependents of common/relations.ts): a new resource pointing at an enterprise or a contact is
 * moved by a merge without a line here.
 */
export function mergeReferences(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): MergeReference[] {
  return dependentsOf(dataSource, dataSource.getMetadata(entity)).map((dependent) => {
    const metadata = dataSource.getMetadata(dependent.target);
    const column = metadata.findColumnWithPropertyName(dependent.field)!.databaseName;
    const owner = dependent.owner ? metadata.findRelationWithPropertyPath(dependent.owner)! : undefined;
    const unique = metadata.indices.find(
      (index) =>
        index.isUnique &&
        index.where?.includes('deletedAt') &&
        index.columns.some((candidate) => candidate.databaseName === column),
    );
    return {
      label: owner ? owner.inverseEntityMetadata.tableName : metadata.tableName,
      target: dependent.target,
      table: metadata.tableName,
      column,
      linkKey: owner?.joinColumns[0].databaseName,
      uniqueWith: unique?.columns.map((candidate) => candidate.databaseName).filter((name) => name !== column),
    };
  });
}

export interface MergeAnswer<R> {
  survivor: R;
  /** What moved to the survivor, per kind of record. */
  moved: Record<string, number>;
}

/**
 * Merging two records that are one: every reference moves to the survivor in one transaction, the
 * other goes to the trash (restorable, its references stay with the survivor) and one audit event
 * records it. Only the administrator merges.
 */
@Injectable()
export class MergeService {
  private readonly references: Map<unknown, MergeReference[]>;

  constructor(
    dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly standing: EnterpriseStanding,
  ) {
    this.references = new Map([Enterprise, Contact].map((entity) => [entity, mergeReferences(dataSource, entity)]));
  }

  mergeEnterprises(
    id: number,
    body: { otherId: number; fields?: string[] },
    actor: Actor | null,
  ): Promise<MergeAnswer<Enterprise>> {
    return this.merge(
      Enterprise,
      'enterprises',
      'enterprise',
      ENTERPRISE_MERGE_FIELDS,
      id,
      body,
      actor,
      async (manager, survivor, other) => {
        // the other's names live on as aliases, so that a search or the next import still finds the survivor
        const names = [survivor.name, ...survivor.aliases, other.name, ...other.aliases];
        const seen = new Set([organisationNameKey(survivor.name)]);
        survivor.aliases = names.filter((name) => {
          const key = organisationNameKey(name);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      },
    );
  }

  mergeContacts(
    id: number,
    body: { otherId: number; fields?: string[] },
    actor: Actor | null,
  ): Promise<MergeAnswer<Contact>> {
    return this.merge(
      Contact,
      'contacts',
      'contact',
      CONTACT_MERGE_FIELDS,
      id,
      body,
      actor,
      async (_manager, survivor, other) => {
        // a contact works at one organisation: taking the other's enterprise or chamber takes the pair
        if (body.fields?.includes('enterpriseId') || body.fields?.includes('chamberId')) {
          survivor.enterpriseId = other.enterpriseId;
          survivor.chamberId = other.chamberId;
        }
      },
    );
  }

  private merge<E extends Enterprise | Contact>(
    entity: new () => E,
    resource: string,
    noun: SectionKey<'nouns'>,
    mergeable: readonly string[],
    id: number,
    body: { otherId: number; fields?: string[] },
    actor: Actor | null,
    particular: (manager: EntityManager, survivor: E, other: E) => Promise<void>,
  ): Promise<MergeAnswer<E>> {
    const unknown = (body.fields ?? []).filter((field) => !mergeable.includes(field));
    if (unknown.length)
      throw fieldErrors({ fields: msg('merge.fieldsAllowed', { allowed: [...mergeable], given: unknown }) });
    if (body.otherId === id) throw fieldErrors({ otherId: msg('merge.sameRecord', { noun: msg(`nouns.${noun}`) }) });
    return this.writes.transaction(async (manager) => {
      const survivor = await manager.findOne(entity, { where: { id } as never });
      if (!survivor) throw notFound(noun, id);
      const other = await manager.findOne(entity, { where: { id: body.otherId } as never });
      if (!other)
        throw new BadRequestException({
          message: msg('merge.noOther', { noun: msg(`nouns.${noun}`), id: body.otherId }),
          errors: { otherId: msg('merge.namesNoLive', { noun: msg(`nouns.${noun}`) }) },
        });
      const before = snapshot(survivor);
      const now = new Date();

      // the other leaves first, so that a code or a membership it frees can be the survivor's
      // eslint-disable-next-line no-restricted-syntax -- remaining: a merge moves references in set-based statements and writes one merge event for the whole
      await manager.update(
        entity,
        other.id as never,
        { deletedAt: now, updatedAt: now, version: other.version + 1 } as never,
      );
      // what moved, per kind of record: a kind the other had none of is left out (a new resource adds no zero to every answer)
      const moved: Record<string, number> = {};
      for (const reference of this.references.get(entity)!) {
        const count = await this.move(manager, reference, other.id, survivor.id, now);
        if (count > 0) moved[reference.label] = (moved[reference.label] ?? 0) + count;
      }

      for (const field of body.fields ?? [])
        (survivor as unknown as Record<string, unknown>)[field] = (other as unknown as Record<string, unknown>)[field];
      await particular(manager, survivor, other);
      Object.assign(survivor, searchableNameKeys(survivor.name));
      survivor.updatedAt = now;
      // eslint-disable-next-line no-restricted-syntax -- remaining: a merge moves references in set-based statements and writes one merge event for the whole
      await manager.save(entity, survivor);
      // the survivor's stage and last contact now count the other's meetings and outcomes
      if (entity === (Enterprise as unknown)) await this.standing.refresh(manager, [survivor.id]);
      await refreshTwinKeys(manager, resource as TwinResource, [survivor.id, other.id]);
      // a contact's name key names its enterprise: the contacts that moved are found under the survivor now
      if (entity === (Enterprise as unknown)) {
        const contacts = await manager.find(Contact, { select: { id: true }, where: { enterpriseId: survivor.id } });
        await refreshTwinKeys(
          manager,
          'contacts',
          contacts.map((contact) => contact.id),
        );
      }
      const after = await manager.findOneOrFail(entity, { where: { id } as never });
      await this.audit.record(manager, {
        actor,
        resource,
        recordId: id,
        action: 'merge',
        before: {
          ...before,
          mergedId: other.id,
          merged: Object.entries(snapshot(other)).map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
        },
        after: {
          ...snapshot(after),
          mergedId: other.id,
          fieldsTaken: body.fields ?? [],
          moved: Object.entries(moved).map(([label, count]) => `${count} ${label}`),
        },
      });
      return { survivor: after, moved };
    });
  }

  /** Points every row of one kind from the other record at the survivor (deleted ones too, so a restore finds the survivor); answers how many. */
  private async move(
    manager: EntityManager,
    reference: MergeReference,
    otherId: number,
    survivorId: number,
    now: Date,
  ): Promise<number> {
    const { target, table, column } = reference;
    const ids = { other: otherId, survivor: survivorId };
    if (reference.linkKey) {
      const key = reference.linkKey;
      // eslint-disable-next-line no-restricted-syntax -- remaining: a merge moves references in set-based statements and writes one merge event for the whole
      await manager
        .createQueryBuilder()
        .delete()
        .from(target)
        .where(
          `"${column}" = :other AND "${key}" IN (SELECT "${key}" FROM "${table}" WHERE "${column}" = :survivor)`,
          ids,
        )
        .execute();
    }
    if (reference.uniqueWith?.length) {
      const rest = reference.uniqueWith.map((name) => `"${name}"`).join(', ');
      // eslint-disable-next-line no-restricted-syntax -- remaining: a merge moves references in set-based statements and writes one merge event for the whole
      await manager
        .createQueryBuilder()
        .update(target)
        .set({ deletedAt: now, updatedAt: now, version: () => '"version" + 1' })
        .where(
          `"${column}" = :other AND "deletedAt" IS NULL AND (${rest}) IN (SELECT ${rest} FROM "${table}" WHERE "${column}" = :survivor AND "deletedAt" IS NULL)`,
          ids,
        )
        .execute();
    }
    const row = await manager
      .createQueryBuilder()
      .withDeleted()
      .select('COUNT(*)', 'count')
      .from(table, 'row')
      .where(`"row"."${column}" = :other`, ids)
      .getRawOne<{ count: number | string }>();
    // moving is an edit of each row: its version changes, so a form open on it cannot write the old enterprise back
    const bookkeeping = reference.linkKey ? {} : { updatedAt: now, version: () => '"version" + 1' };
    // eslint-disable-next-line no-restricted-syntax -- remaining: a merge moves references in set-based statements and writes one merge event for the whole
    await manager
      .createQueryBuilder()
      .update(target)
      .set({ [column]: survivorId, ...bookkeeping })
      .where(`"${column}" = :other`, ids)
      .execute();
    return Number(row?.count ?? 0);
  }
}
