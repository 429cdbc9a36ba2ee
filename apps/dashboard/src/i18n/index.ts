import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { isLocale, Locale, localeOfLanguages } from '@crm/domain';
import { buildCatalogue } from './catalogue';
import type { MessageSection } from './define';

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
  return typeof navigator === 'undefined'
    ? 'en'
    : localeOfLanguages(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** The page's language picks the Simplified Chinese forms of the CJK font, and tells screen readers. */
function markPage(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** A translator of the catalogue built from `sections` (the app's are SECTIONS of messages.ts, at the composition root). */
export function createI18nProvider(sections: MessageSection[], initial: Locale = browserLocale()): I18nProvider {
  const catalogue = buildCatalogue(sections);
  const provider = polyglotI18nProvider(
    (locale) => catalogue[isLocale(locale) ? locale : 'en'],
    initial,
    LOCALE_NAMES.map(({ locale, name }) => ({ locale, name })),
    {
      // a key missing from the catalogue shows as the key, which the tests look for
      allowMissing: false,
    },
  );
  markPage(initial);
  return {
    ...provider,
    changeLocale: async (locale, options) => {
      await provider.changeLocale(locale, options);
      markPage(locale);
    },
  };
}

let installed: I18nProvider | undefined;

/** The app's one translator, made by the composition root (App.tsx) from every feature's messages. */
export function installI18n(sections: MessageSection[]): I18nProvider {
  installed = createI18nProvider(sections);
  return installed;
}

/** The app's translator for code outside React (a record's representation, which react-admin calls as a function). */
export function appI18n(): I18nProvider {
  if (!installed)
    throw new Error(
      'The catalogue is not installed yet: App.tsx installs it (installI18n) before anything translates.',
    );
  return installed;
}

/** The language the interface speaks now, for requests made outside React (the API's Accept-Language). */
export function currentLocale(): Locale {
  const locale = installed ? installed.getLocale() : browserLocale();
  return isLocale(locale) ? locale : 'en';
}
export { useFormat } from './format';
export { useVocabularyLabel } from './useVocabulary';
