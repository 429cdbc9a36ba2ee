import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { isLocale, Locale, localeOfLanguages } from '@crm/domain';
import { CATALOGUE } from './catalogue';

export { defineMessages } from './define';
export type { MessageSection, MessageTree } from './define';
export { vocabularyChoices, vocabularyKey } from './vocabulary';

/** The languages offered in the app bar, each named in itself. */
export const LOCALE_NAMES: { locale: Locale; name: string }[] = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

/** The language of a first visit: the browser's (zh-* → zh-CN, otherwise English). */
export function browserLocale(): Locale {
  return typeof navigator === 'undefined' ? 'en' : localeOfLanguages(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** The page's language picks the Simplified Chinese forms of the CJK font, and tells screen readers. */
function markPage(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function createI18nProvider(initial: Locale = browserLocale()): I18nProvider {
  const provider = polyglotI18nProvider((locale) => CATALOGUE[isLocale(locale) ? locale : 'en'], initial, LOCALE_NAMES.map(({ locale, name }) => ({ locale, name })), {
    // a key missing from the catalogue shows as the key, which the tests look for
    allowMissing: false,
  });
  markPage(initial);
  return {
    ...provider,
    changeLocale: async (locale, options) => {
      await provider.changeLocale(locale, options);
      markPage(locale);
    },
  };
}

export const i18nProvider = createI18nProvider();

/** The language the interface speaks now, for requests made outside React (the API's Accept-Language). */
export function currentLocale(): Locale {
  const locale = i18nProvider.getLocale();
  return isLocale(locale) ? locale : 'en';
}
export { useFormat } from './format';
export { useVocabularyLabel } from './useVocabulary';
