import { statSync } from 'node:fs';
import { openTestDatabase, TestDatabase } from '../../../../test/fixtures/database';
import { dialectOf } from './dialect';
import { WriteQueue } from './write-queue';

describe('WriteQueue (group commit)', () => {
  let db: TestDatabase;
  let queue: WriteQueue;

  beforeEach(async () => {
    db = await openTestDatabase();
    queue = new WriteQueue(db.dataSource);
    // which writes share a group must not depend on how busy the machine is
    queue.maxGroupMs = 60_000;
    await db.dataSource.query('CREATE TABLE "notes" ("text" TEXT NOT NULL)');
  });
  afterEach(() => db.close());

  const stored = async () =>
    ((await db.dataSource.query('SELECT "text" FROM "notes" ORDER BY rowid')) as { text: string }[]).map(
      (row) => row.text,
    );
  const add = (text: string) =>
    queue.transaction((manager) => manager.query('INSERT INTO "notes" ("text") VALUES (?)', [text]).then(() => text));

  it('commits writes that wait together with one COMMIT, and a failing one fails alone', async () => {
    const runner = db.dataSource.createQueryRunner();
    const statements = jest.spyOn(runner, 'query');
    const results = await Promise.allSettled([
      add('first'),
      queue.transaction(async (manager) => {
        await manager.query('INSERT INTO "notes" ("text") VALUES (?)', ['undone']);
        throw new Error('a rule refused this write');
      }),
      add('third'),
      // a statement SQLite refuses (NOT NULL) fails only its own write too
      queue.transaction((manager) => manager.query('INSERT INTO "notes" ("text") VALUES (NULL)')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('a rule refused this write');
    expect(await stored()).toEqual(['first', 'third']);
    expect(statements.mock.calls.filter(([sql]) => sql === 'COMMIT')).toHaveLength(1);
  });

  it('acknowledges no write before its COMMIT, and fails the whole group when the COMMIT fails', async () => {
    const runner = db.dataSource.createQueryRunner();
    const release = runner.commitTransaction.bind(runner);
    let committed = false;
    // savepoints are released as usual; the outer COMMIT fails, as on a full disk
    const commit = jest.spyOn(runner, 'commitTransaction').mockImplementation(async () => {
      if ((runner as unknown as { transactionDepth: number }).transactionDepth > 1) return release();
      committed = true;
      throw new Error('disk full');
    });
    const results = await Promise.allSettled([add('a'), add('b')]);
    commit.mockRestore();
    expect(committed).toBe(true);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    // the queue goes on: the next write starts a new transaction and commits
    await add('c');
    expect(await stored()).toEqual(['c']);
  });

  it('commits a long write in a group of its own, so that a short write waiting beside it commits without it', async () => {
    const runner = db.dataSource.createQueryRunner();
    const statements = jest.spyOn(runner, 'query');
    const chunk = (text: string) =>
      queue.transaction(
        (manager) => manager.query('INSERT INTO "notes" ("text") VALUES (?)', [text]).then(() => text),
        { alone: true },
      );
    // all four wait when the queue takes its turn: without `alone`, one group and one COMMIT
    await Promise.all([add('save 1'), chunk('chunk 1'), add('save 2'), chunk('chunk 2')]);
    expect(await stored()).toEqual(['save 1', 'chunk 1', 'save 2', 'chunk 2']);
    expect(statements.mock.calls.filter(([sql]) => sql === 'COMMIT')).toHaveLength(4);
  });

  it('runs a write queued during a group in the next group, in order', async () => {
    const order: string[] = [];
    const first = queue.transaction(async (manager) => {
      order.push('first');
      void add('later').then(() => order.push('later'));
      await manager.query('INSERT INTO "notes" ("text") VALUES (?)', ['first']);
    });
    await first;
    await new Promise((settle) => setTimeout(settle, 50));
    expect(order).toEqual(['first', 'later']);
    expect(await stored()).toEqual(['first', 'later']);
  });

  it('keeps the WAL bounded through a long burst of writes: checkpoints between groups, on a thread of its own', async () => {
    const file = dialectOf(db.dataSource).readerFile(db.dataSource);
    // PostgreSQL keeps its own WAL
    if (!file || !dialectOf(db.dataSource).serialWrites) return;
    await queue.onApplicationBootstrap();
    // a checkpoint before every group, so that the bound does not depend on the machine's speed
    queue.checkpointer!.everyMs = 0;
    const row = 'x'.repeat(64 * 1024);
    let largest = 0;
    // 40 groups of 16 writes of 64 KB: 40 MB through the WAL, as much as the writer's own backstop checkpoint lets it hold
    for (let group = 0; group < 40; group++) {
      await Promise.all(Array.from({ length: 16 }, (_, index) => add(`${group}.${index}.${row}`)));
      largest = Math.max(largest, statSync(`${file}-wal`).size);
    }
    // about three groups' pages at most: the WAL starts afresh after each checkpoint
    expect(largest).toBeLessThan(4 * 1024 * 1024);
    expect(await db.dataSource.query('SELECT COUNT(*) AS "rows" FROM "notes"')).toEqual([{ rows: 640 }]);
    await queue.onModuleDestroy();
  });
});
