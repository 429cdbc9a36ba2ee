import { useEffect, useRef } from 'react';
import { useLocaleState, useNotify } from 'react-admin';
import { isLocale } from '@crm/domain';
import { API_URL } from '../dataProvider';
import { readSession, saveSession } from '../session';

/**
 * Keeps the interface language and the account's `locale` in step: after a login the account's
 * choice applies (it follows the user to another computer); a change in the app bar's language menu
 * is saved to the account at once. react-admin's store keeps it across reloads on this computer.
 */
export function AccountLocale() {
  const [locale, setLocale] = useLocaleState();
  const notify = useNotify();
  const applied = useRef(false);
  useEffect(() => {
    const session = readSession();
    if (!session) return;
    if (!applied.current) {
      applied.current = true;
      const chosen = session.user.locale;
      if (isLocale(chosen) && chosen !== locale) {
        setLocale(chosen);
        return;
      }
    }
    if (session.user.locale === locale) return;
    saveSession({ user: { ...session.user, locale } });
    fetch(`${API_URL}/auth/locale`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      credentials: 'include',
      body: JSON.stringify({ locale }),
    })
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
      })
      .catch(() => notify('crm.language.saveFailed', { type: 'warning' }));
  }, [locale, setLocale, notify]);
  return null;
}
