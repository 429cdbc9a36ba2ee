/**
 * Who is logged in, kept in localStorage so a reload keeps the name and role on screen. The
 * credential itself is the API's httpOnly cookie, which scripts cannot read; the token in the
 * login answer is for other API clients and is not kept.
 */
export interface SessionUser {
  id: number;
  name: string;
  role: string;
  /** The account's unit: a college account's college (the row rule "own college"). */
  unitId: number | null;
  /** The password was chosen by someone else: the dashboard asks for a new one before anything else. */
  mustChangePassword: boolean;
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

const MUST_CHANGE_PASSWORD = 'crm:must-change-password';

/**
 * The API refused a request until the password is changed (a reset by the admin while this page was
 * open, or a session from before the dashboard knew): the page shows the change-password form.
 */
export function markMustChangePassword(): void {
  const session = readSession();
  if (session && !session.user.mustChangePassword) saveSession({ user: { ...session.user, mustChangePassword: true } });
  window.dispatchEvent(new Event(MUST_CHANGE_PASSWORD));
}

/** Calls `listener` whenever markMustChangePassword runs; answers the unsubscribe. */
export function onMustChangePassword(listener: () => void): () => void {
  window.addEventListener(MUST_CHANGE_PASSWORD, listener);
  return () => window.removeEventListener(MUST_CHANGE_PASSWORD, listener);
}
