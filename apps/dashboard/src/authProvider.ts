import type { AuthProvider } from 'react-admin';
import { API_URL } from './dataProvider';
import { clearSession, readSession, saveSession, Session } from './session';

export const BAD_CREDENTIALS = 'The username or password is wrong.';

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
      if (!response.ok) throw new Error('The server could not log you in right now; try again in a moment.');
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
      if (!readSession()) throw new Error('You need to log in.');
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        clearSession();
        throw new Error('Your session has expired; log in again.');
      }
    },
    async getIdentity() {
      const session = readSession();
      if (!session) throw new Error('You need to log in.');
      return { id: session.user.id, fullName: session.user.name, role: session.user.role };
    },
    async getPermissions() {
      return readSession()?.user.role ?? null;
    },
  };
}

export const authProvider = createAuthProvider();
