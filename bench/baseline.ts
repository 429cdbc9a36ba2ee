import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import { academicYearOf, chinaDay, healthSignal, LIVE_OUTCOME_STAGES } from '../libs/domain/src';

/**
 * The floor the API is measured against: a bare node:http server with better-sqlite3 answering
 * the same list queries with the same JSON and the same headers — hand-written SQL, prepared
 * statements, no framework, and an exact count(*) for the total. The bench checks that both
 * answer identically before it measures either.
 *
 *   DATABASE_PATH=… PORT=… node -r ts-node/register/transpile-only bench/baseline.ts
 */
interface Table {
  sortable: Set<string>;
  search: string[];
  json: string[];
  present?: (rows: Record<string, unknown>[]) => void;
}

const DATETIMES = ['createdAt', 'updatedAt', 'deletedAt'];
const NAME_KEYS = ['nameSortKey', 'namePinyin', 'nameInitials'];
const db = new Database(process.env.DATABASE_PATH!, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const statements = new Map<string, Database.Statement>();
const prepared = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;

const liveStages = [...LIVE_OUTCOME_STAGES];
/** The enterprise's health signal, from its live outcomes: one query for the page, as the API does it. */
function addHealth(rows: Record<string, unknown>[]): void {
  const ids = rows.map((row) => row.id as number);
  const live = ids.length
    ? (prepared(
        `SELECT enterpriseId, kind, endDate FROM outcomes WHERE enterpriseId IN (${ids.map(() => '?').join(',')}) AND stage IN (${liveStages.map(() => '?').join(',')}) AND deletedAt IS NULL`,
      ).all(...ids, ...liveStages) as { enterpriseId: number; kind: string; endDate: string | null }[])
    : [];
  const today = chinaDay(new Date());
  // the live internship bases' capacity and this academic year's placements in them
  const use = ids.length
    ? (prepared(
        `SELECT enterpriseId, SUM(capacity) AS capacity, SUM((SELECT COALESCE(SUM(placed), 0) FROM intakes WHERE outcomeId = outcomes.id AND academicYear = ? AND deletedAt IS NULL)) AS placed ` +
          `FROM outcomes WHERE enterpriseId IN (${ids.map(() => '?').join(',')}) AND kind = 'internship_base' AND stage IN (${liveStages.map(() => '?').join(',')}) AND deletedAt IS NULL GROUP BY enterpriseId`,
      ).all(academicYearOf(today), ...ids, ...liveStages) as {
        enterpriseId: number;
        capacity: number | null;
        placed: number | null;
      }[])
    : [];
  const internships = new Map(
    use.map((row) => [row.enterpriseId, { capacity: Number(row.capacity ?? 0), placed: Number(row.placed ?? 0) }]),
  );
  for (const row of rows) {
    const own = live.filter((outcome) => outcome.enterpriseId === row.id);
    const ends = own
      .map((outcome) => outcome.endDate)
      .filter((end): end is string => !!end && end >= today)
      .sort();
    row.health = healthSignal({
      today,
      lastContactDate: row.lastContactDate as string | null,
      liveKinds: new Set(own.map((outcome) => outcome.kind)).size,
      nextAgreementEnd: ends[0] ?? null,
      internships: internships.get(row.id as number) ?? null,
    });
  }
}

const TABLES: Record<string, Table> = {
  enterprises: {
    sortable: new Set([
      'id',
      'name',
      'city',
      'tier',
      'industry',
      'relationshipStage',
      'lastContactDate',
      'createdAt',
      'updatedAt',
    ]),
    search: ['name', 'uscc', 'aliases', 'city', 'industry'],
    json: ['aliases'],
    present: addHealth,
  },
  contacts: {
    sortable: new Set(['id', 'name', 'title', 'createdAt', 'updatedAt']),
    search: ['name', 'title', 'phone', 'email', 'wechat'],
    json: [],
  },
};

/** Any other table of the schema: its own columns sort and filter, and rows go out as stored (the generated filter rows compare ids and totals only). */
const columnsOf = new Map<string, Set<string>>();
function plainTable(resource: string): Table | undefined {
  const table = resource.replace(/-/g, '_');
  if (!columnsOf.has(table))
    columnsOf.set(
      table,
      new Set(
        (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((row) => row.name),
      ),
    );
  const columns = columnsOf.get(table)!;
  return columns.size ? { sortable: columns, search: [], json: [] } : undefined;
}

const sortKeyTables = new Set(
  (
    db
      .prepare(
        `SELECT m.name AS name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'nameSortKey'`,
      )
      .all() as { name: string }[]
  ).map((row) => row.name),
);
const hasSortKey = (resource: string) => sortKeyTables.has(resource.replace(/-/g, '_'));

const OPERATORS: Record<string, string> = { gte: '>=', lte: '<=', gt: '>', lt: '<', neq: '<>' };

function list(
  resource: string,
  table: Table,
  params: URLSearchParams,
): { status: number; body: string; headers: Record<string, string> } {
  const [field, direction] = JSON.parse(params.get('sort') ?? '["id","ASC"]') as [string, string];
  const [first, last] = JSON.parse(params.get('range') ?? '[0,24]') as [number, number];
  const filter = JSON.parse(params.get('filter') ?? '{}') as Record<string, unknown>;
  if (!table.sortable.has(field) || (direction !== 'ASC' && direction !== 'DESC'))
    return { status: 400, body: '{"statusCode":400}', headers: {} };

  const where = ['"deletedAt" IS NULL'];
  const values: unknown[] = [];
  for (const [key, raw] of Object.entries(filter)) {
    const value = typeof raw === 'boolean' ? Number(raw) : raw;
    const operator = /^(.+)_(gte|lte|gt|lt|neq)$/.exec(key);
    if (key === 'q') {
      where.push(`(${table.search.map((column) => `LOWER("${column}") LIKE ? ESCAPE '\\'`).join(' OR ')})`);
      const pattern = `%${String(value)
        .toLowerCase()
        .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      values.push(...table.search.map(() => pattern));
    } else if (operator) {
      where.push(`"${operator[1].replace(/"/g, '')}" ${OPERATORS[operator[2]]} ?`);
      values.push(value);
    } else if (Array.isArray(value)) {
      where.push(`"${key.replace(/"/g, '')}" IN (${value.map(() => '?').join(',')})`);
      values.push(...value);
    } else {
      where.push(`"${key.replace(/"/g, '')}" = ?`);
      values.push(value);
    }
  }
  const conditions = where.join(' AND ');
  // names sort in pinyin order, by their stored key, as the API sorts them (common/pinyin.ts)
  const sortedBy = field === 'name' && hasSortKey(resource) ? 'nameSortKey' : field;
  const rows = prepared(
    `SELECT * FROM "${resource.replace(/-/g, '_')}" WHERE ${conditions} ORDER BY "${sortedBy}" ${direction}, "id" ${direction} LIMIT ? OFFSET ?`,
  ).all(...values, last - first + 1, first) as Record<string, unknown>[];
  const { total } = prepared(`SELECT count(*) AS total FROM "${resource.replace(/-/g, '_')}" WHERE ${conditions}`).get(
    ...values,
  ) as { total: number };
  for (const row of rows) {
    // the stored name keys (sort order, pinyin search) are not part of the record the API sends
    for (const key of NAME_KEYS) delete row[key];
    for (const column of DATETIMES)
      if (typeof row[column] === 'string')
        row[column] = new Date(`${(row[column] as string).replace(' ', 'T')}Z`).toISOString();
    for (const column of table.json) row[column] = JSON.parse(row[column] as string);
  }
  table.present?.(rows);
  const range = rows.length ? `${resource} ${first}-${first + rows.length - 1}/${total}` : `${resource} */${total}`;
  return {
    status: 200,
    body: JSON.stringify(rows),
    headers: { 'Content-Range': range, 'X-Total-Count': String(total) },
  };
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const resource = url.pathname.replace(/^\/api\//, '');
  const table = Object.hasOwn(TABLES, resource) ? TABLES[resource] : plainTable(resource);
  let answer = { status: 404, body: '{"statusCode":404}', headers: {} as Record<string, string> };
  try {
    if (request.method === 'GET' && table) answer = list(resource, table, url.searchParams);
  } catch {
    answer = { status: 400, body: '{"statusCode":400}', headers: {} };
  }
  response.writeHead(answer.status, {
    ...answer.headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(answer.body),
    'Access-Control-Expose-Headers': 'Content-Range,X-Total-Count',
  });
  response.end(answer.body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`baseline on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
