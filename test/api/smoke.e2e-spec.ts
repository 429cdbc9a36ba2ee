import { Harness, startHarness } from './harness';

describe('smoke', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(() => h.close());

  it('creates and lists a chamber', async () => {
    const created = await h
      .api('post', '/api/chambers')
      .send({ name: 'Zhejiang Chamber of Commerce, Shanghai', kind: 'chamber' });
    expect(created.status).toBe(201);
    const list = await h.api('get', '/api/chambers');
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toBe('chambers 0-0/1');
    expect(list.body[0].name).toBe('Zhejiang Chamber of Commerce, Shanghai');
  });
});
