import { createHash } from 'node:crypto';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIVE_OUTCOME_STAGES } from '@crm/domain';

/**
 * Report figures kept by the writing transaction: for each declared figure, the number of live rows
 * (and sums over them) per key, in the `tallies` table, kept by triggers generated from the
 * declarations below — SQLite triggers, and their PostgreSQL twins (plpgsql functions) — frozen in a
 * migration of each engine and put back at start by the engine's trigger repair when missing. A
 * report then reads a few dozen tally rows instead of aggregating 100,000 rows per request.
 *
 * A figure is data, not SQL, so the same declaration gives both engines' triggers, the recount, and
 * the aggregate query that checks them (tallies.spec.ts).
 */
/** A condition on a column: its value among some, null or not, or different from another column's (nulls compared as values). */
export type Condition =
  | { column: string; in: readonly string[] }
  | { column: string; isNull: boolean }
  | { column: string; differsFrom: string };

export interface Figure {
  /** The name the report reads it by. */
  name: string;
  /** The table whose live rows are counted (alias `row`). */
  table: string;
  /**
   * Tables each counted row is joined to (one row or several; a live one only, unless the table keeps
   * no bin): `on` names a column of the row or of an earlier join and this table's column equal to
   * it. A change on a joined table re-tallies the rows it joins, so the figure stays exact.
   */
  join?: readonly { table: string; as: string; on: readonly [string, string]; live?: false }[];
  /** The key's parts, joined by '|': a column's value, or the month (YYYY-MM) of an instant in China time. */
  key: readonly ({ column: string } | { monthInChina: string })[];
  /** Which rows count: every condition holds. */
  where?: readonly Condition[];
  /** Up to three sums per key: a numeric column (a null adds nothing), or the rows for which a condition holds. */
  sums?: readonly (string | Condition)[];
}

