import { BadRequestException } from '@nestjs/common';
import { ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { isDateOnly, isIsoDateTime } from '@crm/domain';
import { dialectOf } from '../database/dialect';
import { gramCondition, gramKey, gramTable, servedByGrams } from '../database/full-text';
import { ReadPool, readRaw, readTogether } from '../database/read-pool';
import { liveRowCountQuery } from '../database/row-counts';
import { Message, msg } from './i18n';
import { NAME_SORT_KEY } from './pinyin';
import { liveRecordById } from './record-by-id';

/**
 * The list query of the REST contract (ra-data-simple-rest with the operators of
 * ra-data-fakerest), written once: each resource only says which fields sort, filter and search.
 *
 *   sort=["name","ASC"]  range=[0,24]  filter={"q":"…","city":"Shanghai","tier":["core","strategic"],"startDate_gte":"2024-01-01"}
 */
export type FieldType = 'string' | 'number' | 'id' | 'boolean' | 'date' | 'datetime';

export interface ListSpec {
  /** Columns of the resource's table that may be filtered and sorted, with their types. */
  fields: Record<string, FieldType>;
  /** Fields that may be filtered but not sorted (e.g. long text). */
  unsortable?: string[];
  /** Columns the `q` full-text filter looks in. */
  search: string[];
  /**
   * Filters that are not a column of the table (e.g. enterprises by chamber through memberships):
   * they take a list of ids and narrow the query with a sub-select.
   */
  relations?: Record<string, (alias: string, param: string) => string>;
  defaultSort?: [string, 'ASC' | 'DESC'];
  /** Fields sorted by another column, e.g. a Chinese `name` by its pinyin key `nameSortKey` (common/pinyin.ts). */
  sortKeys?: Record<string, string>;
}

/**
 * A relation filter through another table: records whose `column` (their id by default) is among
 * `table.select` of the rows whose `table.where` is one of the ids asked for, e.g. enterprises of a
 * chamber through memberships. `liveOnly` skips soft-deleted rows of a table that has them.
 */
export function through(
  table: string,
  select: string,
  where: string,
  options: { column?: string; liveOnly?: boolean } = {},
) {
  const live = options.liveOnly ? ' AND "deletedAt" IS NULL' : '';
  return (alias: string, param: string) =>
    `"${alias}"."${options.column ?? 'id'}" IN (SELECT "${select}" FROM "${table}" WHERE "${where}" IN (:...${param})${live})`;
}

export const MAX_PAGE = 1000;
/**
 * The most ids one `id` filter may list: the annual report links a figure to the records behind it
 * as such a list, and at 100,000 enterprises a major's cooperating enterprises are a few thousand.
 */
export const MAX_ID_LIST = 20_000;
const OPERATORS = { gte: '>=', lte: '<=', gt: '>', lt: '<', neq: '<>' } as const;
type Operator = keyof typeof OPERATORS | 'eq';

export interface ListQueryInput {
  sort?: string;
  range?: string;
  filter?: string;
}

interface Condition {
  field: string;
  operator: Operator;
  value: unknown;
}

export interface ParsedListQuery {
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
  q?: string;
  conditions: Condition[];
  relations: { name: string; ids: number[] }[];
  /** `deleted: true` lists the soft-deleted records instead of the live ones (the bin). */
  deleted: boolean;
  /** No filter at all: the whole live table. */
  isUnfiltered: boolean;
}

function invalid(parameter: string, problem: Message): never {
  throw new BadRequestException({
    message: msg('list.invalid', { parameter, problem }),
    errors: { [parameter]: problem },
  });
}

function parseJson(parameter: string, text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  if (typeof text !== 'string') invalid(parameter, msg('list.givenOnce'));
  try {
    return JSON.parse(text);
  } catch {
    invalid(parameter, msg('list.notJson'));
  }
}

/** Checks a filter value against the field's type and returns it in the form the column stores. */
function coerce(field: string, type: FieldType, value: unknown): unknown {
  if (value === null) return null;
  const wrong = (what: Message): never => invalid('filter', msg('list.filterValueType', { field, what }));
  switch (type) {
    case 'string':
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      return wrong(msg('list.typeText'));
    case 'number':
    case 'id': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number)) return wrong(msg('list.typeNumber'));
      if (type === 'id' && !Number.isSafeInteger(number)) return wrong(msg('list.typeId'));
      return number;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return wrong(msg('list.typeBoolean'));
    case 'date':
      if (isDateOnly(value)) return value;
      return wrong(msg('list.typeDate'));
    case 'datetime':
      // Datetimes are stored as "YYYY-MM-DD HH:MM:SS.SSS" UTC, so compare in that form.
      if (isDateOnly(value)) return `${value} 00:00:00.000`;
      if (isIsoDateTime(value)) return new Date(value).toISOString().replace('T', ' ').replace('Z', '');
      return wrong(msg('list.typeDateTime'));
  }
}

