import { DataSource, EntityManager } from 'typeorm';
import {
  FULL_TEXT,
  fullTextFillSql,
  fullTextSql,
  GRAM_TABLES,
  gramFillSql,
  gramSql,
  gramTable,
  NewRows,
  searchTable,
} from './full-text';
import { COUNTED_TABLES } from '@crm/domain';
import { rowCountAddSql, rowCountSql } from './row-counts';
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
    triggers: (table) =>
      ['insert', 'delete', ...(table === 'audit_events' ? [] : ['soft_delete'])].map(
        (event) => `row_counts_${table}_${event}`,
      ),
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
    install: (name) =>
      tallySql(
        FIGURES.find((figure) => figure.name === name)!,
        'sqlite',
      ),
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
  const broken = TRIGGER_SETS.map((set) => ({
    set,
    tables: set.tables.filter((table) => !set.triggers(table).every((name) => present.has(name))),
  })).filter((entry) => entry.tables.length > 0);
  const stale = staleTallyTriggers([...present]);
  if (broken.length === 0 && stale.length === 0) return null;
  await dataSource.transaction(async (manager) => {
    for (const name of stale) await manager.query(`DROP TRIGGER "${name}"`);
    await manager.query(
      `DELETE FROM "tallies" WHERE "name" NOT IN (${FIGURES.map(() => '?').join(', ')})`,
      FIGURES.map((figure) => figure.name),
    );
    for (const { set, tables } of broken)
      for (const table of tables) for (const statement of set.install(table)) await manager.query(statement);
  });
  return `Restoring ${broken.map(({ set, tables }) => `the ${set.name} of ${tables.join(', ')}`).join('; ')}${stale.length ? `; dropping ${stale.join(', ')}` : ''}.`;
}

/** A per-row insert trigger, and the statements that do its work for a range of new rows at once. */
interface InsertKeeper {
  trigger: string;
  fill: (range: NewRows) => string[];
}

/** The insert triggers on `table` of the sets above (whatever indexes and figures are declared), each with its set-based fill. */
function insertKeepers(table: string): InsertKeeper[] {
  const keepers: InsertKeeper[] = [];
  if (COUNTED_TABLES.includes(table))
    keepers.push({ trigger: `row_counts_${table}_insert`, fill: (range) => [rowCountAddSql(table, range)] });
  if (Object.hasOwn(FULL_TEXT, table))
    keepers.push({ trigger: `${searchTable(table)}_insert`, fill: (range) => fullTextFillSql(table, range) });
  if (GRAM_TABLES.includes(table))
    keepers.push({ trigger: `${gramTable(table)}_insert`, fill: (range) => gramFillSql(table, range) });
  // a report figure may join other tables (its triggers on each re-tally what a row touches): its triggers keep firing per row
  return keepers;
}

/**
 * A bulk insert into `table` on SQLite: `insert` writes the new rows (answering their ids) while
 * the table's per-row insert triggers of counters and search indexes are dropped; then each
 * one's work is done for those rows as one set (a gram index filled in key order, a counter moved
 * once) and the triggers are created again as they were. All of it in the caller's transaction: no
 * other write runs between (one writer), no reader sees the triggers gone (it reads the last
 * commit), and a failure rolls the triggers back with the rows. Triggers this does not know stay
 * as they are and fire per row. Outside a transaction it only inserts.
 */
export async function insertWithTriggersSuspended(
  manager: EntityManager,
  table: string,
  insert: () => Promise<number[]>,
): Promise<number[]> {
  const keepers = insertKeepers(table);
  if (!manager.queryRunner?.isTransactionActive || keepers.length === 0) return insert();
  const installed: { name: string; sql: string }[] = await manager.query(
    `SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "tbl_name" = ? AND "name" IN (${keepers.map(() => '?').join(', ')})`,
    [table, ...keepers.map((keeper) => keeper.trigger)],
  );
  for (const trigger of installed) await manager.query(`DROP TRIGGER "${trigger.name}"`);
  const ids = await insert();
  if (ids.length > 0) {
    const range = { from: ids.reduce((a, b) => Math.min(a, b)), to: ids.reduce((a, b) => Math.max(a, b)) };
    for (const keeper of keepers)
      if (installed.some((trigger) => trigger.name === keeper.trigger))
        for (const statement of keeper.fill(range)) await manager.query(statement);
  }
  for (const trigger of installed) await manager.query(trigger.sql);
  return ids;
}
