import { can, type Action, type Role, rowFactsOf } from '@crm/domain';
import type { AuthProvider } from 'react-admin';
import { API_URL } from './dataProvider';
import { clearSession, readSession, saveSession, Session } from './session';

/** Catalogue keys: react-admin translates what a login or an auth check throws. */
export const BAD_CREDENTIALS = 'crm.auth.badCredentials';
export const TOO_MANY_FAILURES = 'crm.account.tooManyFailures';

/** react-admin's actions in the words of the permission table. */
const ACTIONS: Record<string, Action> = { list: 'read', show: 'read', export: 'read', create: 'create', clone: 'create', edit: 'update', delete: 'delete' };

/**
 * Whether the logged-in role may do `action` on `resource` (and on `record`, when one is given),
 * read from the permission table the API enforces. Menus, pages and buttons that say no are
 * hidden; where the record does not carry what a row rule needs, the server decides.
 */
export function canAccess(role: Role, user: { id: number; unitId: number | null }, resource: string, action: string, record?: Record<string, unknown>): boolean {
  const tableAction = ACTIONS[action] ?? (action as Action);
  // a list is the whole table: the audit trail's per-record rule does not open it
  const facts = record ? rowFactsOf(resource, record) : action === 'list' ? { oneRecord: false } : undefined;
  return can({ id: user.id, role, unitId: user.unitId }, resource, tableAction, facts);
}

export function createAuthProvider(apiUrl = API_URL): AuthProvider {
  return {
    async login({ username, password }: { username: string; password: string }) {
      const response = await fetch(`${apiUrl}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'include',
        body: JSON.stringify({ username, password }),
      });
      if (response.status === 401 || response.status === 400) throw new Error(BAD_CREDENTIALS);
      if (response.status === 429) throw new Error(TOO_MANY_FAILURES);
      if (!response.ok) throw new Error('crm.auth.unavailable');
      const { user } = (await response.json()) as Session;
      saveSession({ user });
    },
    async logout() {
      const hadSession = readSession() !== null;
      clearSession();
      // Also drop the httpOnly cookie, which the page cannot clear itself.
      if (hadSession) await fetch(`${apiUrl}/auth/logout`, { method: 'POST', credentials: 'include' }).catch(() => undefined);
    },
    async checkAuth() {
      if (!readSession()) throw new Error('crm.auth.needLogin');
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        clearSession();
        throw new Error('crm.auth.expired');
      }
    },
    async getIdentity() {
      const session = readSession();
      if (!session) throw new Error('crm.auth.needLogin');
      return { id: session.user.id, fullName: session.user.name, role: session.user.role };
    },
    async getPermissions() {
      return readSession()?.user.role ?? null;
    },
    async canAccess({ action, resource, record }: { action: string; resource: string; record?: Record<string, unknown> }) {
      const user = readSession()?.user;
      if (!user) return false;
      if (canAccess(user.role as Role, user, resource, action, record)) return true;
      // a meeting the account's college attends through a colleague: the API's rule reads the
      // attendees' units, which the meeting record does not carry, so they are read here as well
      if (resource !== 'meetings' || !record || !Array.isArray(record.staffIds) || user.unitId == null) return false;
      const attendeeIds = [...(record.staffIds as number[]), ...(record.chairId ? [record.chairId as number] : [])];
      if (!attendeeIds.length) return false;
      const response = await fetch(`${apiUrl}/staff?filter=${encodeURIComponent(JSON.stringify({ id: attendeeIds }))}`, { credentials: 'include' });
      if (!response.ok) return false;
      const attendees = (await response.json()) as { unitId: number | null }[];
      return canAccess(user.role as Role, user, resource, action, { ...record, attendeeUnitIds: attendees.map((staff) => staff.unitId) });
    },
  };
}

export const authProvider = createAuthProvider();
