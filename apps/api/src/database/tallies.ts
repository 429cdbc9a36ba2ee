import { createHash } from 'node:crypto';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { LIVE_OUTCOME_STAGES } from '@crm/domain';
import { newRowsCondition, NewRows } from './full-text';

/**
 * Report figures kept by the writing transaction: for each declared figure, the number of live rows
 * (and sums of some of their columns) per key, in the `tallies` table, kept by SQLite triggers
 * generated from the declaration below and rebuilt by TriggerRepair when they are missing. A
 * report then reads a few dozen tally rows instead of aggregating 100,000 rows per request.
 *
 * A figure is data, not SQL, so the same declaration gives the triggers, the rebuild, and the
 * aggregate query that answers where no tally is kept (any engine but SQLite, today PostgreSQL:
 * `readFigure` falls back to it, so a report is right on every engine and constant on SQLite; a
 * plpgsql twin of the triggers can be generated from the same declarations).
 */
export interface Figure {
  /** The name the report reads it by. */
  name: string;
  table: string;
  /** The key's parts, joined by '|': a column's value, or the month (YYYY-MM) of an instant in China time. */
  key: readonly ({ column: string } | { monthInChina: string })[];
  /** Which live rows count: every condition holds (a column's value among some, null, or not null). */
  where?: readonly ({ column: string; in: readonly string[] } | { column: string; isNull: boolean })[];
  /** Numeric columns summed per key (up to three; a null adds nothing). */
  sums?: readonly string[];
}

export const FIGURES = [
  // the funnel, and the home page's active partners
  { name: 'enterprises by stage', table: 'enterprises', key: [{ column: 'relationshipStage' }] },
  // the home page's outcomes by kind and stage, its internship bases and their capacity
  { name: 'outcomes by kind and stage', table: 'outcomes', key: [{ column: 'kind' }, { column: 'stage' }], sums: ['capacity'] },
  // the home page's top chambers
  { name: 'outcomes by chamber and stage', table: 'outcomes', key: [{ column: 'chamberId' }, { column: 'stage' }], where: [{ column: 'chamberId', isNull: false }] },
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
  { name: 'open tasks by due date', table: 'tasks', key: [{ column: 'dueDate' }], where: [{ column: 'doneAt', isNull: true }, { column: 'dueDate', isNull: false }] },
  // meetings per month of an academic year
  { name: 'meetings by month', table: 'meetings', key: [{ monthInChina: 'startsAt' }] },
  // the intake totals: positions, placed and hired per year, term and major
  { name: 'intakes by year, term and major', table: 'intakes', key: [{ column: 'academicYear' }, { column: 'term' }, { column: 'majorId' }], sums: ['positions', 'placed', 'hired'] },
] as const satisfies readonly Figure[];

export type FigureName = (typeof FIGURES)[number]['name'];

/** One key of a figure: how many live rows, and their sums in the order declared. */
export interface Tally {
  key: string;
  count: number;
  sums: number[];
}

type Dialect = 'sqlite' | 'postgres';

const SUM_COLUMNS = ['sum0', 'sum1', 'sum2'];

