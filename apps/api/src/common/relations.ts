import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { RecordNoun } from './errors';

/*
 * What points at what is stated once, by each entity's `@ManyToOne`: the CRUD base reads from
 * TypeORM's metadata the ids a record must resolve (its references) and the live records that stop
 * it from being deleted (its dependents, the other side of every relation pointing at it). Deletes
 * are soft, so the database's RESTRICT keys never fire: these checks are what keeps links whole.
 */

/** A field that points at another record: checked to name a live record before a write. */
export interface Reference {
  field: string;
  target: EntityTarget<ObjectLiteral>;
  noun: RecordNoun;
}

/** Live records elsewhere that point at a record through `field` and so stop it from being deleted. */
export interface Dependent {
  target: EntityTarget<ObjectLiteral>;
  field: string;
  /** The `nouns` catalogue entry that counts them ("{count} contacts"). */
  noun: RecordNoun;
  /**
   * For a link table (no soft delete of its own): the relation to the record that owns the link,
   * which counts only while that owner is live (a meeting in the bin blocks nothing).
   */
  owner?: string;
}

interface Nouns {
  /** A record in a sentence: "There is no {noun} with id 5". */
  one: RecordNoun;
  /** Records of this kind counted among the dependents of another: "{count} contacts". */
  many?: RecordNoun;
}

const nouns = new Map<unknown, Nouns>();
const countedAs = new Map<unknown, Map<string, RecordNoun>>();

/** Names an entity's records in the `nouns` catalogue section. */
export function RecordNouns(names: Nouns): ClassDecorator {
  return (target) => {
    nouns.set(target, names);
  };
}

/**
 * How the records pointing through this relation are counted when they stop a delete, where it is
 * not simply their plural ("{count} meetings chaired" rather than "{count} meetings").
 */
export function CountedAs(noun: RecordNoun): PropertyDecorator {
  return (prototype, property) => {
    const byProperty = countedAs.get(prototype.constructor) ?? new Map<string, RecordNoun>();
    byProperty.set(String(property), noun);
    countedAs.set(prototype.constructor, byProperty);
  };
}

export function nounsOf(target: unknown): Nouns {
  const found = nouns.get(target);
  if (!found) throw new Error(`${(target as { name?: string }).name ?? String(target)} has no @RecordNouns`);
  return found;
}

/** The relations of `metadata` that hold a key of their own (many-to-one, or the owning side of a one-to-one). */
function pointers(metadata: EntityMetadata) {
  return metadata.relations.filter(
    (relation) => relation.joinColumns.length === 1 && (relation.isManyToOne || relation.isOneToOneOwner),
  );
}

/** Every id a record of `metadata` carries that names another record. */
export function referencesOf(metadata: EntityMetadata): Reference[] {
  return pointers(metadata).map((relation) => ({
    field: relation.joinColumns[0].propertyName,
    target: relation.inverseEntityMetadata.target,
    noun: nounsOf(relation.inverseEntityMetadata.target).one,
  }));
}

/**
 * What stops a record of `metadata` from being deleted: every live row of another table pointing at
 * it. A row of a table without soft delete is live while its owner (its other relation, to a record
 * that has one) is; rows without such an owner (a session, a calendar link, an earlier agreement
 * term) and the record's own `parts` belong to the record and never stop it.
 */
export function dependentsOf(
  dataSource: DataSource,
  metadata: EntityMetadata,
  parts: EntityTarget<ObjectLiteral>[] = [],
): Dependent[] {
  const found: Dependent[] = [];
  for (const other of dataSource.entityMetadatas) {
    if (parts.includes(other.target)) continue;
    for (const relation of pointers(other)) {
      if (relation.inverseEntityMetadata.target !== metadata.target) continue;
      const field = relation.joinColumns[0].propertyName;
      const counted = countedAs.get(other.target)?.get(relation.propertyName);
      if (other.deleteDateColumn) {
        found.push({
          target: other.target,
          field,
          noun: counted ?? nounsOf(other.target).many ?? nounsOf(other.target).one,
        });
        continue;
      }
      const owner = pointers(other).find(
        (candidate) => candidate !== relation && candidate.inverseEntityMetadata.deleteDateColumn,
      );
      if (!owner) continue;
      const ownerNouns = nounsOf(owner.inverseEntityMetadata.target);
      found.push({
        target: other.target,
        field,
        noun: counted ?? ownerNouns.many ?? ownerNouns.one,
        owner: owner.propertyName,
      });
    }
  }
  return found;
}
