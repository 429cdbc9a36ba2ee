import Database from 'better-sqlite3';
import { DataSource, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { Harness, startHarness } from '../api/harness';
import { onPostgres } from '../fixtures/engine';
import { RESOURCES } from '../../apps/api/src/resources';
import { CrudService } from '../../apps/api/src/common/crud.service';
import { ListSpec, listStatements, parseListQuery } from '../../apps/api/src/common/list-query';
import { statementOf } from '../../apps/api/src/database/read-pool';

jest.setTimeout(120_000);

/** Rows per list table: enough that the planner prefers an index to a scan wherever one serves. */
const ROWS = 20_000;
/** Distinct values of each text and number column: a filter matches about 1/40 of the table. */
const DISTINCT = 40;

/**
 * Every filter the dashboard offers on every list, alone and with the list's default sort, planned on a
 * large database: the page is read from an index in the sort's order (no table scan, no temporary
 * B-tree for ORDER BY) and the total the filters match is counted from an index alone (no visit of
 * table rows). The queries are the API's own (listStatements), generated from the list specs, so a new
 * filter or list is checked the day it is declared.
 */
describe('list plans on a large database', () => {
  let h: Harness;
  let dataSource: DataSource;
  const lists = RESOURCES.filter((declaration) => declaration.resource !== 'attachments'); // listed per record, never as a whole

  beforeAll(async () => {
    h = await startHarness();
    dataSource = h.app.get(DataSource);
    // rows written in bulk, as a restore or an import would leave them; foreign keys off (their values need not
    // point anywhere for a plan) and the planner's statistics from the data
    if (onPostgres()) {
      await h.sql('SET session_replication_role = replica');
      for (const { entity } of lists) await h.sql(bulkInsert(dataSource.getMetadata(entity), true));
      await h.sql('SET session_replication_role = origin');
      await h.sql('VACUUM ANALYZE');
    } else {
      const db = new Database(h.databasePath);
      db.pragma('foreign_keys = OFF');
      db.transaction(() => lists.forEach(({ entity }) => db.exec(bulkInsert(dataSource.getMetadata(entity), false))))();
      db.close();
      // on the server's own connection, which reads the statistics it gathers at once
      await dataSource.query('ANALYZE');
    }
  });
  afterAll(() => h?.close());

  it('plans every list filter from an index', async () => {
    const problems: string[] = [];
    for (const { resource, entity, service } of lists) {
      const spec = (h.app.get(service) as CrudService<never>).listSpec;
      const repository = dataSource.getRepository(entity);
      const table = repository.metadata.tableName;
      const filters: Record<string, unknown>[] = [{}];
      for (const [field, type] of Object.entries(spec.fields)) {
        const value = await commonValue(table, field, type);
        if (value !== undefined) filters.push(value);
      }
      for (const filter of filters) {
        const query = parseListQuery({ filter: JSON.stringify(filter), range: '[0,24]' }, spec);
        const { page, total } = listStatements(repository, spec, query);
        const label = `${resource} ${JSON.stringify(filter)}`;
        const sortedById = query.sort[0] === 'id';
        problems.push(
          ...(await planProblems(page, table, { sortedById, uniqueKeys: uniqueKeys(repository.metadata) })).map(
            (problem) => `${label} page: ${problem}`,
          ),
        );
        problems.push(
          ...(await planProblems(total, table, { isCount: true, uniqueKeys: uniqueKeys(repository.metadata) })).map(
            (problem) => `${label} total: ${problem}`,
          ),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  /** The filter a user most often picks on a field: its commonest live value, or for a date "from the median on". */
  async function commonValue(
    table: string,
    field: string,
    type: ListSpec['fields'][string],
  ): Promise<Record<string, unknown> | undefined> {
    const live = `"deletedAt" IS NULL AND "${field}" IS NOT NULL`;
    if (type === 'date' || type === 'datetime') {
      const [row] = await h.sql<{ value: string | Date }>(
        `SELECT "${field}" AS value FROM "${table}" WHERE ${live} ORDER BY "${field}" LIMIT 1 OFFSET ${ROWS / 2}`,
      );
      if (!row) return undefined;
      const day = row.value instanceof Date ? row.value.toISOString().slice(0, 10) : String(row.value).slice(0, 10);
      return { [`${field}_gte`]: day };
    }
    const [row] = await h.sql<{ value: unknown }>(
      `SELECT "${field}" AS value FROM "${table}" WHERE ${live} GROUP BY "${field}" ORDER BY count(*) DESC, "${field}" LIMIT 1`,
    );
    if (!row) return undefined;
    return { [field]: type === 'boolean' ? row.value === 1 || row.value === true : row.value };
  }

  /** What is wrong with a statement's plan: a scan of the table, a sort of its rows, or (for a count) a visit of them. */
  async function planProblems(
    query: SelectQueryBuilder<ObjectLiteral>,
    table: string,
    plan: PlanRules,
  ): Promise<string[]> {
    const { isCount = false, sortedById = false, uniqueKeys = [] } = plan;
    const [sql, values] = statementOf(query);
    if (onPostgres()) {
      const [{ 'QUERY PLAN': explained }] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, values);
      const problems: string[] = [];
      // a lookup by a unique key, and a sort over its one row
      const byUniqueKey = (node: Record<string, unknown>): boolean =>
        uniqueKeys.includes(String(node['Index Name'] ?? '')) ||
        ((node.Plans as Record<string, unknown>[] | undefined) ?? []).some(byUniqueKey);
      const walk = (node: Record<string, unknown>) => {
        const type = node['Node Type'] as string;
        const onTable = node['Relation Name'] === table;
        if (onTable && type === 'Seq Scan') problems.push('Seq Scan');
        // an Incremental Sort only orders the rows that tie on the index's leading sort key, and stops with the page
        if (!isCount && type === 'Sort' && !byUniqueKey(node))
          problems.push(`Sort ${JSON.stringify(node['Sort Key'])}`);
        if (isCount && onTable && !byUniqueKey(node) && (type === 'Index Scan' || type === 'Bitmap Heap Scan'))
          problems.push(`${type} ${String(node['Index Name'] ?? '')} visits table rows`);
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      walk(explained[0].Plan);
      return problems;
    }
    const explained: { detail: string }[] = await dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, values);
    return explained
      .map(({ detail }) => detail)
      .filter((detail) => {
        if (/TEMP B-TREE/.test(detail)) return true;
        // the whole table without an index; sorted by id, the table is itself the B-tree in the page's order
        // and the walk stops at the page's last row
        if (/^SCAN \S+$/.test(detail)) return !(sortedById && !isCount);
        // a count from an index that is not covering (or by rowid) reads each matching row of the table,
        // unless the key is unique: at most one row
        const index = / USING INDEX (\S+)/.exec(detail)?.[1];
        if (index && uniqueKeys.includes(index)) return false;
        return isCount && /^(SEARCH|SCAN) record USING (INDEX|INTEGER PRIMARY KEY)/.test(detail);
      });
  }
});

interface PlanRules {
  /** A count: it must not read the table's rows. */
  isCount?: boolean;
  sortedById?: boolean;
  /** Unique indexes of one column: a count through one reads at most one row. */
  uniqueKeys?: string[];
}

const uniqueKeys = (metadata: EntityMetadata) =>
  metadata.indices.filter((index) => index.isUnique && index.columns.length === 1).map((index) => index.name);

/**
 * One INSERT … SELECT of ROWS generated rows of an entity's table, column by column from its metadata:
 * text and numbers from DISTINCT values, unique text distinct, dates over three years, one row in
 * twenty soft-deleted.
 */
function bulkInsert(metadata: EntityMetadata, postgres: boolean): string {
  const uniques = new Set(
    metadata.indices
      .filter((index) => index.isUnique)
      .flatMap((index) => index.columns.map((column) => column.databaseName)),
  );
  for (const unique of metadata.uniques) for (const column of unique.columns) uniques.add(column.databaseName);
  const day = (offset: string) =>
    postgres ? `(DATE '2024-01-01' + (${offset})::int)` : `date('2024-01-01', '+' || (${offset}) || ' days')`;
  const time = (offset: string) =>
    postgres
      ? `(TIMESTAMP '2024-01-01' + (${offset}) * INTERVAL '1 hour')`
      : `strftime('%Y-%m-%d %H:%M:%f', '2024-01-01', '+' || (${offset}) || ' hours')`;
  const value = (column: ColumnMetadata): string => {
    const name = column.databaseName;
    const type = String(metadata.connection.driver.normalizeType(column)).toLowerCase();
    if (column.isPrimary) return 'i';
    if (column.isDeleteDate) return `CASE WHEN i % 20 = 0 THEN ${time('i')} END`;
    if (column.isVersion) return '1';
    if (column.isCreateDate || column.isUpdateDate) return time('i');
    if (column.enum)
      return `CASE i % ${column.enum.length} ${column.enum.map((option, index) => `WHEN ${index} THEN '${String(option)}'`).join(' ')} END`;
    const numeric = /int|real|numeric|double|float|decimal/.test(type);
    // a key of a unique index (e.g. one membership per enterprise and chamber) is distinct in every row
    if (uniques.has(name) && (numeric || column.relationMetadata)) return 'i';
    if (column.relationMetadata || column.referencedColumn) return `(i % 100) + 1`;
    if (type.includes('bool')) return postgres ? `(i % 2 = 0)` : `(i % 2)`;
    if (type === 'date') return day(`i % 1000`);
    if (type.includes('time')) return time('i');
    if (numeric) return `(i % ${DISTINCT})`;
    if (type.includes('json')) return `'[]'`;
    // short, since PostgreSQL holds text to the column's length
    return uniques.has(name) ? `CAST(i AS TEXT)` : `CAST(i % ${DISTINCT} AS TEXT)`;
  };
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const names = columns.map((column) => `"${column.databaseName}"`).join(', ');
  const values = columns.map(value).join(', ');
  // the table may hold the rows the server's start-up writes (the admin account): the generated ids start after them
  const [first, last] = [1001, 1000 + ROWS];
  const series = postgres
    ? `generate_series(${first}, ${last}) AS s(i)`
    : `(WITH RECURSIVE s(i) AS (SELECT ${first} UNION ALL SELECT i + 1 FROM s WHERE i < ${last}) SELECT i FROM s)`;
  return `INSERT INTO "${metadata.tableName}" (${names}) SELECT ${values} FROM ${series}`;
}
