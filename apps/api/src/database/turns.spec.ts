import { openTestDatabase, TestDatabase } from '../../../../test/fixtures/database';
import { WriteQueue } from './write-queue';

/** Holds the thread, as drafting a row or a statement of many rows does. */
const hold = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('a long write shares the thread (turns.ts)', () => {
  let db: TestDatabase;
  let queue: WriteQueue;

  beforeEach(async () => {
    db = await openTestDatabase();
    queue = new WriteQueue(db.dataSource);
    await db.dataSource.query('CREATE TABLE "notes" ("text" TEXT NOT NULL)');
  });
  afterEach(() => db.close());

  it('lets a request that arrives during a write of many statements in before the write ends', async () => {
    const events: string[] = [];
    const write = queue.transaction(async (manager) => {
      // a timer due now, as a health check arriving on its socket would be
      setTimeout(() => events.push('request answered'), 0);
      for (let statement = 0; statement < 30; statement++) {
        hold(2);
        await manager.query('INSERT INTO "notes" ("text") VALUES (?)', [`note ${statement}`]);
      }
      events.push('write done');
    });
    await write;
    await new Promise((settle) => setTimeout(settle, 5));
    // 60 ms of holding: the write let the event loop go round after about 8 ms of it
    expect(events).toEqual(['request answered', 'write done']);
    expect(await db.dataSource.query('SELECT COUNT(*) AS "rows" FROM "notes"')).toEqual([{ rows: 30 }]);
  });

  it('does not make a short write wait for a turn', async () => {
    const events: string[] = [];
    await queue.transaction(async (manager) => {
      setTimeout(() => events.push('request answered'), 0);
      await manager.query('INSERT INTO "notes" ("text") VALUES (?)', ['one note']);
      events.push('write done');
    });
    await new Promise((settle) => setTimeout(settle, 5));
    expect(events).toEqual(['write done', 'request answered']);
  });
});
