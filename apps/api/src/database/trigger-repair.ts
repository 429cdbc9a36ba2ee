import { DataSource } from 'typeorm';
import { FULL_TEXT, fullTextSql, GRAM_TABLES, gramSql, gramTable, searchTable } from './full-text';
import { COUNTED_TABLES, rowCountSql } from './row-counts';
import { FIGURES, staleTallyTriggers, tallySql, tallyTriggers } from './tallies';

/** Tables kept up to date by triggers: which triggers each table needs, and the SQL that (re)builds them. */
interface TriggerSet {
  name: string;
  tables: readonly string[];
  /** The names of a table's triggers. */
  triggers: (table: string) => string[];
  install: (table: string) => string[];
}

const TRIGGER_SETS: TriggerSet[] = [
  {
    name: 'row counters',
    tables: COUNTED_TABLES,
    triggers: (table) => ['insert', 'delete', ...(table === 'audit_events' ? [] : ['soft_delete'])].map((event) => `row_counts_${table}_${event}`),
    install: rowCountSql,
  },
  {
    name: 'search indexes',
    tables: Object.keys(FULL_TEXT),
    triggers: (table) => ['insert', 'delete', 'update'].map((event) => `${searchTable(table)}_${event}`),
    install: fullTextSql,
  },
  {
    name: 'gram indexes',
    tables: GRAM_TABLES,
    triggers: (table) => ['insert', 'delete', 'update'].map((event) => `${gramTable(table)}_${event}`),
    install: gramSql,
  },
  {
    // by figure, not by table: a figure's triggers are named after it and its declaration
    name: 'report tallies',
    tables: FIGURES.map((figure) => figure.name),
    triggers: (name) => tallyTriggers(FIGURES.find((figure) => figure.name === name)!),
    install: (name) => tallySql(FIGURES.find((figure) => figure.name === name)!, 'sqlite'),
  },
];

/**
 * A SQLite migration that rebuilds a table (its way to alter a column: copy into a new table, drop,
 * rename) drops the table's triggers with it, and the counters and search indexes they keep would
 * silently go stale. This puts back what is missing and rebuilds what those triggers keep, in one
 * transaction; it says what it restored, or null.
 */
export async function repairSqliteTriggers(dataSource: DataSource): Promise<string | null> {
  const rows: { name: string }[] = await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'trigger'`);
  const present = new Set(rows.map((row) => row.name));
  const broken = TRIGGER_SETS.map((set) => ({ set, tables: set.tables.filter((table) => !set.triggers(table).every((name) => present.has(name))) })).filter(
    (entry) => entry.tables.length > 0,
  );
  const stale = staleTallyTriggers([...present]);
  if (broken.length === 0 && stale.length === 0) return null;
  await dataSource.transaction(async (manager) => {
    for (const name of stale) await manager.query(`DROP TRIGGER "${name}"`);
    await manager.query(`DELETE FROM "tallies" WHERE "name" NOT IN (${FIGURES.map(() => '?').join(', ')})`, FIGURES.map((figure) => figure.name));
    for (const { set, tables } of broken) for (const table of tables) for (const statement of set.install(table)) await manager.query(statement);
  });
  return `Restoring ${broken.map(({ set, tables }) => `the ${set.name} of ${tables.join(', ')}`).join('; ')}${stale.length ? `; dropping ${stale.join(', ')}` : ''}.`;
}