/** Fields every resource has. */
const TRACKED_FIELDS: Record<string, FieldType> = { id: 'id', createdAt: 'datetime', updatedAt: 'datetime' };

export function parseListQuery(input: ListQueryInput, spec: ListSpec): ParsedListQuery {
  const fields = { ...TRACKED_FIELDS, ...spec.fields };
  const parsed: ParsedListQuery = {
    sort: spec.defaultSort ?? ['id', 'ASC'],
    range: [0, MAX_PAGE - 1],
    conditions: [],
    relations: [],
    deleted: false,
    isUnfiltered: true,
  };

  const range = parseJson('range', input.range);
  if (range !== undefined) {
    if (
      !Array.isArray(range) ||
      range.length !== 2 ||
      !range.every((n) => Number.isSafeInteger(n) && n >= 0) ||
      range[1] < range[0]
    ) {
      invalid('range', msg('list.rangeShape'));
    }
    if (range[1] - range[0] + 1 > MAX_PAGE) invalid('range', msg('list.rangeTooLarge', { max: MAX_PAGE }));
    parsed.range = [range[0], range[1]];
  }

  const filter = parseJson('filter', input.filter);
  if (filter !== undefined) parseFilter(filter, fields, spec, parsed);

  const sort = parseJson('sort', input.sort);
  if (sort !== undefined) {
    if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string')
      invalid('sort', msg('list.sortShape'));
    const [field, order] = sort as [string, unknown];
    const direction = typeof order === 'string' ? order.toUpperCase() : order;
    if (direction !== 'ASC' && direction !== 'DESC') invalid('sort', msg('list.sortDirection'));
    // the trash lists the newest deleted first: `deletedAt` sorts a list of deleted records only
    const sortable =
      (Object.hasOwn(fields, field) && !spec.unsortable?.includes(field)) || (field === 'deletedAt' && parsed.deleted);
    if (!sortable) invalid('sort', msg('list.cannotSort', { field }));
    parsed.sort = [field, direction];
  }

  parsed.isUnfiltered = !parsed.q && !parsed.deleted && parsed.conditions.length === 0 && parsed.relations.length === 0;
  return parsed;
}

function parseFilter(
  filter: unknown,
  fields: Record<string, FieldType>,
  spec: ListSpec,
  parsed: ParsedListQuery,
): void {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter))
    invalid('filter', msg('list.filterObject'));

  for (const [key, raw] of Object.entries(filter as Record<string, unknown>)) {
    if (key === 'q') {
      if (raw === undefined || raw === null || raw === '') continue;
      if (typeof raw !== 'string') invalid('filter', msg('list.qText'));
      if (raw.trim()) parsed.q = raw.trim();
      continue;
    }
    if (key === 'deleted') {
      parsed.deleted = coerce(key, 'boolean', raw) === true;
      continue;
    }
    if (spec.relations && Object.hasOwn(spec.relations, key)) {
      const ids = (Array.isArray(raw) ? raw : [raw]).map((value) => coerce(key, 'id', value));
      if (ids.some((id) => id === null)) invalid('filter', msg('list.nullIn', { field: key }));
      parsed.relations.push({ name: key, ids: ids as number[] });
      continue;
    }
    const match = /^(.+?)_(gte|lte|gt|lt|neq)$/.exec(key);
    const field = match && Object.hasOwn(fields, match[1]) ? match[1] : key;
    const operator: Operator = match && Object.hasOwn(fields, match[1]) ? (match[2] as Operator) : 'eq';
    const type = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (!type) invalid('filter', msg('list.cannotFilter', { field: key }));
    if (Array.isArray(raw)) {
      if (operator !== 'eq') invalid('filter', msg('list.singleValue', { field: key }));
      const most = field === 'id' ? MAX_ID_LIST : MAX_PAGE;
      if (raw.length > most) invalid('filter', msg('list.tooManyValues', { field: key, max: most }));
      parsed.conditions.push({ field, operator, value: raw.map((value) => coerce(field, type, value)) });
    } else {
      if (raw === null && operator !== 'eq' && operator !== 'neq')
        invalid('filter', msg('list.nullCompare', { field: key }));
      parsed.conditions.push({ field, operator, value: coerce(field, type, raw) });
    }
  }
}

