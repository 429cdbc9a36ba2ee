import { Worker } from 'node:worker_threads';
import { nodeRequire } from './read-pool';

/**
 * Moves SQLite's WAL checkpoints off the event-loop thread. By default the connection that writes
 * copies the WAL back into the database file (and, under synchronous=FULL, fsyncs it) inside the
 * COMMIT that takes the WAL past 1000 pages: the writes of that group waited for it, and so did
 * every request, since better-sqlite3 runs on the event loop.
 *
 * Here a connection of its own, in a worker thread, runs `wal_checkpoint(PASSIVE)` between two
 * groups of the write queue, which begins its next group once the checkpoint is done: the event
 * loop goes on serving requests meanwhile (the writes among them gather for that next group). A
 * checkpoint run alongside the writer would rarely finish (the writer appends while it copies), and
 * only a finished one lets the writer start the WAL afresh; between groups, with no writer, it always
 * finishes, so the WAL holds at most about CHECKPOINT_EVERY_MS of writes. Durability is unchanged: a
 * commit is durable once its COMMIT has fsynced its WAL frames; the checkpoint copies durable frames
 * into the database file and fsyncs it before the WAL is reused. Should this thread die, the writer's
 * own automatic checkpoint, set to a larger WAL (BACKSTOP_PAGES), still bounds it.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('synchronous = FULL');
db.pragma('wal_autocheckpoint = 0');
parentPort.on('message', () => {
  try {
    parentPort.postMessage(db.pragma('wal_checkpoint(PASSIVE)')[0]);
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message) });
  }
});
`;

/** The WAL, in pages, past which the writer checkpoints by itself (4 KB pages: about 40 MB). */
export const BACKSTOP_PAGES = 10000;
/** The least time between two checkpoints: each costs two fsyncs, so copying more pages at once costs less. */
const CHECKPOINT_EVERY_MS = 200;

export class WalCheckpointer {
  private readonly worker: Worker;
  private alive = true;
  private dirty = false;
  private lastEnded = 0;
  private finished: (() => void) | null = null;
  /** CHECKPOINT_EVERY_MS; a spec that asserts the WAL's bound lowers it, since the bound is that much of the writes. */
  everyMs = CHECKPOINT_EVERY_MS;

  constructor(path: string) {
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { driver: nodeRequire.resolve('better-sqlite3'), path },
    });
    this.worker.unref();
    this.worker.on('message', () => this.finish());
    // the writer's backstop checkpoint keeps the WAL bounded without this thread
    this.worker.on('error', () => this.stop());
    this.worker.on('exit', () => this.stop());
  }

  /** A commit added to the WAL. */
  committed(): void {
    this.dirty = true;
  }

  /** Whether a checkpoint is due before the next group: commits since the last one, long enough ago. */
  get due(): boolean {
    return this.alive && this.dirty && performance.now() - this.lastEnded >= this.everyMs;
  }

  /** Copies the WAL into the database file on the worker; call it while no write transaction is open. */
  checkpoint(): Promise<void> {
    this.dirty = false;
    return new Promise((done) => {
      this.finished = done;
      this.worker.postMessage(null);
    });
  }

  async close(): Promise<void> {
    this.stop();
    await this.worker.terminate();
  }

  private finish(): void {
    this.lastEnded = performance.now();
    const done = this.finished;
    this.finished = null;
    done?.();
  }

  private stop(): void {
    this.alive = false;
    this.finish();
  }
}