/** Columns are named `column` (of the counted row) or `alias.column` (of a joined table). */
export const FIGURES = [
  // the funnel, and the home page's active partners
  { name: 'enterprises by stage', table: 'enterprises', key: [{ column: 'relationshipStage' }] },
  // the home page's outcomes by kind and stage, its internship bases and their capacity
  {
    name: 'outcomes by kind and stage',
    table: 'outcomes',
    key: [{ column: 'kind' }, { column: 'stage' }],
    sums: ['capacity'],
  },
  // the home page's top chambers
  {
    name: 'outcomes by chamber and stage',
    table: 'outcomes',
    key: [{ column: 'chamberId' }, { column: 'stage' }],
    where: [{ column: 'chamberId', isNull: false }],
  },
  // agreements ending soon: the days of the window are a range of keys
  {
    name: 'live outcomes by end date',
    table: 'outcomes',
    key: [{ column: 'endDate' }],
    where: [
      { column: 'stage', in: LIVE_OUTCOME_STAGES },
      { column: 'endDate', isNull: false },
    ],
  },
  // overdue tasks: the days before today
  {
    name: 'open tasks by due date',
    table: 'tasks',
    key: [{ column: 'dueDate' }],
    where: [
      { column: 'doneAt', isNull: true },
      { column: 'dueDate', isNull: false },
    ],
  },
  // meetings per month of an academic year
  { name: 'meetings by month', table: 'meetings', key: [{ monthInChina: 'startsAt' }] },
  // the intake totals: positions, placed and hired per year, term and major
  {
    name: 'intakes by year, term and major',
    table: 'intakes',
    key: [{ column: 'academicYear' }, { column: 'term' }, { column: 'majorId' }],
    sums: ['positions', 'placed', 'hired'],
  },
  // the chamber report: live members of live enterprises, of them partners and engaged (an enterprise
  // has a last contact date exactly when it has a live meeting: the standing keeps it so)
  {
    name: 'members by chamber',
    table: 'memberships',
    join: [{ table: 'enterprises', as: 'enterprise', on: ['enterpriseId', 'id'] }],
    key: [{ column: 'chamberId' }],
    sums: [
      { column: 'enterprise.relationshipStage', in: ['partner'] },
      { column: 'enterprise.lastContactDate', isNull: false },
    ],
  },
  // the chamber list's member count: its live memberships, whatever became of the enterprise
  { name: 'memberships by chamber', table: 'memberships', key: [{ column: 'chamberId' }] },
  // the chamber report: its live meetings, per academic year
  {
    name: 'meetings by chamber and year',
    table: 'meetings',
    join: [{ table: 'meeting_chambers', as: 'link', on: ['id', 'meetingId'], live: false }],
    key: [{ column: 'link.chamberId' }, { column: 'academicYear' }],
  },
  // the chamber report's outcomes: those it brought, per academic year…
  {
    name: 'outcomes brought by chamber and year',
    table: 'outcomes',
    key: [{ column: 'chamberId' }, { column: 'academicYear' }],
    where: [{ column: 'chamberId', isNull: false }],
  },
  // …and those born in its live meetings that it did not bring (so an outcome counts once per chamber)
  {
    name: 'outcomes born in chamber meetings',
    table: 'outcomes',
    join: [
      { table: 'meetings', as: 'meeting', on: ['meetingId', 'id'] },
      { table: 'meeting_chambers', as: 'link', on: ['meetingId', 'meetingId'], live: false },
    ],
    key: [{ column: 'link.chamberId' }, { column: 'academicYear' }],
    where: [{ column: 'chamberId', differsFrom: 'link.chamberId' }],
  },
  // the chamber report's signed results in force, the rows its outcomes list filtered by
  // broughtByChamberId counts: those it brought…
  {
    name: 'live outcomes brought by chamber',
    table: 'outcomes',
    key: [{ column: 'chamberId' }, { column: 'academicYear' }],
    where: [
      { column: 'chamberId', isNull: false },
      { column: 'stage', in: LIVE_OUTCOME_STAGES },
    ],
  },
  // …and those of a meeting it attended that it did not bring (the list does not ask whether the meeting is live)
  {
    name: 'live outcomes of chamber meetings',
    table: 'outcomes',
    join: [{ table: 'meeting_chambers', as: 'link', on: ['meetingId', 'meetingId'], live: false }],
    key: [{ column: 'link.chamberId' }, { column: 'academicYear' }],
    where: [
      { column: 'stage', in: LIVE_OUTCOME_STAGES },
      { column: 'chamberId', differsFrom: 'link.chamberId' },
    ],
  },
  // the year-over-year report: meetings per year and kind, with the positions and students a visit brought back
  {
    name: 'meetings by year and kind',
    table: 'meetings',
    key: [{ column: 'academicYear' }, { column: 'kind' }],
    sums: ['positionsOffered', 'internsWanted', 'graduatesWanted'],
  },
  // …the enterprises met in a year: its keys of the year, each an enterprise at least one live meeting of it had…
  {
    name: 'meetings by year and enterprise',
    table: 'meetings',
    join: [{ table: 'meeting_enterprises', as: 'link', on: ['id', 'meetingId'], live: false }],
    key: [{ column: 'academicYear' }, { column: 'link.enterpriseId' }],
  },
  // …outcomes per year and kind…
  { name: 'outcomes by year and kind', table: 'outcomes', key: [{ column: 'academicYear' }, { column: 'kind' }] },
  // …and agreements per signing day (a year is a range of keys)
  {
    name: 'outcomes by signed date',
    table: 'outcomes',
    key: [{ column: 'signedDate' }],
    where: [{ column: 'signedDate', isNull: false }],
  },
] as const satisfies readonly Figure[];

export type FigureName = (typeof FIGURES)[number]['name'];

/** One key of a figure: how many live rows, and their sums in the order declared. */
export interface Tally {
  key: string;
  count: number;
  sums: number[];
}

/** The engine a figure's triggers and queries are written for (the SQL differs only in the month of an instant). */
export type TallyEngine = 'sqlite' | 'postgres';

const SUM_COLUMNS = ['sum0', 'sum1', 'sum2'];
const ROW = 'row';

/** The counted table and the joined ones, by alias. */
function tablesOf(figure: Figure) {
  return [
    { table: figure.table, as: ROW, live: true, on: undefined as readonly [string, string] | undefined },
    ...(figure.join ?? []).map((join) => ({ table: join.table, as: join.as, live: join.live !== false, on: join.on })),
  ];
}

/** "alias.column" or "column" (of the counted row) as [alias, column]. */
function aliasAndColumn(column: string): [string, string] {
  const dot = column.indexOf('.');
  return dot < 0 ? [ROW, column] : [column.slice(0, dot), column.slice(dot + 1)];
}

/** In a trigger, one table's row is NEW or OLD instead of a table in the FROM list. */
type Changed = { as: string; row: 'NEW' | 'OLD' } | undefined;

function columnSql(column: string, changed: Changed): string {
  const [as, name] = aliasAndColumn(column);
  return as === changed?.as ? `${changed.row}."${name}"` : `"${as}"."${name}"`;
}

