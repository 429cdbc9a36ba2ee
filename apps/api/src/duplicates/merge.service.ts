import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { organisationNameKey } from '@crm/domain';
import type { Actor } from '../common/actor';
import { AuditService, snapshot } from '../common/audit.service';
import { Cause, CrudService } from '../common/crud.service';
import { fieldErrors, notFound } from '../common/errors';
import { dependentsOf } from '../common/relations';
import { RESOURCE_REGISTRY, type ResourceDeclaration } from '../common/resource';
import type { TrackedEntity } from '../common/tracked.entity';
import { msg, SectionKey } from '../common/i18n';
import { Contact } from '../contacts/contact.entity';
import { WriteQueue } from '../database/write-queue';
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
  /** The column's property, as a write of the pipeline names it. */
  field: string;
  /** For a link row: the record it is part of (a meeting), whose service moves it as an edit of that record. */
  owner?: EntityTarget<ObjectLiteral>;
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
      field: dependent.field,
      owner: owner?.inverseEntityMetadata.target,
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
 *
 * Every row a merge changes is written through the pipeline (CrudService updateManyIn, relinkIn,
 * removeIn, updateIn): its rules, its new version (a form open on a moved contact cannot write the
 * old enterprise back), its change listeners (the survivor's standing, the twin keys). They are
 * caused by the merge (a Cause): their audit entries are folded into the merge's one event, which
 * names each, instead of being events of their own. A merge is one act of the administrator; forty
 * "changed" events and a "deleted" one beside it would bury it in the trail and tell the other's
 * owner of a delete as well as of the merge, where one "merged" notification says what happened.
 */
@Injectable()
export class MergeService {
  private readonly references: Map<unknown, MergeReference[]>;

  constructor(
    dataSource: DataSource,
    private readonly writes: WriteQueue,
    private readonly audit: AuditService,
    private readonly modules: ModuleRef,
    @Inject(RESOURCE_REGISTRY) private readonly resources: ResourceDeclaration[],
  ) {
    this.references = new Map([Enterprise, Contact].map((entity) => [entity, mergeReferences(dataSource, entity)]));
  }

  mergeEnterprises(
    id: number,
    body: { otherId: number; fields?: string[] },
    actor: Actor | null,
  ): Promise<MergeAnswer<Enterprise>> {
    return this.merge(Enterprise, 'enterprise', ENTERPRISE_MERGE_FIELDS, id, body, actor, (survivor, other) => {
      // the other's names live on as aliases, so that a search or the next import still finds the survivor
      const names = [survivor.name, ...survivor.aliases, other.name, ...other.aliases];
      const seen = new Set([organisationNameKey(survivor.name)]);
      return {
        aliases: names.filter((name) => {
          const key = organisationNameKey(name);
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        }),
      };
    });
  }

  mergeContacts(
    id: number,
    body: { otherId: number; fields?: string[] },
    actor: Actor | null,
  ): Promise<MergeAnswer<Contact>> {
    return this.merge(Contact, 'contact', CONTACT_MERGE_FIELDS, id, body, actor, (_survivor, other) =>
      // a contact works at one organisation: taking the other's enterprise or chamber takes the pair
      body.fields?.includes('enterpriseId') || body.fields?.includes('chamberId')
        ? { enterpriseId: other.enterpriseId, chamberId: other.chamberId }
        : {},
    );
  }

  private merge<E extends Enterprise | Contact>(
    entity: new () => E,
    noun: SectionKey<'nouns'>,
    mergeable: readonly string[],
    id: number,
    body: { otherId: number; fields?: string[] },
    actor: Actor | null,
    /** What the survivor takes beyond the chosen fields, from the survivor with them taken and the other. */
    particular: (taken: E, other: E) => Partial<E>,
  ): Promise<MergeAnswer<E>> {
    const unknown = (body.fields ?? []).filter((field) => !mergeable.includes(field));
    if (unknown.length)
      throw fieldErrors({ fields: msg('merge.fieldsAllowed', { allowed: [...mergeable], given: unknown }) });
    if (body.otherId === id) throw fieldErrors({ otherId: msg('merge.sameRecord', { noun: msg(`nouns.${noun}`) }) });
    const records = this.serviceOf(entity);
    return this.writes.transaction(async (manager) => {
      const survivor = await manager.findOne(entity, { where: { id } as never });
      if (!survivor) throw notFound(noun, id);
      const other = await manager.findOne(entity, { where: { id: body.otherId } as never });
      if (!other)
        throw new BadRequestException({
          message: msg('merge.noOther', { noun: msg(`nouns.${noun}`), id: body.otherId }),
          errors: { otherId: msg('merge.namesNoLive', { noun: msg(`nouns.${noun}`) }) },
        });
      const cause = new Cause();

      // what moved, per kind of record: a kind the other had none of is left out (a new resource adds no zero to every answer)
      const moved: Record<string, number> = {};
      for (const reference of this.references.get(entity)!) {
        const count = await this.move(manager, reference, other.id, survivor.id, actor, cause);
        if (count > 0) moved[reference.label] = (moved[reference.label] ?? 0) + count;
      }
      // nothing points at the other now: it goes to the trash by the pipeline's delete, and before the
      // survivor's edit, so that a code it frees (a USCC) can be the survivor's
      await records.removeIn(manager, other.id, actor, { cause });

      const taken = Object.fromEntries(
        (body.fields ?? []).map((field) => [field, (other as unknown as Record<string, unknown>)[field]]),
      ) as Partial<E>;
      const changes = { ...taken, ...particular(Object.assign(manager.create(entity, { ...survivor }), taken), other) };
      await records.updateIn(manager, 'update', id, { ...changes, version: survivor.version }, actor, undefined, {
        cause,
      });
      const edit = cause.entries.find((entry) => entry.resource === records.resource && entry.recordId === id)!;
      const after = await manager.findOneOrFail(entity, { where: { id } as never });
      await this.audit.record(manager, {
        actor,
        resource: records.resource,
        recordId: id,
        action: 'merge',
        before: {
          ...snapshot(edit.before!),
          mergedId: other.id,
          merged: Object.entries(snapshot(other)).map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
        },
        after: {
          ...snapshot(edit.after!),
          mergedId: other.id,
          fieldsTaken: body.fields ?? [],
          moved: Object.entries(moved).map(([label, count]) => `${count} ${label}`),
          // every other write the merge made, each with a new version: "contacts 12 update", "enterprises 7 delete"
          changed: cause.entries
            .filter((entry) => entry !== edit)
            .map((entry) => `${entry.resource} ${entry.recordId} ${entry.action}`),
        },
      });
      return { survivor: after, moved };
    });
  }

  /** The pipeline's service of a kind of record. */
  private serviceOf(target: unknown): CrudService<TrackedEntity, object> {
    const declaration = this.resources.find((candidate) => candidate.entity === target)!;
    return this.modules.get(declaration.service, { strict: false });
  }

  /** Points every row of one kind from the other record at the survivor (deleted ones too, so a restore finds the survivor); answers how many. */
  private async move(
    manager: EntityManager,
    reference: MergeReference,
    otherId: number,
    survivorId: number,
    actor: Actor | null,
    cause: Cause,
  ): Promise<number> {
    const { table, column } = reference;
    if (reference.linkKey)
      return this.serviceOf(reference.owner).relinkIn(
        manager,
        { target: reference.target, column, ownerKey: reference.linkKey },
        otherId,
        survivorId,
        actor,
        { cause },
      );
    const service = this.serviceOf(reference.target);
    const ids = async (where: string) =>
      (
        (await manager.query(
          ...manager.connection.driver.escapeQueryWithParameters(
            `SELECT "id" FROM "${table}" WHERE "${column}" = :other${where}`,
            { other: otherId, survivor: survivorId },
          ),
        )) as { id: number }[]
      ).map((row) => Number(row.id));
    if (reference.uniqueWith?.length) {
      const rest = reference.uniqueWith.map((name) => `"${name}"`).join(', ');
      const clashing = await ids(
        ` AND "deletedAt" IS NULL AND (${rest}) IN (SELECT ${rest} FROM "${table}" WHERE "${column}" = :survivor AND "deletedAt" IS NULL)`,
      );
      await service.updateManyIn(manager, clashing, { deletedAt: new Date() }, actor, { cause });
    }
    const moving = await ids('');
    await service.updateManyIn(manager, moving, { [reference.field]: survivorId }, actor, { cause });
    return moving.length;
  }
}