/** Narrows a query builder by everything but sort and range (shared by the page and the count). */
export function applyFilters<T extends object>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  query: ParsedListQuery,
  spec: ListSpec,
): void {
  query.conditions.forEach((condition, index) => {
    const column = `"${alias}"."${condition.field}"`;
    const param = `f${index}`;
    if (Array.isArray(condition.value)) {
      if (condition.value.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere(`${column} IN (:...${param})`, { [param]: condition.value });
    } else if (condition.value === null) {
      qb.andWhere(`${column} IS ${condition.operator === 'neq' ? 'NOT ' : ''}NULL`);
    } else if (condition.operator === 'eq') {
      qb.andWhere(`${column} = :${param}`, { [param]: condition.value });
    } else {
      qb.andWhere(`${column} ${OPERATORS[condition.operator]} :${param}`, { [param]: condition.value });
    }
  });
  query.relations.forEach(({ name, ids }, index) => {
    const param = `r${index}`;
    if (ids.length === 0) qb.andWhere('1 = 0');
    else qb.andWhere(spec.relations![name](alias, param), { [param]: ids });
  });
  if (query.q && spec.search.length > 0) {
    const table = qb.expressionMap.mainAlias!.metadata.tableName;
    const { sql, parameters } = dialectOf(qb.connection).searchCondition(
      { table, alias, columns: spec.search, liveOnly: !query.deleted },
      query.q,
    );
    qb.andWhere(sql, parameters);
  }
}

export interface Page<T> {
  rows: T[];
  /** The total the filters match; of a search, at most the cap (`capped` when more match). */
  total: number;
  range: [number, number];
  /** More records match the search than its total says: it was counted up to the cap only. */
  capped?: boolean;
}

/**
 * How many records a search's total counts at most (CRM_SEARCH_COUNT_CAP, set once at start): a
 * search for 王 or w matches tens of thousands of records at 100,000, and an exact count of them
 * grows with the table, where "10,000+" tells a user as much. Filters without `q` stay exact.
 */
let searchCountCap = 10_000;

/** Sets the search count cap of the process (createApp, from the configuration). */
export function useSearchCountCap(cap: number): void {
  searchCountCap = cap;
}

/**
 * The query for the total the filters match: exact, or for a search up to one more than the cap,
 * which queryPage answers as the cap and `capped`. A whole table's comes from its live-row counter
 * (kept by triggers, see database/row-counts.ts); otherwise COUNT(*) — not TypeORM's getCount(),
 * whose COUNT(DISTINCT id) is for joins, which these queries have none of, and costs twice as much.
 */
export function totalQuery<T extends ObjectLiteral>(
  filtered: SelectQueryBuilder<T>,
  query: ParsedListQuery,
): SelectQueryBuilder<ObjectLiteral> {
  const table = filtered.expressionMap.mainAlias!.metadata.tableName;
  const counter = query.isUnfiltered ? liveRowCountQuery(filtered.connection, table) : undefined;
  if (counter) return counter;
  if (!query.q) return filtered.clone().select('COUNT(*)', 'total').orderBy();
  // a search of live rows and nothing else: the length of one range of the gram index
  const matching = gramSearchOnly(filtered, query)
    ? filtered.connection
        .createQueryBuilder()
        .select('1')
        .from(gramTable(table), 'gram')
        .where('gram."gram" = :q', { q: gramKey(query.q) })
    : filtered.clone().select('1').orderBy();
  // counted in a sub-select that stops at the cap: the count of 10,001 rows costs the same at any size
  matching.limit(searchCountCap + 1);
  return filtered.connection
    .createQueryBuilder()
    .select('COUNT(*)', 'total')
    .from(`(${matching.getQuery()})`, 'capped')
    .setParameters(matching.getParameters());
}

/** A search of live rows by the gram index and no other filter. */
function gramSearchOnly(qb: SelectQueryBuilder<ObjectLiteral>, query: ParsedListQuery): boolean {
  const searchOnly = !!query.q && !query.deleted && query.conditions.length === 0 && query.relations.length === 0;
  // both engines keep the gram index (full-text.ts, migrations/postgres)
  return searchOnly && servedByGrams(qb.expressionMap.mainAlias!.metadata.tableName, query.q!);
}

/** A table of at most this many live rows is read on the event loop: a scan of all of it takes well under a millisecond. */
const SMALL_TABLE_ROWS = 2000;
/** How long a table's row count is trusted before it is read again (a large import can grow a small table). */
const TABLE_SIZE_MS = 5000;
const tableSizes = new WeakMap<object, Map<string, { rows: number; readAt: number }>>();

/** Whether the table of a query is small (by its live-row counter; a table without one is not). */
async function isSmallTable(query: SelectQueryBuilder<ObjectLiteral>): Promise<boolean> {
  // without reader threads every read is here anyway
  if (!ReadPool.of(query.connection)) return false;
  const table = query.expressionMap.mainAlias!.metadata.tableName;
  const sizes = tableSizes.get(query.connection) ?? tableSizes.set(query.connection, new Map()).get(query.connection)!;
  let size = sizes.get(table);
  if (!size || Date.now() - size.readAt > TABLE_SIZE_MS) {
    const counter = liveRowCountQuery(query.connection, table);
    // on a reader thread, like the reads it decides about: the request's own statements stay what they were
    const total = counter ? ((await readRaw(query.connection, counter))[0][0]?.total as number | undefined) : undefined;
    size = { rows: total === undefined ? Infinity : Number(total), readAt: Date.now() };
    sizes.set(table, size);
  }
  return size.rows <= SMALL_TABLE_ROWS;
}

/** The id of a query that asks for one live record by id and nothing else. */
function soleId(query: ParsedListQuery): number | undefined {
  if (query.q || query.deleted || query.relations.length || query.conditions.length !== 1) return undefined;
  const [{ field, operator, value }] = query.conditions;
  return field === 'id' && operator === 'eq' && typeof value === 'number' ? value : undefined;
}

/**
 * The two statements of a list page: the page itself and the total the filters match (also what the
 * plan test of test/robustness/list-plans explains, so it checks exactly what the API runs).
 */
export function listStatements<T extends ObjectLiteral>(
  repository: Repository<T>,
  spec: ListSpec,
  query: ParsedListQuery,
) {
  const alias = 'record';
  const filtered = repository.createQueryBuilder(alias);
  if (query.deleted) filtered.withDeleted().andWhere(`"${alias}"."deletedAt" IS NOT NULL`);
  applyFilters(filtered, alias, query, spec);
  const [first, last] = query.range;
  const [field, direction] = query.sort;
  // searched by one or two Chinese characters and sorted by name: the page is the front of the gram index's
  // range, which is keyed by the name's sort key, the order the list sorts names in
  const windowed = gramSearchOnly(filtered, query) && field === 'name' && spec.sortKeys?.[field] === NAME_SORT_KEY;
  const base = windowed
    ? repository
        .createQueryBuilder(alias)
        .andWhere(
          gramCondition(filtered.expressionMap.mainAlias!.metadata.tableName, alias, { direction, rows: last + 1 }),
          { q: gramKey(query.q!) },
        )
    : filtered;
  const page = base
    .clone()
    .orderBy(`${alias}.${spec.sortKeys?.[field] ?? field}`, direction)
    .addOrderBy(`${alias}.id`, direction)
    .offset(first)
    .limit(last - first + 1);
  return { filtered, page, total: totalQuery(filtered, query) };
}

/**
 * One page of a table for a list query, and the total the filters match, read in one snapshot
 * off the event loop (database/read-pool.ts).
 */
export async function queryPage<T extends ObjectLiteral>(
  repository: Repository<T>,
  spec: ListSpec,
  input: ListQueryInput,
): Promise<Page<T>> {
  const query = parseListQuery(input, spec);
  const id = soleId(query);
  if (id !== undefined) {
    // one live record by its id (a point read): the page is the record or nothing, the total its count
    const record = await liveRecordById(repository, id);
    const [first] = query.range;
    const rows = record && first === 0 ? [record] : [];
    return { rows, total: record ? 1 : 0, range: [first, first + rows.length - 1] };
  }
  const { filtered, page, total } = listStatements(repository, spec, query);
  // records asked for by id (react-admin's getMany) are found by key, and a small table is read whole in less
  // time than the trip to a reader thread takes: read those here
  const byKey = query.conditions.some(
    (condition) => condition.field === 'id' && condition.operator === 'eq' && condition.value !== null,
  );
  const here = byKey || (await isSmallTable(filtered));
  const [rows, totals] = await readTogether(page, [total], here);
  const [first] = query.range;
  const counted = Number(totals[0]?.total ?? 0);
  const capped = !!query.q && counted > searchCountCap;
  return {
    rows,
    total: capped ? searchCountCap : counted,
    range: [first, first + rows.length - 1],
    ...(capped ? { capped } : {}),
  };
}