function conditionSql(condition: Condition, changed: Changed): string {
  const column = columnSql(condition.column, changed);
  if ('isNull' in condition) return `${column} IS ${condition.isNull ? '' : 'NOT '}NULL`;
  if ('in' in condition) return `${column} IN (${condition.in.map(quote).join(', ')})`;
  return `${column} IS DISTINCT FROM ${columnSql(condition.differsFrom, changed)}`;
}

function keySql(figure: Figure, engine: TallyEngine, changed: Changed): string {
  return figure.key
    .map((part) => {
      if ('column' in part) return `CAST(${columnSql(part.column, changed)} AS TEXT)`;
      const instant = columnSql(part.monthInChina, changed);
      return engine === 'sqlite'
        ? `strftime('%Y-%m', ${instant}, '+8 hours')`
        : `to_char(${instant} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
    })
    .join(` || '|' || `);
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The figure's rows grouped by key — the whole figure, or in a trigger the part one changed row
 * contributes (its table left out of the FROM list, its columns read from NEW or OLD).
 */
function countSql(figure: Figure, engine: TallyEngine, changed?: Changed): string {
  const tables = tablesOf(figure);
  const conditions: string[] = [];
  for (const table of tables) {
    if (table.live) conditions.push(`${columnSql(`${table.as}.deletedAt`, changed)} IS NULL`);
    if (table.on)
      conditions.push(`${columnSql(table.on[0], changed)} = ${columnSql(`${table.as}.${table.on[1]}`, changed)}`);
  }
  for (const condition of figure.where ?? []) conditions.push(conditionSql(condition, changed));
  const sums = SUM_COLUMNS.map((column, index) => {
    const sum = figure.sums?.[index];
    const value =
      sum === undefined
        ? '0'
        : typeof sum === 'string'
          ? `COALESCE(${columnSql(sum, changed)}, 0)`
          : `CASE WHEN ${conditionSql(sum, changed)} THEN 1 ELSE 0 END`;
    return `SUM(${value}) AS "${column}"`;
  });
  const from = tables.filter((table) => table.as !== changed?.as).map((table) => `"${table.table}" "${table.as}"`);
  const key = keySql(figure, engine, changed);
  return `SELECT ${key} AS "key", COUNT(*) AS "count", ${sums.join(', ')}${from.length ? ` FROM ${from.join(', ')}` : ''} WHERE ${conditions.join(' AND ')} GROUP BY ${key}`;
}

/** The figure counted from its tables: what its tallies hold. */
export function aggregateSql(figure: Figure, engine: TallyEngine): string {
  return countSql(figure, engine);
}

const TALLY_COLUMNS = `"name", "key", "count", ${SUM_COLUMNS.map((column) => `"${column}"`).join(', ')}`;

function addSql(figure: Figure, engine: TallyEngine, changed: Changed): string {
  return (
    `INSERT INTO "tallies" (${TALLY_COLUMNS}) SELECT ${quote(figure.name)}, "key", "count", ${SUM_COLUMNS.map((column) => `"${column}"`).join(', ')} FROM (${countSql(figure, engine, changed)}) "change" WHERE true ` +
    `ON CONFLICT ("name", "key") DO UPDATE SET "count" = "tallies"."count" + excluded."count", ${SUM_COLUMNS.map((column) => `"${column}" = "tallies"."${column}" + excluded."${column}"`).join(', ')}`
  );
}

function subtractSql(figure: Figure, engine: TallyEngine, changed: Changed): string {
  return (
    `UPDATE "tallies" SET "count" = "tallies"."count" - "change"."count", ${SUM_COLUMNS.map((column) => `"${column}" = "tallies"."${column}" - "change"."${column}"`).join(', ')} ` +
    `FROM (${countSql(figure, engine, changed)}) AS "change" WHERE "tallies"."name" = ${quote(figure.name)} AND "tallies"."key" = "change"."key"`
  );
}

/** The columns of one table a figure reads: a change of any other column leaves it as it was. */
function columnsRead(figure: Figure, as: string): string[] {
  const tables = tablesOf(figure);
  const columns = [
    ...tables.filter((table) => table.live).map((table) => `${table.as}.deletedAt`),
    ...tables.flatMap((table) => (table.on ? [table.on[0], `${table.as}.${table.on[1]}`] : [])),
    ...figure.key.map((part) => ('column' in part ? part.column : part.monthInChina)),
    ...(figure.where ?? []).flatMap((condition) =>
      'differsFrom' in condition ? [condition.column, condition.differsFrom] : [condition.column],
    ),
    ...(figure.sums ?? []).map((sum) => (typeof sum === 'string' ? sum : sum.column)),
  ];
  return [
    ...new Set(
      columns
        .map(aliasAndColumn)
        .filter(([alias]) => alias === as)
        .map(([, column]) => column),
    ),
  ];
}

/** PostgreSQL cuts longer names, and the repair would then never find a trigger it made. */
const LONGEST_NAME = 63;

/**
 * Each table's trigger names (and on PostgreSQL its function's, the same without the event), the
 * counted table's first: they carry a digest of the declaration, so a changed figure gets new
 * triggers and the old ones are dropped.
 */
function triggersByTable(
  figure: Figure,
): { table: string; as: string; function: string; names: [string, string, string] }[] {
  const digest = createHash('sha1').update(JSON.stringify(figure)).digest('hex').slice(0, 8);
  return tablesOf(figure).map(({ table, as }) => {
    const base = `tally_${figure.name.replace(/\W+/g, '_')}_${digest}${as === ROW ? '' : `_${as}`}`;
    const names = ['insert', 'delete', 'update'].map((event) => `${base}_${event}`) as [string, string, string];
    if (names.some((name) => name.length > LONGEST_NAME))
      throw new Error(`The figure name "${figure.name}" is too long for its trigger names.`);
    return { table, as, function: base, names };
  });
}

export function tallyTriggers(figure: Figure): string[] {
  return triggersByTable(figure).flatMap((table) => table.names);
}

export function tallyTableSql(engine: TallyEngine): string {
  return engine === 'sqlite'
    ? `CREATE TABLE IF NOT EXISTS "tallies" ("name" TEXT NOT NULL, "key" TEXT NOT NULL, "count" INTEGER NOT NULL, "sum0" NUMERIC NOT NULL DEFAULT 0, "sum1" NUMERIC NOT NULL DEFAULT 0, "sum2" NUMERIC NOT NULL DEFAULT 0, PRIMARY KEY ("name", "key")) WITHOUT ROWID`
    : `CREATE TABLE IF NOT EXISTS "tallies" ("name" varchar NOT NULL, "key" varchar COLLATE "C" NOT NULL, "count" integer NOT NULL, "sum0" numeric NOT NULL DEFAULT 0, "sum1" numeric NOT NULL DEFAULT 0, "sum2" numeric NOT NULL DEFAULT 0, PRIMARY KEY ("name", "key"))`;
}

/** Creates (or re-creates) a figure's triggers on every table it reads and recounts it, in the caller's transaction. */
export function tallySql(figure: Figure, engine: TallyEngine): string[] {
  const statements = [tallyTableSql(engine)];
  for (const { table, as, function: name, names } of triggersByTable(figure)) {
    const [insert, remove, update] = names;
    const columns = columnsRead(figure, as)
      .map((column) => `"${column}"`)
      .join(', ');
    const add = addSql(figure, engine, { as, row: 'NEW' });
    const subtract = subtractSql(figure, engine, { as, row: 'OLD' });
    if (engine === 'sqlite') {
      statements.push(
        `CREATE TRIGGER IF NOT EXISTS "${insert}" AFTER INSERT ON "${table}" BEGIN ${add}; END`,
        `CREATE TRIGGER IF NOT EXISTS "${remove}" AFTER DELETE ON "${table}" BEGIN ${subtract}; END`,
        `CREATE TRIGGER IF NOT EXISTS "${update}" AFTER UPDATE OF ${columns} ON "${table}" BEGIN ${subtract}; ${add}; END`,
      );
    } else {
      statements.push(
        `CREATE OR REPLACE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF TG_OP <> 'INSERT' THEN ${subtract}; END IF; IF TG_OP <> 'DELETE' THEN ${add}; END IF; RETURN NULL; END $$`,
        `CREATE OR REPLACE TRIGGER "${insert}" AFTER INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}"()`,
        `CREATE OR REPLACE TRIGGER "${remove}" AFTER DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}"()`,
        `CREATE OR REPLACE TRIGGER "${update}" AFTER UPDATE OF ${columns} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${name}"()`,
      );
    }
  }
  statements.push(
    `DELETE FROM "tallies" WHERE "name" = ${quote(figure.name)}`,
    `INSERT INTO "tallies" (${TALLY_COLUMNS}) SELECT ${quote(figure.name)}, "key", "count", ${SUM_COLUMNS.map((column) => `"${column}"`).join(', ')} FROM (${countSql(figure, engine)}) "counted"`,
  );
  return statements;
}

