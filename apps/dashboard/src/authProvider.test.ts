import { createAuthProvider, mayDo, sendVisitorWithoutSessionToLogin } from './authProvider';
import { clearSession, saveSession } from './session';

/** The Edit button of a meeting, for a college account: the permission table's rule "attended", as the API applies it. */
describe('canAccess on a meeting for a college account', () => {
  const fetchMock = jest.fn();
  const provider = createAuthProvider('/api');
  const meeting = { id: 5, staffIds: [21], chairId: 22 };
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    saveSession({ user: { id: 7, name: '王院长', role: 'college', unitId: 3, mustChangePassword: false } });
  });
  afterAll(() => clearSession());

  const staffAnswer = (units: (number | null)[]) => ({
    ok: true,
    json: async () => units.map((unitId, index) => ({ id: 21 + index, unitId })),
  });

  it('may edit a meeting a colleague of its college attended, read from the attendees’ units', async () => {
    fetchMock.mockResolvedValue(staffAnswer([3, null]));
    await expect(provider.canAccess!({ action: 'edit', resource: 'meetings', record: meeting })).resolves.toBe(true);
    expect(decodeURIComponent(fetchMock.mock.calls[0][0] as string)).toBe('/api/staff?filter={"id":[21,22]}');
  });

  it('may not edit a meeting nobody of its college attended', async () => {
    fetchMock.mockResolvedValue(staffAnswer([4, null]));
    await expect(provider.canAccess!({ action: 'edit', resource: 'meetings', record: meeting })).resolves.toBe(false);
  });

  it('asks nothing more for a meeting the account attends itself', async () => {
    await expect(
      provider.canAccess!({ action: 'edit', resource: 'meetings', record: { ...meeting, staffIds: [7] } }),
    ).resolves.toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

/** A first visit without a session goes to the login form at once, keeping the page it asked for. */
describe('sendVisitorWithoutSessionToLogin', () => {
  afterEach(() => {
    clearSession();
    window.history.replaceState(null, '', '#/');
  });

  it('sends a visitor without a session from the home page to the login form', () => {
    window.history.replaceState(null, '', '/');
    sendVisitorWithoutSessionToLogin();
    expect(window.location.hash).toBe('#/login');
    expect(window.history.state).toMatchObject({ usr: { nextPathname: '/', nextSearch: '' } });
  });

  it('keeps the page a link asked for, to open after the login', () => {
    window.history.replaceState(null, '', '#/outcomes?filter=%7B%7D');
    sendVisitorWithoutSessionToLogin();
    expect(window.location.hash).toBe('#/login');
    expect(window.history.state).toMatchObject({ usr: { nextPathname: '/outcomes', nextSearch: '?filter=%7B%7D' } });
  });

  it('leaves a logged-in visitor where they are', () => {
    saveSession({ user: { id: 1, name: 'admin', role: 'admin', unitId: null, mustChangePassword: false } });
    window.history.replaceState(null, '', '#/outcomes');
    sendVisitorWithoutSessionToLogin();
    expect(window.location.hash).toBe('#/outcomes');
  });
});

/** The buttons on a record, decided as the API's services decide: the record's row facts, read where the record lacks them. */
describe('mayDo on a record', () => {
  const fetchMock = jest.fn();
  const dean = { id: 7, name: '王院长', role: 'college', unitId: 3, mustChangePassword: false };
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('offers renew (an update) on the college’s own outcome only', async () => {
    await expect(mayDo(dean, 'outcomes', 'edit', { id: 1, unitId: 3, kind: 'joint_lab' }, '/api')).resolves.toBe(true);
    await expect(mayDo(dean, 'outcomes', 'edit', { id: 2, unitId: 4, kind: 'joint_lab' }, '/api')).resolves.toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('offers done on the dean’s own tasks, not on a colleague’s', async () => {
    await expect(mayDo(dean, 'tasks', 'edit', { id: 5, assigneeId: 7 }, '/api')).resolves.toBe(true);
    await expect(mayDo(dean, 'tasks', 'edit', { id: 6, assigneeId: 8 }, '/api')).resolves.toBe(false);
  });

  it('reads an intake’s college from its outcome, as the intakes service does', async () => {
    fetchMock.mockResolvedValue({ ok: true, json: async () => ({ id: 9, unitId: 4 }) });
    await expect(mayDo(dean, 'intakes', 'edit', { id: 11, outcomeId: 9 }, '/api')).resolves.toBe(false);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/outcomes/9');
    fetchMock.mockResolvedValue({ ok: true, json: async () => ({ id: 9, unitId: 3 }) });
    await expect(mayDo(dean, 'intakes', 'edit', { id: 11, outcomeId: 9 }, '/api')).resolves.toBe(true);
  });

  it('judges a create button by the table alone, not by the page’s record', async () => {
    await expect(mayDo(dean, 'tasks', 'create', { id: 3, title: 'a meeting' }, '/api')).resolves.toBe(true);
    await expect(mayDo(dean, 'outcomes', 'create', { id: 3 }, '/api')).resolves.toBe(false);
  });

  it('offers a file on a record whose edit the role has, from what the record carries', async () => {
    await expect(mayDo(dean, 'outcomes', 'attach', { id: 1, unitId: 3 }, '/api')).resolves.toBe(true);
    await expect(mayDo(dean, 'enterprises', 'attach', { id: 1 }, '/api')).resolves.toBe(false);
  });
});
