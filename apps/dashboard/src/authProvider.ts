import {
  can,
  canOnRecord,
  grantOf,
  type Action,
  type Permitted,
  type Role,
  type RowFacts,
  rowFactsOf,
} from '@crm/domain';
import type { AuthProvider } from 'react-admin';
import { API_URL } from './dataProvider';
import { clearSession, markMustChangePassword, readSession, saveSession, Session, type SessionUser } from './session';

/** Catalogue keys: react-admin translates what a login or an auth check throws. */
export const BAD_CREDENTIALS = 'crm.auth.badCredentials';
export const TOO_MANY_FAILURES = 'crm.account.tooManyFailures';

/** react-admin's actions in the words of the permission table. */
const ACTIONS: Record<string, Action> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

/** Who is logged in, as the permission table knows them. */
function actorOf(user: SessionUser): Permitted {
  return { id: user.id, role: user.role as Role, unitId: user.unitId };
}

/**
 * The row facts of one record, read as the API's services read them (`rowFacts` of the meetings and
 * intakes services): what the record carries, plus its meeting attendees' units or its intake's
 * outcome's college, which the record does not carry and are asked of the API. Every button on a
 * record is decided by these facts, so one the role may not use is never shown.
 */
export async function rowFactsOfRecord(
  resource: string,
  record: Record<string, unknown>,
  apiUrl = API_URL,
): Promise<RowFacts> {
  // a single audit event is the whole trail's, not one record's timeline (the API answers it to the admin only)
  if (resource === 'audit-events') return { oneRecord: false };
  const facts = rowFactsOf(resource, record);
  const read = async <T>(path: string): Promise<T | null> => {
    const response = await fetch(`${apiUrl}${path}`, { credentials: 'include' });
    return response.ok ? ((await response.json()) as T) : null;
  };
  if (resource === 'meetings' && facts.attendeeIds && !facts.attendeeUnitIds) {
    const attendees = facts.attendeeIds.length
      ? await read<{ unitId: number | null }[]>(
          `/staff?filter=${encodeURIComponent(JSON.stringify({ id: facts.attendeeIds }))}`,
        )
      : [];
    if (attendees) facts.attendeeUnitIds = attendees.map((staff) => staff.unitId);
  }
  if (resource === 'intakes' && record.outcomeId != null) {
    const outcome = await read<{ unitId: number | null }>(`/outcomes/${record.outcomeId as number}`);
    if (outcome) facts.unitId = outcome.unitId ?? null;
  }
  return facts;
}

/**
 * Whether the logged-in account may do `action` on `resource`, read from the permission table the
 * API enforces: without a record (a menu, a route, a create button), as the API's guard decides;
 * with one, as its services decide, with the record's row facts (a rule whose facts cannot be read
 * refuses). Menus, pages and buttons that say no are not shown.
 */
export async function mayDo(
  user: SessionUser,
  resource: string,
  action: string,
  record?: Record<string, unknown>,
  apiUrl = API_URL,
): Promise<boolean> {
  const actor = actorOf(user);
  const tableAction = ACTIONS[action] ?? (action as Action);
  // a list is the whole table: the audit trail's per-record rule does not open it. A new record's
  // facts are in the body the API will judge; react-admin passes the page's record to a create
  // button too, which is not the record being created.
  if (!record || tableAction === 'create' || action === 'list')
    return can(actor, resource, tableAction, action === 'list' ? { oneRecord: false } : undefined);
  // a file on a record is part of it: adding one asks the right to edit the record, from what the
  // record carries, as attachments.service.ts does
  if (action === 'attach')
    return can(actor, 'attachments', 'create') && canOnRecord(actor, resource, 'update', rowFactsOf(resource, record));
  const grant = grantOf(actor.role, resource, tableAction);
  if (grant === undefined) return false;
  if (grant === true) return true;
  // what the record carries may settle it (a meeting the account attends itself) without asking more
  if (resource !== 'audit-events' && canOnRecord(actor, resource, tableAction, rowFactsOf(resource, record)))
    return true;
  return canOnRecord(actor, resource, tableAction, await rowFactsOfRecord(resource, record, apiUrl));
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
  window.history.replaceState(
    { usr: { nextPathname: pathname, nextSearch: search ? `?${search}` : '' }, key: 'default', idx: 0 },
    '',
    '#/login',
  );
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
      if (hadSession)
        await fetch(`${apiUrl}/auth/logout`, { method: 'POST', credentials: 'include' }).catch(() => undefined);
    },
    async checkAuth() {
      if (!readSession()) throw new Error('crm.auth.needLogin');
    },
    async checkError(error: { status?: number; body?: { mustChangePassword?: boolean } }) {
      if (error?.status === 401) {
        clearSession();
        throw new Error('crm.auth.expired');
      }
      // still logged in, but the API answers nothing until the password is changed
      if (error?.status === 403 && error.body?.mustChangePassword) markMustChangePassword();
    },
    async getIdentity() {
      const session = readSession();
      if (!session) throw new Error('crm.auth.needLogin');
      return { id: session.user.id, fullName: session.user.name, role: session.user.role };
    },
    async getPermissions() {
      return readSession()?.user.role ?? null;
    },
    async canAccess({
      action,
      resource,
      record,
    }: {
      action: string;
      resource: string;
      record?: Record<string, unknown>;
    }) {
      const user = readSession()?.user;
      return user ? mayDo(user, resource, action, record, apiUrl) : false;
    },
  };
}

export const authProvider = createAuthProvider();
