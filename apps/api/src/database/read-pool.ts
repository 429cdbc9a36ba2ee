import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DataSource, ObjectLiteral, QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { dialectOf } from './dialect';
import { flatEntities } from './hydrate';

/**
 * Read-only SQLite connections in worker threads, for the reads that can take long (list pages
 * and their totals, searches, reports). better-sqlite3 runs a query on the thread that calls it;
 * on the event-loop thread one slow search would stall every other request, health checks
 * included. Here the event loop only sends the SQL and receives the rows.
 *
 * Consistency: WAL lets these connections read while the writer writes. Every batch runs in its
 * own read transaction, which starts after the batch is sent, so it sees every commit that was
 * acknowledged before the request that sent it — a client reads its own writes — and the
 * statements of one batch (a page and its total) see one snapshot.
 *
 * PostgreSQL twin: none needed; the pg driver does not block the event loop, and the pool of
 * connections already reads in parallel.
 */
export type Statement = [sql: string, parameters: unknown[]];

interface Job {
  statements: Statement[];
  done: (results: unknown[][]) => void;
  fail: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

// The worker is plain JavaScript evaluated from this string, so the webpack bundle needs no second
// entry; it loads the same better-sqlite3 the server uses, by absolute path.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const prepared = new Map();
const statement = (sql) => {
  let found = prepared.get(sql);
  if (!found) {
    if (prepared.size >= 500) prepared.clear();
    found = db.prepare(sql);
    prepared.set(sql, found);
  }
  return found;
};
const batch = db.transaction((statements) => statements.map(([sql, parameters]) => statement(sql).all(...parameters)));
parentPort.on('message', (statements) => {
  try {
    parentPort.postMessage({ results: statements.length === 1 ? [statement(statements[0][0]).all(...statements[0][1])] : batch(statements) });
  } catch (error) {
    parentPort.postMessage({ error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

declare const __non_webpack_require__: NodeRequire | undefined;
/** Node's own require, also inside the webpack bundle (where `require` is webpack's). */
export const nodeRequire: NodeRequire =
  typeof __non_webpack_require__ === 'function' ? __non_webpack_require__ : require;

const pools = new WeakMap<DataSource, ReadPool>();

@Injectable()
export class ReadPool implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly path: string | null;
  private closed = false;

  constructor(dataSource: DataSource) {
    this.path = dialectOf(dataSource).readerFile(dataSource);
    if (this.path) pools.set(dataSource, this);
  }

  /** The pool reading `dataSource`'s file, or null where reads stay on the data source's own connection. */
  static of(dataSource: DataSource): ReadPool | null {
    const pool = pools.get(dataSource);
    return pool && !pool.closed ? pool : null;
  }

  /** Starts the threads before the first request rather than during it. */
  onApplicationBootstrap(): void {
    this.ensureStarted();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.fail(new Error('The database is closing.'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  /** Runs the statements in one read transaction on a reader thread; the rows of each, in order. */
  run(statements: Statement[]): Promise<unknown[][]> {
    if (this.closed) return Promise.reject(new Error('The database is closing.'));
    this.ensureStarted();
    return new Promise((done, fail) => {
      this.queue.push({ statements, done, fail });
      this.dispatch();
    });
  }

  private ensureStarted(): void {
    if (!this.path || this.closed || this.slots.length) return;
    const size = Math.max(2, Math.min(4, availableParallelism()));
    const driver = nodeRequire.resolve('better-sqlite3');
    for (let index = 0; index < size; index++) {
      const worker = new Worker(WORKER, { eval: true, workerData: { driver, path: this.path } });
      // idle readers must not keep a finished process (a test run, a CLI) alive
      worker.unref();
      const slot: Slot = { worker, job: null };
      worker.on('message', (message: { results?: unknown[][]; error?: { message: string; code?: string } }) => {
        const job = slot.job!;
        slot.job = null;
        if (message.error) {
          const cause = Object.assign(new Error(message.error.message), { code: message.error.code });
          job.fail(
            new QueryFailedError(
              job.statements.map(([sql]) => sql).join('; '),
              job.statements.flatMap(([, parameters]) => parameters),
              cause,
            ),
          );
        } else job.done(message.results!);
        this.dispatch();
      });
      worker.on('error', (error) => {
        slot.job?.fail(error);
        slot.job = null;
        this.slots.splice(this.slots.indexOf(slot), 1);
        this.dispatch();
      });
      this.slots.push(slot);
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.job) continue;
      slot.job = this.queue.shift()!;
      slot.worker.postMessage(slot.job.statements);
    }
    if (this.queue.length && this.slots.length === 0 && !this.closed) {
      for (const job of this.queue.splice(0)) job.fail(new Error('No reader thread is left.'));
    }
  }
}

/**
 * Reads in one snapshot: the first query's records as entities (TypeORM's own hydration, exactly as
 * getMany() makes them), each other query's raw rows. Off the event loop where a reader pool
 * serves the data source, unless `here`: reads bounded by a key (a record by id) cost less than
 * the trip to a thread and back. Without a pool, the same queries on the data source's connection.
 */
export async function readTogether<T extends ObjectLiteral>(
  records: SelectQueryBuilder<T>,
  raw: SelectQueryBuilder<ObjectLiteral>[],
  here = false,
): Promise<[T[], ...ObjectLiteral[][]]> {
  const pool = here ? null : ReadPool.of(records.connection);
  const statements = [records, ...raw].map(statementOf);
  const [rows, ...others] = pool
    ? await pool.run(statements)
    : await Promise.all(statements.map(([sql, values]) => records.connection.query(sql, values)));
  const flat = flatEntities(records, rows);
  if (flat) return [flat, ...(others as ObjectLiteral[][])];
  // getMany() gets its rows from loadRawResults(): handing it the rows read over there keeps
  // everything else it does (hydration, type conversion, listeners) as it is.
  const hydrate = Object.assign(records.clone(), { loadRawResults: async () => rows });
  return [await hydrate.getMany(), ...(others as ObjectLiteral[][])];
}

/** Raw rows of independent queries in one snapshot, off the event loop where a pool serves the data source. */
export async function readRaw(
  dataSource: DataSource,
  ...queries: SelectQueryBuilder<ObjectLiteral>[]
): Promise<ObjectLiteral[][]> {
  return readStatements(dataSource, queries.map(statementOf));
}

const compiledQueries = new Map<string, string>();
/** Distinct query shapes kept: the lists' filters and sorts make a few hundred. */
const COMPILED_KEPT = 2000;

/**
 * A query builder's SQL and values, as getQueryAndParameters() gives them. TypeORM writes the SQL
 * afresh each time, which costs more than running a query of a few rows; the SQL with its named
 * placeholders depends only on the builder's shape (table, selections, conditions as written, order,
 * window), so it is written once per shape and only the values are bound per request.
 */
export function statementOf(query: SelectQueryBuilder<ObjectLiteral>): Statement {
  const map = query.expressionMap;
  const main = map.mainAlias!;
  const shaped =
    map.joinAttributes.length === 0 &&
    map.relationIdAttributes.length === 0 &&
    map.commonTableExpressions.length === 0 &&
    map.wheres.every((where) => typeof where.condition === 'string');
  if (!shaped) return query.getQueryAndParameters();
  const key = JSON.stringify([
    query.connection.driver.options.type,
    main.hasMetadata ? main.metadata.tableName : main.tablePath,
    main.name,
    main.subQuery,
    map.options,
    map.withDeleted,
    map.selects,
    map.wheres,
    map.orderBys,
    map.groupBys,
    map.havings,
    map.selectDistinct,
    map.lockMode,
    map.comment,
    map.offset,
    map.limit,
    map.skip,
    map.take,
  ]);
  let sql = compiledQueries.get(key);
  if (sql === undefined) {
    if (compiledQueries.size >= COMPILED_KEPT) compiledQueries.clear();
    sql = query.getQuery();
    compiledQueries.set(key, sql);
  }
  return query.connection.driver.escapeQueryWithParameters(sql, query.getParameters());
}

/** Raw rows of plain SQL statements (with their values) in one snapshot, off the event loop where a pool serves the data source. */
export async function readStatements(dataSource: DataSource, statements: Statement[]): Promise<ObjectLiteral[][]> {
  const pool = ReadPool.of(dataSource);
  if (!pool) return Promise.all(statements.map(([sql, values]) => dataSource.query(sql, values)));
  return (await pool.run(statements)) as ObjectLiteral[][];
}