/** Triggers named like a figure's that no declaration makes any more (with their tables, where the engine names triggers per table). */
export function staleTallyTriggers(present: readonly string[]): string[] {
  const declared = new Set(FIGURES.flatMap((figure) => tallyTriggers(figure)));
  return present.filter((name) => name.startsWith('tally_') && !declared.has(name));
}

/** The figures some of whose triggers are missing: their triggers are made again and they are recounted. */
export function figuresToRepair(present: ReadonlySet<string>): Figure[] {
  return FIGURES.filter((figure) => !tallyTriggers(figure).every((name) => present.has(name)));
}

const figureNamed = (name: FigureName): Figure => FIGURES.find((figure) => figure.name === name)!;

/**
 * The query reading a figure's tallies (keys from `from`, below `below` where given), for readRaw;
 * `tallies()` turns its rows into Tally records.
 */
export function figureQuery(
  dataSource: DataSource,
  name: FigureName,
  range: { from?: string; below?: string } = {},
): SelectQueryBuilder<ObjectLiteral> {
  const qb = dataSource
    .createQueryBuilder()
    .from('tallies', 'tally')
    .select('"tally"."key"', 'key')
    .addSelect('"tally"."count"', 'count')
    .where('"tally"."name" = :figure', { figure: name })
    .andWhere('"tally"."count" > 0');
  for (const column of SUM_COLUMNS) qb.addSelect(`"tally"."${column}"`, column);
  if (range.from !== undefined) qb.andWhere('"tally"."key" >= :keyFrom', { keyFrom: range.from });
  if (range.below !== undefined) qb.andWhere('"tally"."key" < :keyBelow', { keyBelow: range.below });
  return qb;
}

