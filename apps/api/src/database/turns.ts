/**
 * Turns of the event loop for long writes. better-sqlite3 runs every statement on the event loop's
 * thread, and the awaits between the statements of one transaction are microtasks, which let no
 * request in: a transaction of many statements (a chunk of an import, a merge, a daily run) held
 * health checks and every other user's read for its whole length. So the write path calls
 * `shareTheThread()` before each statement: once the thread has been held for HOLD_MS since the
 * event loop last went round, it waits for one turn (setImmediate), so that what arrived meanwhile
 * is answered; a short write (a single create) never waits.
 *
 * What a request let in during the turn sees is the open transaction's state on SQLite's one
 * connection if it reads there (the reader threads read the last commit); the writes it makes wait
 * in the write queue as before.
 */
const HOLD_MS = 8;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** When the event loop last passed its check phase, as far as the write path has seen. */
let turnSeen = performance.now();
let watching = false;

function watchForTurn(): void {
  if (watching) return;
  watching = true;
  setImmediate(() => {
    watching = false;
    turnSeen = performance.now();
  });
}

/** Before a statement of a write: a turn of the event loop first if the thread has been held HOLD_MS. */
export async function shareTheThread(): Promise<void> {
  if (performance.now() - turnSeen < HOLD_MS) {
    watchForTurn();
    return;
  }
  await nextTurn();
  turnSeen = performance.now();
}
