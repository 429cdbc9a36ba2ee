import { Harness, startHarness } from './harness';

/** The same bad request answers in the caller's language: Chinese for zh*, English otherwise; shape and status unchanged. */
describe('error messages in the language of Accept-Language', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const badEnterprise = { name: '', uscc: '91310000MA1FL4XQ1X', tier: 'gold', favouriteColour: 'x' };

  it('answers a refused body in Chinese for zh-CN and in English without a header', async () => {
    const chinese = await h
      .api('post', '/api/enterprises')
      .set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.8')
      .send(badEnterprise)
      .expect(400);
    const english = await h.api('post', '/api/enterprises').send(badEnterprise).expect(400);

    expect(Object.keys(chinese.body).sort()).toEqual(['errors', 'message', 'statusCode']);
    expect(Object.keys(chinese.body.errors).sort()).toEqual(Object.keys(english.body.errors).sort());
    expect(Object.keys(english.body.errors).sort()).toEqual(['favouriteColour', 'name', 'tier', 'uscc']);

    expect(english.body.message).toBe('4 fields are not valid: favouriteColour, name, uscc, tier.');
    expect(english.body.errors).toEqual({
      name: 'must not be empty',
      uscc: 'has a wrong check character',
      tier: 'must be one of: strategic, core, general',
      favouriteColour: 'is not a field of this resource',
    });
    expect(chinese.body.message).toBe('4 个字段无效：favouriteColour, name, uscc, tier。');
    expect(chinese.body.errors).toEqual({
      name: '不能为空',
      uscc: '校验码不正确',
      tier: '必须是以下之一：strategic, core, general',
      favouriteColour: '不是此资源的字段',
    });
  });

  it('speaks English for other languages and Chinese for any zh tag, on every kind of error', async () => {
    const missing = (language?: string) => {
      const request = h.api('get', '/api/enterprises/999999');
      return (language ? request.set('Accept-Language', language) : request).expect(404);
    };
    expect((await missing('de-DE,de;q=0.9')).body).toEqual({
      statusCode: 404,
      message: 'There is no enterprise with id 999999.',
    });
    expect((await missing('zh-TW')).body).toEqual({ statusCode: 404, message: '不存在 id 为 999999 的企业。' });

    const login = await h.http
      .post('/api/auth/login')
      .set('Accept-Language', 'zh')
      .send({ username: 'admin', password: 'wrong-password' })
      .expect(401);
    expect(login.body).toEqual({ statusCode: 401, message: '用户名或密码错误。' });

    const sort = await h
      .api('get', '/api/enterprises?sort=["password","ASC"]')
      .set('Accept-Language', 'zh-CN')
      .expect(400);
    expect(sort.body).toEqual({
      statusCode: 400,
      message: '参数 sort 不能按“password”排序。',
      errors: { sort: '不能按“password”排序' },
    });

    const json = await h
      .api('post', '/api/chambers')
      .set('Accept-Language', 'zh-CN')
      .set('Content-Type', 'application/json')
      .send('{"name":')
      .expect(400);
    expect(json.body).toEqual({ statusCode: 400, message: '请求体不是有效的 JSON。' });

    const unknownRoute = await h.api('get', '/api/nowhere').set('Accept-Language', 'zh-CN').expect(404);
    expect(unknownRoute.body.message).toBe('此地址下没有内容。');
  });

  it('says a stale version and a blocked delete in Chinese, keeping the current record', async () => {
    const zh = (method: 'put' | 'delete', url: string) => h.api(method, url).set('Accept-Language', 'zh-CN');
    const enterprise = (
      await h.api('post', '/api/enterprises').send({ name: '江朗科技有限公司', tier: 'core' }).expect(201)
    ).body;
    await h.api('post', '/api/contacts').send({ name: 'Zhang Wei', enterpriseId: enterprise.id }).expect(201);
    await h
      .api('put', `/api/enterprises/${enterprise.id}`)
      .send({ ...enterprise, city: '上海' })
      .expect(200);

    const stale = await zh('put', `/api/enterprises/${enterprise.id}`)
      .send({ ...enterprise, city: '杭州' })
      .expect(409);
    expect(stale.body.message).toBe(
      '您打开此企业后，已有其他人修改了它（您的版本 1，当前版本 2）。请重新加载后再修改。',
    );
    expect(stale.body.current).toMatchObject({ id: enterprise.id, city: '上海', version: 2 });

    const blocked = await zh('delete', `/api/enterprises/${enterprise.id}`).expect(409);
    expect(blocked.body.message).toBe('此企业仍有 1 位联系人，不能删除；请先删除或转移这些记录。');
  });
});