/** `row` is NEW or OLD in a trigger, or a table alias. */
function keySql(figure: Figure, row: string, dialect: Dialect): string {
  return figure.key
    .map((part) => {
      if ('column' in part) return `CAST(${row}."${part.column}" AS TEXT)`;
      return dialect === 'sqlite' ? `strftime('%Y-%m', ${row}."${part.monthInChina}", '+8 hours')` : `to_char(${row}."${part.monthInChina}" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
    })
    .join(` || '|' || `);
}

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

function whereSql(figure: Figure, row: string): string {
  const conditions = [`${row}."deletedAt" IS NULL`];
  for (const condition of figure.where ?? []) {
    if ('isNull' in condition) conditions.push(`${row}."${condition.column}" IS ${condition.isNull ? '' : 'NOT '}NULL`);
    else conditions.push(`${row}."${condition.column}" IN (${condition.in.map(quote).join(', ')})`);
  }
  return conditions.join(' AND ');
}

const sumsOf = (figure: Figure, row: string) => SUM_COLUMNS.map((_, index) => (figure.sums?.[index] ? `COALESCE(${row}."${figure.sums[index]}", 0)` : '0'));

/** The columns a figure reads: a change of any other column leaves it as it was. */
function columnsRead(figure: Figure): string[] {
  const columns = ['deletedAt', ...figure.key.map((part) => ('column' in part ? part.column : part.monthInChina)), ...(figure.where ?? []).map((c) => c.column), ...(figure.sums ?? [])];
  return [...new Set(columns)];
}

/** The triggers' names carry a digest of the declaration: a changed figure has new triggers, and the old ones are dropped. */
export function tallyTriggers(figure: Figure): string[] {
  const digest = createHash('sha1').update(JSON.stringify(figure)).digest('hex').slice(0, 8);
  const base = `tally_${figure.name.replace(/\W+/g, '_')}_${digest}`;
  return ['insert', 'delete', 'update'].map((event) => `${base}_${event}`);
}

export const TALLY_TABLE_SQL = `CREATE TABLE IF NOT EXISTS "tallies" ("name" TEXT NOT NULL, "key" TEXT NOT NULL, "count" INTEGER NOT NULL, "sum0" NUMERIC NOT NULL DEFAULT 0, "sum1" NUMERIC NOT NULL DEFAULT 0, "sum2" NUMERIC NOT NULL DEFAULT 0, PRIMARY KEY ("name", "key")) WITHOUT ROWID`;

/** Creates (or re-creates) a figure's triggers and recounts it from its table, in the caller's transaction. */
export function tallySql(figure: Figure): string[] {
  const [insert, remove, update] = tallyTriggers(figure);
  const name = quote(figure.name);
  const add = (row: string, where: string) =>
    `INSERT INTO "tallies" ("name", "key", "count", ${SUM_COLUMNS.map((c) => `"${c}"`).join(', ')}) SELECT ${name}, ${keySql(figure, row, 'sqlite')}, 1, ${sumsOf(figure, row).join(', ')} WHERE ${where} ` +
    `ON CONFLICT ("name", "key") DO UPDATE SET "count" = "count" + 1, ${SUM_COLUMNS.map((c) => `"${c}" = "${c}" + excluded."${c}"`).join(', ')}`;
  const subtract = (row: string, where: string) =>
    `UPDATE "tallies" SET "count" = "count" - 1, ${SUM_COLUMNS.map((c, index) => `"${c}" = "${c}" - ${sumsOf(figure, row)[index]}`).join(', ')} ` +
    `WHERE "name" = ${name} AND "key" = ${keySql(figure, row, 'sqlite')} AND ${where}`;
  const table = `"${figure.table}"`;
  return [
    TALLY_TABLE_SQL,
    `CREATE TRIGGER IF NOT EXISTS "${insert}" AFTER INSERT ON ${table} BEGIN ${add('NEW', whereSql(figure, 'NEW'))}; END`,
    `CREATE TRIGGER IF NOT EXISTS "${remove}" AFTER DELETE ON ${table} BEGIN ${subtract('OLD', whereSql(figure, 'OLD'))}; END`,
    `CREATE TRIGGER IF NOT EXISTS "${update}" AFTER UPDATE OF ${columnsRead(figure)
      .map((c) => `"${c}"`)
      .join(', ')} ON ${table} BEGIN ${subtract('OLD', whereSql(figure, 'OLD'))}; ${add('NEW', whereSql(figure, 'NEW'))}; END`,
    `DELETE FROM "tallies" WHERE "name" = ${name}`,
    `INSERT INTO "tallies" ("name", "key", "count", ${SUM_COLUMNS.map((c) => `"${c}"`).join(', ')}) ${aggregateSql(figure, 'sqlite', name)}`,
  ];
}

/** The figure counted from its table (or from the rows with ids from…to): what the tallies hold, and what answers where none are kept. */
export function aggregateSql(figure: Figure, dialect: Dialect, name?: string, range?: NewRows): string {
  const key = keySql(figure, '"row"', dialect);
  return (
    `SELECT ${name ? `${name}, ` : ''}${key} AS "key", COUNT(*) AS "count", ${sumsOf(figure, '"row"')
      .map((sum, index) => `SUM(${sum}) AS "${SUM_COLUMNS[index]}"`)
      .join(', ')} ` + `FROM "${figure.table}" "row" WHERE ${whereSql(figure, '"row"')}${newRowsCondition('"row"', range)} GROUP BY ${key}`
  );
}

/** Adds the rows with ids from…to (just inserted, with the figure's insert trigger suspended) to the figure's tallies. */
export function tallyAddSql(figure: Figure, range: NewRows): string {
  return (
    `INSERT INTO "tallies" ("name", "key", "count", ${SUM_COLUMNS.map((c) => `"${c}"`).join(', ')}) ${aggregateSql(figure, 'sqlite', quote(figure.name), range)} ` +
    `ON CONFLICT ("name", "key") DO UPDATE SET "count" = "count" + excluded."count", ${SUM_COLUMNS.map((c) => `"${c}" = "${c}" + excluded."${c}"`).join(', ')}`
  );
}

const figureNamed = (name: FigureName): Figure => FIGURES.find((figure) => figure.name === name)!;

/**
 * The query reading a figure (keys from `from`, below `below` where given), for readRaw: on SQLite
 * its tallies, elsewhere counted from its table. `tallies()` turns its rows into Tally records.
 */
export function figureQuery(dataSource: DataSource, name: FigureName, range: { from?: string; below?: string } = {}): SelectQueryBuilder<ObjectLiteral> {
  const figure = figureNamed(name);
  const sums = sumsOf(figure, '"row"');
  // tallies are kept by SQLite triggers; elsewhere the figure is counted from its table
  const tallied = dataSource.options.type === 'better-sqlite3';
  const qb = tallied
    ? dataSource.createQueryBuilder().from('tallies', 'tally').select('"tally"."key"', 'key').addSelect('"tally"."count"', 'count').where('"tally"."name" = :figure', { figure: figure.name }).andWhere('"tally"."count" > 0')
    : dataSource.createQueryBuilder().from(figure.table, 'row').select(keySql(figure, '"row"', 'postgres'), 'key').addSelect('COUNT(*)', 'count').where(whereSql(figure, '"row"')).groupBy(keySql(figure, '"row"', 'postgres'));
  const key = tallied ? '"tally"."key"' : keySql(figure, '"row"', 'postgres');
  SUM_COLUMNS.forEach((column, index) => qb.addSelect(tallied ? `"tally"."${column}"` : `SUM(${sums[index]})`, column));
  if (range.from !== undefined) qb.andWhere(`${key} >= :keyFrom`, { keyFrom: range.from });
  if (range.below !== undefined) qb.andWhere(`${key} < :keyBelow`, { keyBelow: range.below });
  return qb;
}

/** The rows of a figureQuery as tallies. */
export function tallies(name: FigureName, rows: ObjectLiteral[]): Tally[] {
  const declared = figureNamed(name).sums?.length ?? 0;
  return rows.map((row) => ({ key: String(row.key), count: Number(row.count), sums: SUM_COLUMNS.slice(0, declared).map((column) => Number(row[column] ?? 0)) }));
}
