import { currentLocale } from '../i18n';

export { API_URL, createHttpClient } from '../dataProvider';

/** The interface's language for a request made with fetch (an upload), so the API answers in it. */
export function currentLocaleHeader(): Record<string, string> {
  return { 'Accept-Language': currentLocale() };
}
