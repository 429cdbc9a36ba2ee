/**
 * @jest-environment node
 */
// Node's own fetch, Headers and Response: the wrapper is tested against the real fetchUtils, not a mock of it.
import { HttpError } from 'react-admin';
import { createDataProvider, createHttpClient } from './dataProvider';

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('the data provider wrapper', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('sends the session cookie and no bearer token, on the stock getList', async () => {
    fetchMock.mockResolvedValue(answer(200, [{ id: 1, name: 'Tencent' }], { 'Content-Range': 'enterprises 0-0/1' }));
    const provider = createDataProvider('/api', createHttpClient());
    const page = await provider.getList('enterprises', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { tier: 'core' },
    });

    expect(page).toEqual({ data: [{ id: 1, name: 'Tencent' }], total: 1 });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit & { headers: Headers }];
    expect(decodeURIComponent(url)).toBe('/api/enterprises?filter={"tier":"core"}&range=[0,24]&sort=["name","ASC"]');
    expect(init.headers.has('Authorization')).toBe(false);
    expect(init.credentials).toBe('include');
  });

  it("reads a search's total counted up to the API's cap (…/10000+) as the cap, flagged in meta", async () => {
    fetchMock.mockResolvedValue(answer(200, [{ id: 1, name: '王伟' }], { 'Content-Range': 'contacts 0-0/10000+' }));
    const provider = createDataProvider('/api', createHttpClient());
    const page = await provider.getList('contacts', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'name', order: 'ASC' },
      filter: { q: 'w' },
    });
    expect(page).toEqual({ data: [{ id: 1, name: '王伟' }], total: 10000, meta: { totalCapped: true } });
  });

  it('moves an outcome with one POST to the move endpoint, carrying stage, position and version', async () => {
    fetchMock.mockResolvedValue(answer(200, { id: 7, stage: 'signed', position: 2048, version: 4 }));
    const provider = createDataProvider('/api', createHttpClient());
    const { data } = await provider.moveOutcome(7, { stage: 'signed', position: 1, version: 3 });

    expect(data).toMatchObject({ id: 7, stage: 'signed', version: 4 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/outcomes/7/move');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ stage: 'signed', position: 1, version: 3 });
  });

  it('rejects a stale save with an HttpError that carries the stored record, for the 409 dialog', async () => {
    const current = { id: 3, name: 'Renamed elsewhere', version: 5 };
    fetchMock.mockResolvedValue(
      answer(409, { statusCode: 409, message: 'Someone else changed this enterprise.', current }),
    );
    const provider = createDataProvider('/api', createHttpClient());
    const failure = await provider
      .update('enterprises', { id: 3, data: { name: 'Mine', version: 4 }, previousData: { id: 3 } })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ status: 409, message: 'Someone else changed this enterprise.', body: { current } });
  });

  it('fetches the home report from the reports endpoint', async () => {
    fetchMock.mockResolvedValue(answer(200, { isEmpty: true }));
    const { data } = await createDataProvider('/api', createHttpClient()).homeReport();
    expect(data).toEqual({ isEmpty: true });
    expect(fetchMock.mock.calls[0][0]).toBe('/api/reports/home');
  });
});