describe('the account language', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('is null until the user sets it, then comes with every login and leaves the record version alone', async () => {
    const login = () =>
      h.http.post('/api/auth/login').send({ username: 'admin', password: 'test-admin-password' }).expect(200);
    expect((await login()).body.user).toMatchObject({ name: expect.any(String), role: 'admin', locale: null });
    const me = (await login()).body.user;
    const before = (await h.api('get', `/api/staff/${me.id}`).expect(200)).body;

    expect((await h.api('put', '/api/auth/locale').send({ locale: 'zh-CN' }).expect(200)).body).toEqual({
      locale: 'zh-CN',
    });
    expect((await login()).body.user.locale).toBe('zh-CN');
    const after = (await h.api('get', `/api/staff/${me.id}`).expect(200)).body;
    expect(after).toMatchObject({ locale: 'zh-CN', version: before.version });

    const refused = await h
      .api('put', '/api/auth/locale')
      .set('Accept-Language', 'zh-CN')
      .send({ locale: 'fr' })
      .expect(400);
    expect(refused.body.errors).toEqual({ locale: '必须是以下之一：zh-CN, en' });
    await h.http.put('/api/auth/locale').send({ locale: 'en' }).expect(401);
  });
});

describe('lists sorted by a Chinese name', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('come in pinyin order (陈 before 王), both ways, and a renamed record moves', async () => {
    const names = ['王伟科技有限公司', '陈氏物流有限公司', '安徽汽车集团', '张江软件有限公司', 'Bosch Automotive'];
    const ids: number[] = [];
    for (const name of names)
      ids.push((await h.api('post', '/api/enterprises').send({ name, tier: 'general' }).expect(201)).body.id);
    const list = async (order: 'ASC' | 'DESC') =>
      (
        await h.api('get', `/api/enterprises?sort=${encodeURIComponent(JSON.stringify(['name', order]))}`).expect(200)
      ).body.map((e: { name: string }) => e.name);
    expect(await list('ASC')).toEqual([
      '安徽汽车集团',
      'Bosch Automotive',
      '陈氏物流有限公司',
      '王伟科技有限公司',
      '张江软件有限公司',
    ]);
    expect(await list('DESC')).toEqual([
      '张江软件有限公司',
      '王伟科技有限公司',
      '陈氏物流有限公司',
      'Bosch Automotive',
      '安徽汽车集团',
    ]);

    const anhui = (await h.api('get', `/api/enterprises/${ids[2]}`).expect(200)).body;
    expect(anhui).not.toHaveProperty('nameSortKey');
    await h
      .api('put', `/api/enterprises/${anhui.id}`)
      .send({ ...anhui, name: '中国汽车集团' })
      .expect(200);
    expect((await list('ASC')).at(-1)).toBe('中国汽车集团');

    await h.api('post', '/api/contacts').send({ name: '王芳', enterpriseId: ids[0] }).expect(201);
    await h.api('post', '/api/contacts').send({ name: '陈静', enterpriseId: ids[0] }).expect(201);
    const contacts = (await h.api('get', '/api/contacts?sort=["name","ASC"]').expect(200)).body.map(
      (c: { name: string }) => c.name,
    );
    expect(contacts).toEqual(['陈静', '王芳']);
  });
});