/**
 * How many live rows a figure counts under each of `keys` (a key it has never counted is absent): for
 * a page, a few rows by primary key. The name and keys are written into the SQL, quoted: bound as
 * parameters, they made SQLite plan the statement again at every run (the tallies' key has STAT4
 * samples, so a bound value may change the plan), which cost more than reading the rows.
 */
export async function tallyCounts(
  manager: EntityManager,
  name: FigureName,
  keys: readonly string[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows: { key: string; count: number | string }[] = await manager.query(
    `SELECT "key", "count" FROM "tallies" WHERE "name" = ${quote(name)} AND "key" IN (${keys.map(quote).join(', ')})`,
  );
  return new Map(rows.map((row) => [String(row.key), Number(row.count)]));
}

/** The rows of a figureQuery as tallies. */
export function tallies(name: FigureName, rows: ObjectLiteral[]): Tally[] {
  const declared = figureNamed(name).sums?.length ?? 0;
  return rows.map((row) => ({
    key: String(row.key),
    count: Number(row.count),
    sums: SUM_COLUMNS.slice(0, declared).map((column) => Number(row[column] ?? 0)),
  }));
}

/**
 * PostgreSQL's repair at start (SQLite's is in trigger-repair.ts, with its other trigger sets): a
 * figure whose triggers are missing (new, or declared differently) gets them and is recounted, and
 * triggers of figures no longer declared are dropped. One instance at a time (an advisory lock), since
 * several may start on one database; what was repaired, or null.
 */
export async function repairPostgresTallies(dataSource: DataSource): Promise<string | null> {
  const found = async () =>
    (await dataSource.query(
      `SELECT "trigger"."tgname" AS "name", "table"."relname" AS "table" FROM pg_trigger "trigger" INNER JOIN pg_class "table" ON "table"."oid" = "trigger"."tgrelid" WHERE NOT "trigger"."tgisinternal" AND "trigger"."tgname" LIKE 'tally\\_%'`,
    )) as { name: string; table: string }[];
  const needsWork = (rows: { name: string }[]) =>
    figuresToRepair(new Set(rows.map((row) => row.name))).length > 0 ||
    staleTallyTriggers(rows.map((row) => row.name)).length > 0;
  if (!needsWork(await found())) return null;
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('report tallies'))`);
    const rows = await found();
    const stale = new Set(staleTallyTriggers(rows.map((row) => row.name)));
    const broken = figuresToRepair(new Set(rows.map((row) => row.name)));
    if (stale.size === 0 && broken.length === 0) return null;
    for (const { name, table } of rows)
      if (stale.has(name)) await manager.query(`DROP TRIGGER "${name}" ON "${table}"`);
    await manager.query(`DELETE FROM "tallies" WHERE "name" <> ALL($1)`, [FIGURES.map((figure) => figure.name)]);
    for (const figure of broken) for (const statement of tallySql(figure, 'postgres')) await manager.query(statement);
    return `Restoring the report tallies of ${broken.map((figure) => figure.name).join(', ') || 'no figure'}${stale.size ? `; dropping ${[...stale].join(', ')}` : ''}.`;
  });
}
