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

/**
 * Sends a visitor without a session straight to the login form, before react-admin starts. Left to
 * react-admin, a first visit of `/` renders its catch-all that logs out on mount; each logout
 * navigates to /login and clears the query cache, which re-runs the auth check and mounts the
 * catch-all again before the navigation commits: thousands of `history.pushState` and 12–18 s of
 * blank page (issue 19). The page asked for is kept in the history entry's state, where
 * react-router puts a location's state (`usr`) and react-admin's login reads `nextPathname`.
 */
export function sendVisitorWithoutSessionToLogin(): void {
  if (readSession()) return;
  const route = window.location.hash.replace(/^#/, '') || '/';
  const [pathname, search = ''] = route.split('?');
  if (pathname === '/login') return;
  window.history.replaceState({ usr: { nextPathname: pathname, nextSearch: search ? `?${search}` : '' }, key: 'default', idx: 0 }, '', '#/login');
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
