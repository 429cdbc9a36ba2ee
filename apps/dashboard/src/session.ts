/**
 * The login answer, kept in localStorage so a reload keeps the user logged in. The API also sets
 * an httpOnly cookie; the bearer token is what lets the same client talk to the API from elsewhere.
 */
export interface SessionUser {
  id: number;
  name: string;
  role: string;
}

export interface Session {
  token: string;
  user: SessionUser;
}

const KEY = 'crm.session';

export function readSession(): Session | null {
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}
