import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Alias } from 'typeorm/query-builder/Alias';
import { RawSqlResultsToEntityTransformer } from 'typeorm/query-builder/transformer/RawSqlResultsToEntityTransformer';

interface Hydrator {
  transformer: RawSqlResultsToEntityTransformer;
  alias: Alias;
}

const hydrators = new WeakMap<EntityMetadata, Map<string, Hydrator>>();

/**
 * The entities getMany() would make of the raw rows of `query`, a whole-record SELECT of one table
 * (no joins or relation ids, nothing listening for "load"), by TypeORM's own transformer:
 * one kept per table and alias, whose caches of column aliases then outlive the request, where
 * getMany() builds a new one, and the loaders for relations there are none of, every time.
 * Undefined for any other query, which getMany() must hydrate itself.
 */
export function flatEntities<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  rows: ObjectLiteral[],
): T[] | undefined {
  const map = query.expressionMap;
  const main = map.mainAlias;
  if (!main?.hasMetadata) return undefined;
  const metadata = main.metadata;
  const flat =
    map.selects.length === 1 &&
    map.selects[0].selection === main.name &&
    map.joinAttributes.length === 0 &&
    map.relationIdAttributes.length === 0 &&
    map.relationLoadStrategy !== 'query' &&
    !map.options.includes('create-pojo') &&
    metadata.eagerRelations.length === 0 &&
    metadata.afterLoadListeners.length === 0 &&
    query.connection.subscribers.length === 0;
  if (!flat) return undefined;
  const byAlias = hydrators.get(metadata) ?? hydrators.set(metadata, new Map()).get(metadata)!;
  let hydrator = byAlias.get(main.name);
  if (!hydrator) {
    // a builder of its own, never changed after, so that what the transformer reads of it stays as checked above
    const own = query.connection.createQueryBuilder(metadata.target, main.name).expressionMap;
    hydrator = {
      transformer: new RawSqlResultsToEntityTransformer(own, query.connection.driver, [], undefined),
      alias: own.mainAlias!,
    };
    byAlias.set(main.name, hydrator);
  }
  return hydrator.transformer.transform(rows, hydrator.alias) as T[];
}
