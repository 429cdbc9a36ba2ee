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
    const chinese = await h.api('post', '/api/enterprises').set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.8').send(badEnterprise).expect(400);
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
    expect((await missing('de-DE,de;q=0.9')).body).toEqual({ statusCode: 404, message: 'There is no enterprise with id 999999.' });
    expect((await missing('zh-TW')).body).toEqual({ statusCode: 404, message: '不存在 id 为 999999 的企业。' });

    const login = await h.http.post('/api/auth/login').set('Accept-Language', 'zh').send({ username: 'admin', password: 'wrong-password' }).expect(401);
    expect(login.body).toEqual({ statusCode: 401, message: '用户名或密码错误。' });

    const sort = await h.api('get', '/api/enterprises?sort=["password","ASC"]').set('Accept-Language', 'zh-CN').expect(400);
    expect(sort.body).toEqual({ statusCode: 400, message: '参数 sort 不能按“password”排序。', errors: { sort: '不能按“password”排序' } });

    const json = await h.api('post', '/api/chambers').set('Accept-Language', 'zh-CN').set('Content-Type', 'application/json').send('{"name":').expect(400);
    expect(json.body).toEqual({ statusCode: 400, message: '请求体不是有效的 JSON。' });

    const unknownRoute = await h.api('get', '/api/nowhere').set('Accept-Language', 'zh-CN').expect(404);
    expect(unknownRoute.body.message).toBe('此地址下没有内容。');
  });

  it('says a stale version and a blocked delete in Chinese, keeping the current record', async () => {
    const zh = (method: 'put' | 'delete', url: string) => h.api(method, url).set('Accept-Language', 'zh-CN');
    const enterprise = (await h.api('post', '/api/enterprises').send({ name: '江朗科技有限公司', tier: 'core' }).expect(201)).body;
    await h.api('post', '/api/contacts').send({ name: 'Zhang Wei', enterpriseId: enterprise.id }).expect(201);
    await h.api('put', `/api/enterprises/${enterprise.id}`).send({ ...enterprise, city: '上海' }).expect(200);

    const stale = await zh('put', `/api/enterprises/${enterprise.id}`).send({ ...enterprise, city: '杭州' }).expect(409);
    expect(stale.body.message).toBe('您打开此企业后，已有其他人修改了它（您的版本 1，当前版本 2）。请重新加载后再修改。');
    expect(stale.body.current).toMatchObject({ id: enterprise.id, city: '上海', version: 2 });

    const blocked = await zh('delete', `/api/enterprises/${enterprise.id}`).expect(409);
    expect(blocked.body.message).toBe('此企业仍有 1 位联系人，不能删除；请先删除或转移这些记录。');
  });
});
