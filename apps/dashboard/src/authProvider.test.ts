import { createAuthProvider, sendVisitorWithoutSessionToLogin } from './authProvider';
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

  const staffAnswer = (units: (number | null)[]) => ({ ok: true, json: async () => units.map((unitId, index) => ({ id: 21 + index, unitId })) });

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
    await expect(provider.canAccess!({ action: 'edit', resource: 'meetings', record: { ...meeting, staffIds: [7] } })).resolves.toBe(true);
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
