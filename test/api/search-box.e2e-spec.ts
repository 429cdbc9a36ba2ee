import { DataSource } from 'typeorm';
import { rebuildSearchIndexes } from '../../apps/api/src/search/search-rebuild';
import { PERMISSIONS, type SearchResult } from '@crm/domain';
import { ApiRecord, Seed, usccFor } from '../fixtures/resources';
import { onPostgres } from '../fixtures/engine';
import { Harness, startHarness } from './harness';
import { roleAccounts, RoleAccount } from './roles';

/**
 * The one search box, GET /api/search?q=: every searched resource at once, grouped and best
 * first, Chinese of any length, Latin aliases and pinyin, in step with every write.
 */
describe('GET /api/search', () => {
  let h: Harness;
  let seed: Seed;
  let leihui: ApiRecord;
  let jianglang: ApiRecord;
  let jianglangShanghai: ApiRecord;
  let chamber: ApiRecord;
  let wang: ApiRecord;
  let wangAtChamber: ApiRecord;
  let meeting: ApiRecord;
  let outcome: ApiRecord;
  let viewer: RoleAccount;

  beforeAll(async () => {
    h = await startHarness();
    seed = new Seed(h.api);
    ({
      accounts: { viewer },
    } = await roleAccounts(h));
    leihui = await seed.create('enterprises', {
      name: '雷辉生态集团',
      uscc: usccFor(901),
      city: '杭州',
      industry: '环保',
    });
    // the longer name sorts first in pinyin order; the exact name must still come first
    jianglangShanghai = await seed.create('enterprises', { name: '上海江朗智能装备有限公司', city: '上海' });
    jianglang = await seed.create('enterprises', {
      name: '江朗科技有限公司',
      aliases: ['Jianglang Technology', '江朗'],
      city: '上海',
      industry: '软件',
    });
    chamber = await seed.create('chambers', { name: '上海市浙江商会', kind: 'chamber', city: '上海' });
    wang = await seed.create('contacts', {
      name: '王小明',
      title: '人力资源总监',
      enterpriseId: jianglang.id,
      phone: '13800138000',
    });
    wangAtChamber = await seed.create('contacts', { name: '王芳', title: '秘书长', chamberId: chamber.id });
    meeting = await seed.create('meetings', {
      title: '浙江商会企业来访座谈会',
      kind: 'symposium',
      startsAt: '2024-03-21T06:00:00.000Z',
      location: '行政楼三楼会议室',
      minutes: '双方就共建雷辉环保实训基地达成一致，约定下月签署框架协议。',
      enterpriseIds: [leihui.id],
    });
    outcome = await seed.create('outcomes', {
      title: '江朗订单班',
      kind: 'order_class',
      enterpriseId: jianglang.id,
      notes: '首批三十名学生',
    });
  });
  afterAll(() => h?.close());

  const search = async (q: string, extra = '') =>
    (await h.api('get', `/api/search?q=${encodeURIComponent(q)}${extra}`).expect(200)).body as SearchResult[];
  const ids = (results: SearchResult[], resource: string) =>
    results.filter((result) => result.resource === resource).map((result) => result.id);

  it('answers {resource, id, title, snippet} grouped by resource, the title that is the text first', async () => {
    const results = await search('江朗');
    for (const result of results) expect(Object.keys(result).sort()).toEqual(['id', 'resource', 'snippet', 'title']);
    expect(ids(results, 'enterprises')).toEqual([jianglang.id, jianglangShanghai.id]);
    expect(ids(results, 'outcomes')).toEqual([outcome.id]);
    // grouped: each resource's results together, in the order enterprises, chambers, contacts, meetings, outcomes
    const order = results
      .map((result) => result.resource)
      .filter((resource, index, all) => all.indexOf(resource) === index);
    expect(order).toEqual(['enterprises', 'outcomes']);
    expect(results.find((result) => result.id === jianglang.id && result.resource === 'enterprises')).toEqual({
      resource: 'enterprises',
      id: jianglang.id,
      title: '江朗科技有限公司',
      snippet: '上海 · 软件',
    });
  });

  it('finds one Chinese character, in names, titles and minutes', async () => {
    const results = await search('王');
    expect(ids(results, 'contacts').sort()).toEqual([wang.id, wangAtChamber.id].sort());
    const contact = results.find((result) => result.id === wangAtChamber.id)!;
    expect(contact).toMatchObject({ title: '王芳', snippet: '秘书长 · 上海市浙江商会' });
    const minutes = await search('辉环');
    expect(ids(minutes, 'meetings')).toEqual([meeting.id]);
    expect(minutes.find((result) => result.resource === 'meetings')!.snippet).toContain('共建雷辉环保实训基地');
  });

  it('finds a Latin alias in any case, and says where it found it', async () => {
    const results = await search('jianglang');
    expect(ids(results, 'enterprises')[0]).toBe(jianglang.id);
    expect(results[0].snippet).toContain('Jianglang Technology');
  });

  it('finds a name by its full pinyin and by its initials', async () => {
    expect(ids(await search('leihui'), 'enterprises')).toEqual([leihui.id]);
    expect(ids(await search('lhst'), 'enterprises')).toEqual([leihui.id]);
    expect(ids(await search('Lei Hui'), 'enterprises')).toEqual([leihui.id]);
    expect(ids(await search('wangxiaoming'), 'contacts')).toEqual([wang.id]);
    expect(ids(await search('shszjsh'), 'chambers')).toEqual([chamber.id]);
    expect(await search('zzzq')).toEqual([]);
  });

  it('follows writes at once: a rename, a delete, a restore, an import', async () => {
    const renamed = (
      await h
        .api('put', `/api/enterprises/${leihui.id}`)
        .send({ version: leihui.version, name: '雷辉绿色集团' })
        .expect(200)
    ).body;
    expect(ids(await search('leihuilv'), 'enterprises')).toEqual([leihui.id]);
    expect(ids(await search('lhst'), 'enterprises')).toEqual([]);
    expect(ids(await search('lhlsjt'), 'enterprises')).toEqual([renamed.id]);
    const gone = await seed.create('enterprises', { name: '嘉定远帆物流有限公司' });
    expect(ids(await search('jdyf'), 'enterprises')).toEqual([gone.id]);
    await h.api('delete', `/api/enterprises/${gone.id}`).expect(200);
    expect(ids(await search('远帆'), 'enterprises')).toEqual([]);
    expect(ids(await search('jdyf'), 'enterprises')).toEqual([]);
    await h.api('post', `/api/enterprises/${gone.id}/restore`).expect(201);
    expect(ids(await search('jiadingyuanfan'), 'enterprises')).toEqual([gone.id]);

    const sheet = Buffer.from('企业名称,城市\n松江飞鹭航空有限公司,上海\n');
    const preview = await h.api('post', '/api/imports/enterprises').attach('file', sheet, 'new.csv').expect(201);
    await h.api('post', `/api/imports/${preview.body.id}/commit`).expect(201);
    const imported = await search('sjfl');
    expect(imported.map((result) => result.title)).toEqual(['松江飞鹭航空有限公司']);
  });

  it('gives each resource at most `limit` results (5 unless asked)', async () => {
    for (let n = 0; n < 7; n++)
      await seed.create('contacts', { name: `王${'一二三四五六七'[n]}`, enterpriseId: jianglang.id });
    expect(ids(await search('王'), 'contacts')).toHaveLength(5);
    expect(ids(await search('王', '&limit=20'), 'contacts')).toHaveLength(9);
  });

  it('shows a role only the resources it may read', async () => {
    const asViewer = async (q: string) =>
      (await viewer.as('get', `/api/search?q=${encodeURIComponent(q)}`).expect(200)).body as SearchResult[];
    expect(ids(await asViewer('王小明'), 'contacts')).toEqual([wang.id]);
    // the table as it would be if viewers could not read contacts (a copy: the grants are shared objects)
    const contacts = PERMISSIONS.contacts;
    const { viewer: _refused, ...others } = contacts.read!;
    PERMISSIONS.contacts = { ...contacts, read: others };
    try {
      expect(ids(await asViewer('王小明'), 'contacts')).toEqual([]);
      expect(ids(await asViewer('王小明'), 'enterprises')).toEqual([]);
      expect(ids(await asViewer('lhlsjt'), 'enterprises')).toHaveLength(1);
      expect(ids(await search('王小明'), 'contacts')).toEqual([wang.id]);
    } finally {
      PERMISSIONS.contacts = contacts;
    }
  });

  it('refuses a missing, empty, too long or control-character search with a 400 in the contract shape', async () => {
    for (const url of [
      '/api/search',
      '/api/search?q=',
      '/api/search?q=%20%20',
      `/api/search?q=${'江'.repeat(101)}`,
      '/api/search?q=a%00b',
      '/api/search?q=a%0Ab',
      '/api/search?q=a&q=b',
      '/api/search?q=a&limit=0',
      '/api/search?q=a&limit=x',
      '/api/search?q=a&limit=21',
    ]) {
      const answer = await h.api('get', url).set('Accept-Language', 'zh-CN');
      expect([url, answer.status]).toEqual([url, 400]);
      expect(answer.body).toEqual({ statusCode: 400, message: expect.any(String), errors: expect.any(Object) });
      expect(answer.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await h.http.get('/api/search?q=a')).status).toBe(401);
  });

  it('treats quotes, wildcards and search operators as plain text', async () => {
    for (const q of ['"', '%', '_', '\\', 'a OR b', '江朗*', "'; DROP TABLE enterprises; --", 'NEAR(a b)']) {
      const answer = await h.api('get', `/api/search?q=${encodeURIComponent(q)}`);
      expect([q, answer.status]).toEqual([q, 200]);
    }
    expect(await search('%')).toEqual([]);
  });

  it('keeps the pinyin keys in the row, as stored by every write', async () => {
    expect(await h.sql('SELECT "namePinyin", "nameInitials" FROM "contacts" WHERE "id" = ?', wang.id)).toEqual([
      { namePinyin: 'wangxiaoming', nameInitials: 'wxm' },
    ]);
  });

  // the rebuild is of SQLite's own index tables (FTS5, grams); PostgreSQL's GIN and gram indexes are rebuilt by REINDEX
  (onPostgres() ? it.skip : it)(
    'builds its indexes again from the rows with the rebuild command, and an index in step is left as it is',
    async () => {
      const dataSource = h.app.get(DataSource);
      expect((await rebuildSearchIndexes(dataSource)).pinyin).toEqual({ chambers: 0, contacts: 0, enterprises: 0 });
      // a copy brought in by hand: keys and indexes lost
      await dataSource.query(`UPDATE "contacts" SET "namePinyin" = '', "nameInitials" = '' WHERE "id" = ?`, [wang.id]);
      await dataSource.query(`DELETE FROM "contacts_grams"`);
      await dataSource.query(`INSERT INTO "enterprises_search" ("enterprises_search") VALUES ('delete-all')`);
      expect(ids(await search('wxm'), 'contacts')).toEqual([]);
      expect(ids(await search('小明'), 'contacts')).toEqual([]);
      expect(ids(await search('Jianglang Tech'), 'enterprises')).toEqual([]);
      const summary = await rebuildSearchIndexes(dataSource);
      expect(summary.pinyin.contacts).toBe(1);
      expect(ids(await search('wxm'), 'contacts')).toEqual([wang.id]);
      expect(ids(await search('小明'), 'contacts')).toEqual([wang.id]);
      expect(ids(await search('Jianglang Tech'), 'enterprises')).toEqual([jianglang.id]);
    },
  );
  it('finds a staff member by name or title, and shows minutes without their Markdown', async () => {
    const head = await seed.create('staff', { name: '周建国', title: '就业处处长' });
    const found = await search('周建国');
    expect(found.filter((result) => result.resource === 'staff')).toEqual([
      { resource: 'staff', id: head.id, title: '周建国', snippet: '就业处处长' },
    ]);
    expect(ids(await search('就业处'), 'staff')).toEqual([head.id]);
    await seed.create('meetings', {
      title: '走访企业',
      kind: 'visit_made',
      startsAt: '2024-04-02T06:00:00.000Z',
      minutes: '## 议定事项\n\n- 共建**智能制造**实训中心\n- 见 [方案](http://example.invalid/plan)',
    });
    const snippet = (await search('智能制造')).find((result) => result.resource === 'meetings')!.snippet;
    expect(snippet).toContain('共建智能制造实训中心');
    expect(snippet).not.toMatch(/\*\*|#|\]\(/);
  });
});
