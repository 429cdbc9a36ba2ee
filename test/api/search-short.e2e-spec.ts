import type { SearchResult } from '@crm/domain';
import { q } from '../fixtures/assertions';
import { ApiRecord, Seed } from '../fixtures/resources';
import { Harness, startHarness } from './harness';

/**
 * Searches of every length a user types, as the lists' search box sends them (`filter={"q":…}`) and
 * as the top search box does (GET /api/search): one, two and four Chinese characters; one, two and
 * four Latin letters over names, e-mail addresses and phone numbers (one or two letters find the
 * words that begin with them, from the gram index); pinyin and initials in the top box. And a
 * search's total counted up to its cap (CRM_SEARCH_COUNT_CAP, here 3): `…/3+` once more match.
 */
describe('short searches and capped totals', () => {
  let h: Harness;
  let seed: Seed;
  let hengtong: ApiRecord;
  let xiaoming: ApiRecord;
  let wangWei: ApiRecord;
  let swan: ApiRecord;
  let lis: ApiRecord[];

  beforeAll(async () => {
    h = await startHarness({ CRM_SEARCH_COUNT_CAP: '3' });
    seed = new Seed(h.api);
    hengtong = await seed.enterprise({ name: '上海恒通智能制造有限公司', city: '上海', industry: '智能制造' });
    xiaoming = await seed.create('contacts', {
      name: '王小明',
      title: 'HR Director',
      enterpriseId: hengtong.id,
      email: 'xiaoming.wang@hengtong.example',
      phone: '13800138000',
    });
    wangWei = await seed.create('contacts', { name: 'Wang Wei', title: '总经理', enterpriseId: hengtong.id });
    const ruida = await seed.enterprise({ name: '宁波瑞达物流有限公司', city: '宁波' });
    // "wa" inside a word, not at its start
    swan = await seed.create('contacts', {
      name: 'Swan Lee',
      title: 'Engineer',
      phone: '021-66001234',
      enterpriseId: ruida.id,
    });
    lis = [];
    for (const name of ['Li Na', 'Li Qiang', 'Li Ming', 'Li Hua'])
      lis.push(await seed.create('contacts', { name, title: 'Sales', enterpriseId: hengtong.id }));
  });
  afterAll(() => h.close());

  const list = async (resource: string, filter: object, range: [number, number] = [0, 24]) => {
    const answer = await h
      .api('get', `/api/${resource}?filter=${q(filter)}&sort=${q(['name', 'ASC'])}&range=${q(range)}`)
      .expect(200);
    return {
      ids: (answer.body as ApiRecord[]).map((row) => row.id).sort((a, b) => a - b),
      range: answer.headers['content-range'] as string,
      total: answer.headers['x-total-count'] as string,
    };
  };
  const ids = (...records: ApiRecord[]) => records.map((record) => record.id).sort((a, b) => a - b);

  it('finds one, two and four Chinese characters in names, titles, cities and industries', async () => {
    expect((await list('contacts', { q: '王' })).ids).toEqual(ids(xiaoming));
    expect((await list('contacts', { q: '小明' })).ids).toEqual(ids(xiaoming));
    expect((await list('contacts', { q: '经理' })).ids).toEqual(ids(wangWei));
    expect((await list('enterprises', { q: '恒' })).ids).toEqual(ids(hengtong));
    expect((await list('enterprises', { q: '上海' })).ids).toEqual(ids(hengtong));
    expect((await list('enterprises', { q: '恒通智能' })).ids).toEqual(ids(hengtong));
  });

  it('finds one and two Latin letters or digits at the start of a word of the name, e-mail or phone, in any case', async () => {
    // "w": Wang Wei's name, xiaoming.wang's e-mail; not Swan Lee, whose "w" is inside a word
    expect((await list('contacts', { q: 'w' })).ids).toEqual(ids(xiaoming, wangWei));
    expect((await list('contacts', { q: 'WA' })).ids).toEqual(ids(xiaoming, wangWei));
    expect((await list('contacts', { q: 'xi' })).ids).toEqual(ids(xiaoming));
    expect((await list('contacts', { q: 'he' })).ids).toEqual(ids(xiaoming));
    expect((await list('contacts', { q: '13' })).ids).toEqual(ids(xiaoming));
    expect((await list('contacts', { q: '66' })).ids).toEqual(ids(swan));
    expect((await list('contacts', { q: 'sw' })).ids).toEqual(ids(swan));
    // with another filter, the same rows narrowed
    expect((await list('contacts', { q: 'w', enterpriseId: hengtong.id })).ids).toEqual(ids(xiaoming, wangWei));
  });

  it('finds four Latin letters anywhere, as before', async () => {
    expect((await list('contacts', { q: 'wang' })).ids).toEqual(ids(xiaoming, wangWei));
    expect((await list('contacts', { q: 'SWAN' })).ids).toEqual(ids(swan));
    expect((await list('contacts', { q: '0138' })).ids).toEqual(ids(xiaoming));
  });

  it('follows an edit of the e-mail and a delete at once', async () => {
    const moved = await seed.create('contacts', {
      name: 'Zhou Jie',
      email: 'qz@ruida.example',
      enterpriseId: swan.enterpriseId,
    });
    expect((await list('contacts', { q: 'qz' })).ids).toEqual(ids(moved));
    await h
      .api('put', `/api/contacts/${moved.id}`)
      .send({ version: moved.version, email: 'jz@ruida.example' })
      .expect(200);
    expect((await list('contacts', { q: 'qz' })).ids).toEqual([]);
    expect((await list('contacts', { q: 'jz' })).ids).toEqual(ids(moved));
    await h.api('delete', `/api/contacts/${moved.id}`).expect(200);
    expect((await list('contacts', { q: 'jz' })).ids).toEqual([]);
  });

  it('finds names by pinyin, its initials and short Latin text in the top search box', async () => {
    const found = async (text: string) =>
      ((await h.api('get', `/api/search?q=${encodeURIComponent(text)}`).expect(200)).body as SearchResult[])
        .filter((result) => result.resource === 'contacts')
        .map((result) => result.id)
        .sort((a, b) => a - b);
    expect(await found('wangxiaoming')).toEqual(ids(xiaoming));
    expect(await found('wxm')).toEqual(ids(xiaoming));
    expect(await found('wa')).toEqual(ids(xiaoming, wangWei));
    expect(await found('13')).toEqual(ids(xiaoming));
  });

  it('counts a search up to the cap and says so; an exact total at the cap and for a filter without q', async () => {
    // four contacts named Li: more than the cap of 3, by the gram index and by a trigram search with a filter
    for (const filter of [{ q: 'li' }, { q: 'li', enterpriseId: hengtong.id }, { q: 'Sales' }]) {
      const page = await list('contacts', filter, [0, 1]);
      expect([filter, page.range, page.total]).toEqual([filter, 'contacts 0-1/3+', '3']);
    }
    await h.api('delete', `/api/contacts/${lis[3].id}`).expect(200);
    expect(await list('contacts', { q: 'li' }, [0, 1])).toMatchObject({ range: 'contacts 0-1/3', total: '3' });
    // a filter without q stays exact
    expect(await list('contacts', { enterpriseId: hengtong.id }, [0, 1])).toMatchObject({
      range: 'contacts 0-1/5',
      total: '5',
    });
  });
});
