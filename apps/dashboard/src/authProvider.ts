import type { AuthProvider } from 'react-admin';
import { API_URL } from './dataProvider';
import { clearSession, readSession, saveSession, Session } from './session';

/** Catalogue keys: react-admin translates what a login or an auth check throws. */
export const BAD_CREDENTIALS = 'crm.auth.badCredentials';

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
  };
}

export const authProvider = createAuthProvider();
