import { createAuthProvider } from './authProvider';
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
