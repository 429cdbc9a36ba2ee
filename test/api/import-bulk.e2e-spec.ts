import { DataSource } from 'typeorm';
import { usccCheckCharacter } from '@crm/domain';
import { rebuildSearchIndexes } from '../../apps/api/src/search/search-rebuild';
import { Harness, startHarness } from './harness';

const uscc = (n: number) => {
  const first17 = `91310000MB${String(n).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
};

/** Enough rows that the commit writes them as a bulk insert (the per-row index triggers suspended, the indexes filled as one set). */
const ROWS = 300;

const csv = (rows: string[][]) => rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
const sheet = (extra: string[][] = []) =>
  Buffer.from(
    csv([
      ['企业名称', '统一社会信用代码', '城市', '行业', '别名'],
      ['白鹭湾文旅有限公司', uscc(0), '厦门', '文旅', 'Egret Bay Tourism'],
      ...Array.from({ length: ROWS - 1 }, (_, index) => [
        `批量企业${index + 1}号有限公司`,
        uscc(index + 1),
        '上海',
        '制造',
        '',
      ]),
      ...extra,
    ]),
  );

describe('import: a large sheet keeps every index, counter and figure exact', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const upload = (file: Buffer) => h.api('post', '/api/imports/enterprises').attach('file', file, 'sheet.csv');
  const total = async (query = '') =>
    Number((await h.api('get', `/api/enterprises?range=[0,0]${query}`).expect(200)).headers['x-total-count']);
  const byText = (text: string) => `&filter=${encodeURIComponent(JSON.stringify({ q: text }))}`;
  const found = async (text: string) =>
    (await h.api('get', `/api/enterprises?range=[0,99]${byText(text)}`).expect(200)).body.map(
      (row: { name: string }) => row.name,
    );
  const searchBox = async (q: string) =>
    (await h.api('get', `/api/search?q=${encodeURIComponent(q)}`).expect(200)).body
      .filter((hit: { resource: string }) => hit.resource === 'enterprises')
      .map((hit: { title: string }) => hit.title);
  const grams = () =>
    h.sql<{ gram: string; sortKey: string; id: number }>(
      'SELECT "gram", "sortKey", "id" FROM "enterprises_grams" ORDER BY "gram", "sortKey", "id"',
    );
  const counters = () => h.sql('SELECT "tableName", "live" FROM "row_counts" ORDER BY "tableName"');
  const liveCount = async (table: string) =>
    Number(
      (
        await h.sql<{ count: number }>(
          `SELECT COUNT(*) AS "count" FROM "${table}"${table === 'audit_events' ? '' : ' WHERE "deletedAt" IS NULL'}`,
        )
      )[0].count,
    );
  const prospects = async () =>
    (await h.api('get', '/api/reports/funnel').expect(200)).body.find(
      (stage: { stage: string }) => stage.stage === 'prospect',
    ).count;

  it('a commit that fails half-way leaves nothing behind, and the per-row triggers keep working after it', async () => {
    const preview = (await upload(sheet()).expect(201)).body;
    const [gramsBefore, countersBefore, enterprisesBefore] = [await grams(), await counters(), await total()];
    // the twin keys are written after the enterprises and their indexes: without their table the write fails there
    await h.sql('ALTER TABLE "twin_keys" RENAME TO "twin_keys_away"');
    try {
      await h.api('post', `/api/imports/${preview.id}/commit`).expect(500);
    } finally {
      await h.sql('ALTER TABLE "twin_keys_away" RENAME TO "twin_keys"');
    }
    expect(await total()).toBe(enterprisesBefore);
    expect(await grams()).toEqual(gramsBefore);
    expect(await counters()).toEqual(countersBefore);
    expect(await found('鹭')).toEqual([]);
    // an enterprise written alone afterwards is indexed by the triggers, as ever
    await h.api('post', '/api/enterprises').send({ name: '鸥鹭科技有限公司' }).expect(201);
    expect(await found('鸥鹭')).toEqual(['鸥鹭科技有限公司']);
    expect(await total()).toBe(enterprisesBefore + 1);
  });

  it('after a commit, search finds the new names by 1, 2 and 3+ characters, Latin and pinyin; totals and figures are right; a rebuild changes nothing', async () => {
    const preview = (await upload(sheet()).expect(201)).body;
    expect(preview.counts).toEqual({ create: ROWS, match: 0, invalid: 0 });
    const before = { enterprises: await total(), prospects: await prospects(), audit: await liveCount('audit_events') };
    // other writes arrive while the import commits: each is kept, indexed and counted
    const [commit, ...others] = await Promise.all([
      h.api('post', `/api/imports/${preview.id}/commit`),
      ...['鹭岛物流有限公司', '南湾鹭影传媒有限公司', '鹭江造船有限公司'].map((name) =>
        h.api('post', '/api/enterprises').send({ name, city: '厦门' }),
      ),
    ]);
    expect(commit.status).toBe(201);
    expect(commit.body.created).toEqual({ enterprises: ROWS });
    for (const other of others) expect(other.status).toBe(201);

    expect(await found('鹭')).toEqual(
      expect.arrayContaining([
        '白鹭湾文旅有限公司',
        '鹭岛物流有限公司',
        '南湾鹭影传媒有限公司',
        '鹭江造船有限公司',
        '鸥鹭科技有限公司',
      ]),
    );
    expect(await total(byText('鹭'))).toBe(5);
    expect(await found('鹭湾')).toEqual(['白鹭湾文旅有限公司']);
    expect(await found('白鹭湾文旅')).toEqual(['白鹭湾文旅有限公司']);
    expect(await total(byText('批量'))).toBe(ROWS - 1);
    expect(await total(byText('企业123号'))).toBe(1);
    expect(await found('egret bay')).toEqual(['白鹭湾文旅有限公司']);
    expect(await searchBox('bailuwan')).toEqual(['白鹭湾文旅有限公司']);
    expect(await searchBox('blwwl')).toEqual(['白鹭湾文旅有限公司']);

    expect(await total()).toBe(before.enterprises + ROWS + 3);
    expect(await total()).toBe(await liveCount('enterprises'));
    expect(await prospects()).toBe(before.prospects + ROWS + 3);
    expect(await liveCount('audit_events')).toBe(before.audit + ROWS + 3);
    expect((await counters()).find((row) => row.tableName === 'audit_events')!.live).toBe(
      await liveCount('audit_events'),
    );
    const audited = await h.sql<{ count: number }>(
      `SELECT COUNT(*) AS "count" FROM "audit_events" WHERE "resource" = 'enterprises' AND "action" = 'create' AND "recordId" IN (SELECT "id" FROM "enterprises" WHERE "name" LIKE '批量企业%')`,
    );
    expect(Number(audited[0].count)).toBe(ROWS - 1);

    const [gramsBefore, countersBefore] = [await grams(), await counters()];
    await rebuildSearchIndexes(h.app.get(DataSource));
    expect(await grams()).toEqual(gramsBefore);
    expect(await counters()).toEqual(countersBefore);
    expect(await found('白鹭湾文旅')).toEqual(['白鹭湾文旅有限公司']);

    // the same sheet again creates nothing
    const again = (await upload(sheet()).expect(201)).body;
    expect(again.counts).toEqual({ create: 0, match: ROWS, invalid: 0 });
    expect((await h.api('post', `/api/imports/${again.id}/commit`).expect(201)).body.created).toEqual({
      enterprises: 0,
    });
    expect(await total()).toBe(before.enterprises + ROWS + 3);
  });
});
