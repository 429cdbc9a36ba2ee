import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { Locale, LOCALES } from '@crm/domain';
import type { MessageTree } from './define';
import chineseMessages from './ra-zh-CN';
import { SECTIONS } from './sections';

function merge(into: MessageTree, from: MessageTree): MessageTree {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    into[key] = typeof value === 'object' && typeof existing === 'object' ? merge({ ...existing }, value) : value;
  }
  return into;
}

const REACT_ADMIN: Record<Locale, TranslationMessages> = { en: englishMessages, 'zh-CN': chineseMessages };

/** The whole catalogue of each language: react-admin's own strings, then every section. */
export const CATALOGUE: Record<Locale, TranslationMessages> = Object.fromEntries(
  LOCALES.map((locale) => [locale, SECTIONS.reduce((messages, section) => merge(messages, section[locale]), merge({}, REACT_ADMIN[locale] as unknown as MessageTree))]),
) as unknown as Record<Locale, TranslationMessages>;
