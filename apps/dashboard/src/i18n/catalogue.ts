import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { Locale, LOCALES } from '@crm/domain';
import type { MessageSection, MessageTree } from './define';
import chineseMessages from './ra-zh-CN';
import { resourceNamesSection } from './resource-names';
import { vocabularySection } from './vocabulary';

function merge(into: MessageTree, from: MessageTree): MessageTree {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    into[key] = typeof value === 'object' && typeof existing === 'object' ? merge({ ...existing }, value) : value;
  }
  return into;
}

const REACT_ADMIN: Record<Locale, TranslationMessages> = { en: englishMessages, 'zh-CN': chineseMessages };

/** The whole catalogue of each language: react-admin's own strings, the vocabularies and resource names (of libs/domain), then the features' sections in order. */
export function buildCatalogue(sections: MessageSection[]): Record<Locale, TranslationMessages> {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      [vocabularySection, resourceNamesSection, ...sections].reduce(
        (messages, section) => merge(messages, section[locale]),
        merge({}, REACT_ADMIN[locale] as unknown as MessageTree),
      ),
    ]),
  ) as unknown as Record<Locale, TranslationMessages>;
}
