import Database from 'better-sqlite3';
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
    hengtong = await seed.enterprise({ name: 'Shanghai Hengtong Intelligent Manufacturing Co., Ltd.', aliases: ['上海恒通智能制造有限公司'], city: 'Shanghai' });
    await seed.enterprise({ name: 'Ningbo Ruida Logistics Co., Ltd.', aliases: ['宁波瑞达物流有限公司'], city: 'Ningbo' });
    wang = await seed.create('contacts', { name: '王小明', title: 'HR Director', enterpriseId: hengtong.id, email: 'xiaoming.wang@hengtong.example', phone: '13800138000' });
    await seed.create('contacts', { name: 'Li Wei', title: '50% owner "and" partner', enterpriseId: hengtong.id });
  });
  afterAll(() => h.close());

  const search = async (resource: string, text: string, extra: object = {}) =>
    ((await h.api('get', `/api/${resource}?filter=${q({ q: text, ...extra })}`).expect(200)).body as ApiRecord[]).map((row) => row.id);

  it('finds by a Chinese alias, a Latin word in any case, a USCC fragment and a city', async () => {
    expect(await search('enterprises', '恒通智能')).toEqual([hengtong.id]);
    expect(await search('enterprises', 'HENGTONG')).toEqual([hengtong.id]);
    expect(await search('enterprises', String(hengtong.uscc).slice(10))).toEqual([hengtong.id]);
    expect((await search('enterprises', 'ningbo')).length).toBe(1);
  });

  it('finds contacts by name, title, e-mail and phone; two characters still work (by scanning)', async () => {
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
    const renamed = (await h.api('put', `/api/enterprises/${hengtong.id}`).send({ version: hengtong.version, name: 'Shanghai Hengda Robotics Co., Ltd.' }).expect(200)).body;
    expect(await search('enterprises', 'Hengtong Intelligent')).toEqual([]);
    expect(await search('enterprises', 'Hengda Robotics')).toEqual([hengtong.id]);
    expect(await search('enterprises', 'Hengda', { city: 'Ningbo' })).toEqual([]);
    const meeting = await seed.meeting({ title: 'Joint laboratory kickoff', enterpriseIds: [hengtong.id] });
    expect(await search('meetings', 'laboratory')).toEqual([meeting.id]);
    await h.api('delete', `/api/meetings/${meeting.id}`).expect(200);
    expect(await search('meetings', 'laboratory')).toEqual([]);
    expect(renamed.version).toBe(2);
  });

  it('puts the index back at start when a table rebuild dropped its triggers', async () => {
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
});
