import Database from 'better-sqlite3';
import { onPostgres } from '../fixtures/engine';
import { q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * `q` on contacts, enterprises and meetings goes through a trigram full-text index (3+ characters)
 * and must find exactly what a substring search would: Chinese and Latin text, any column, any case.
 */
describe('full-text search', () => {
  let h: Harness;
  let seed: Seed;
  let hengtong: ApiRecord;
  let wang: ApiRecord;

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    hengtong = await seed.enterprise({
      name: 'Shanghai Hengtong Intelligent Manufacturing Co., Ltd.',
      aliases: ['上海恒通智能制造有限公司'],
      city: 'Shanghai',
    });
    await seed.enterprise({
      name: 'Ningbo Ruida Logistics Co., Ltd.',
      aliases: ['宁波瑞达物流有限公司'],
      city: 'Ningbo',
    });
    wang = await seed.create('contacts', {
      name: '王小明',
      title: 'HR Director',
      enterpriseId: hengtong.id,
      email: 'xiaoming.wang@hengtong.example',
      phone: '13800138000',
    });
    await seed.create('contacts', { name: 'Li Wei', title: '50% owner "and" partner', enterpriseId: hengtong.id });
  });
  afterAll(() => h.close());

  const search = async (resource: string, text: string, extra: object = {}) =>
    ((await h.api('get', `/api/${resource}?filter=${q({ q: text, ...extra })}`).expect(200)).body as ApiRecord[]).map(
      (row) => row.id,
    );

  it('finds by a Chinese alias, a Latin word in any case, a USCC fragment and a city', async () => {
    expect(await search('enterprises', '恒通智能')).toEqual([hengtong.id]);
    expect(await search('enterprises', 'HENGTONG')).toEqual([hengtong.id]);
    expect(await search('enterprises', String(hengtong.uscc).slice(10))).toEqual([hengtong.id]);
    expect((await search('enterprises', 'ningbo')).length).toBe(1);
  });

  it('finds contacts by name, title, e-mail and phone; two characters too', async () => {
    expect(await search('contacts', '王小明')).toEqual([wang.id]);
    expect(await search('contacts', '小明')).toEqual([wang.id]);
    expect(await search('contacts', 'hr director')).toEqual([wang.id]);
    expect(await search('contacts', 'wang@heng')).toEqual([wang.id]);
    expect(await search('contacts', '0013800')).toEqual([wang.id]);
  });

  it('treats quotes, percent signs and search operators as plain text', async () => {
    const [li] = await search('contacts', 'Li Wei');
    expect(await search('contacts', '50% owner')).toEqual([li]);
    expect(await search('contacts', '"and"')).toEqual([li]);
    expect(await search('contacts', 'owner AND partner')).toEqual([]);
    expect(await search('contacts', 'wei*')).toEqual([]);
  });

  it('follows edits and deletes at once, and combines with other filters', async () => {
    const renamed = (
      await h
        .api('put', `/api/enterprises/${hengtong.id}`)
        .send({ version: hengtong.version, name: 'Shanghai Hengda Robotics Co., Ltd.' })
        .expect(200)
    ).body;
    expect(await search('enterprises', 'Hengtong Intelligent')).toEqual([]);
    expect(await search('enterprises', 'Hengda Robotics')).toEqual([hengtong.id]);
    expect(await search('enterprises', 'Hengda', { city: 'Ningbo' })).toEqual([]);
    const meeting = await seed.meeting({ title: 'Joint laboratory kickoff', enterpriseIds: [hengtong.id] });
    expect(await search('meetings', 'laboratory')).toEqual([meeting.id]);
    await h.api('delete', `/api/meetings/${meeting.id}`).expect(200);
    expect(await search('meetings', 'laboratory')).toEqual([]);
    expect(renamed.version).toBe(2);
  });

  it('answers one and two Chinese characters from the gram index with exactly the rows and totals of a scan, following every write', async () => {
    const extra = await seed.enterprise({ name: 'Wang Family Foods', aliases: ['王家食品'], city: '上海' });
    const fang = await seed.create('contacts', { name: '王芳', title: '人事经理', enterpriseId: extra.id });
    await seed.create('contacts', { name: '李明', title: '总经理助理', enterpriseId: extra.id });
    await seed.create('contacts', { name: 'Zhang San', title: '王牌销售', enterpriseId: hengtong.id });
    const scan = async (table: string, columns: string[], text: string) => {
      const where = columns.map((column) => `LOWER("${column}") LIKE ?`).join(' OR ');
      const rows = await h.sql<{ id: number }>(
        `SELECT id FROM "${table}" WHERE "deletedAt" IS NULL AND (${where}) ORDER BY "nameSortKey", id`,
        ...columns.map(() => `%${text}%`),
      );
      return rows.map((row) => row.id);
    };
    const page = async (resource: string, text: string, extraFilter: object = {}) => {
      const response = await h
        .api('get', `/api/${resource}?filter=${q({ q: text, ...extraFilter })}&sort=${q(['name', 'ASC'])}`)
        .expect(200);
      return {
        ids: (response.body as ApiRecord[]).map((row) => row.id),
        total: Number(response.headers['x-total-count']),
      };
    };
    const contactColumns = ['name', 'title', 'phone', 'email', 'wechat'];
    for (const text of ['王', '明', '小明', '经理', '王芳', '总']) {
      const expected = await scan('contacts', contactColumns, text);
      expect(expected.length).toBeGreaterThan(0);
      expect(await page('contacts', text)).toEqual({ ids: expected, total: expected.length });
    }
    for (const text of ['上', '上海', '食品', '通智']) {
      const expected = await scan('enterprises', ['name', 'uscc', 'aliases', 'city', 'industry'], text);
      expect(await page('enterprises', text)).toEqual({ ids: expected, total: expected.length });
    }
    // a later page, in either order: the window of the index range moves with it
    const all = await scan('contacts', contactColumns, '王');
    for (const [direction, expected] of [
      ['ASC', all],
      ['DESC', [...all].reverse()],
    ] as const) {
      const response = await h
        .api('get', `/api/contacts?filter=${q({ q: '王' })}&sort=${q(['name', direction])}&range=${q([1, 2])}`)
        .expect(200);
      expect((response.body as ApiRecord[]).map((row) => row.id)).toEqual(expected.slice(1, 3));
      expect(response.headers['content-range']).toBe(`contacts 1-${Math.min(2, all.length - 1)}/${all.length}`);
    }
    // with another filter, in the bin, and after an edit, a delete and a restore
    expect((await page('contacts', '王', { enterpriseId: extra.id })).ids).toEqual([fang.id]);
    const renamed = (
      await h.api('put', `/api/contacts/${fang.id}`).send({ version: fang.version, name: '陈芳' }).expect(200)
    ).body;
    expect((await page('contacts', '王芳')).ids).toEqual([]);
    expect((await page('contacts', '陈芳')).ids).toEqual([fang.id]);
    await h.api('delete', `/api/contacts/${fang.id}`).expect(200);
    expect((await page('contacts', '陈')).ids).toEqual([]);
    expect((await page('contacts', '陈', { deleted: true })).ids).toEqual([fang.id]);
    await h.api('post', `/api/contacts/${fang.id}/restore`).expect(201);
    expect(await page('contacts', '陈')).toEqual({ ids: [fang.id], total: 1 });
    expect(renamed.version).toBe(fang.version + 1);
  });

  // SQLite's table rebuilds drop triggers; PostgreSQL alters tables in place and needs no repair
  const onSqlite = onPostgres() ? it.skip : it;

  onSqlite('puts the index back at start when a table rebuild dropped its triggers', async () => {
    const db = new Database(h.databasePath);
    db.exec('DROP TRIGGER "contacts_search_insert"');
    db.close();
    await h.app.close();
    h = await startHarness({}, h.databasePath);
    seed = new Seed(h.api);
    const added = await seed.create('contacts', { name: 'Zhao Xinyue', enterpriseId: hengtong.id });
    expect(await search('contacts', 'xinyue')).toEqual([added.id]);
    expect(await search('contacts', '王小明')).toEqual([wang.id]);
  });

  onSqlite('puts the gram index back at start and rebuilds it when its triggers were dropped', async () => {
    const db = new Database(h.databasePath);
    db.exec('DROP TRIGGER "contacts_grams_insert"; DELETE FROM "contacts_grams"');
    db.close();
    await h.app.close();
    h = await startHarness({}, h.databasePath);
    seed = new Seed(h.api);
    const added = await seed.create('contacts', { name: '赵心悦', enterpriseId: hengtong.id });
    expect(await search('contacts', '心悦')).toEqual([added.id]);
    expect(await search('contacts', '小明')).toEqual([wang.id]);
  });
});
