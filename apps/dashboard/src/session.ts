/**
 * Who is logged in, kept in localStorage so a reload keeps the name and role on screen. The
 * credential itself is the API's httpOnly cookie, which scripts cannot read; the token in the
 * login answer is for other API clients and is not kept.
 */
export interface SessionUser {
  id: number;
  name: string;
  role: string;
  /** The account's interface language (null: the browser's). */
  locale?: string | null;
}

export interface Session {
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
