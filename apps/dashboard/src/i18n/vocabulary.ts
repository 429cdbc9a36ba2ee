import { Locale, VOCABULARIES, VocabularyName } from '@crm/domain';
import type { MessageSection, MessageTree } from './define';

/**
 * The vocabularies of libs/domain as a catalogue section, `vocabulary.<name>.<value>`, so that
 * react-admin translates choices like any other text; the labels themselves live in libs/domain.
 */
function tree(locale: Locale): MessageTree {
  return {
    vocabulary: Object.fromEntries(
      Object.entries(VOCABULARIES).map(([name, labels]) => [
        name,
        Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, label[locale]])),
      ]),
    ),
  };
}

export const vocabularySection: MessageSection = { en: tree('en'), 'zh-CN': tree('zh-CN') };

/** The catalogue key of a vocabulary value's label. */
export function vocabularyKey(name: VocabularyName, value: string): string {
  return `vocabulary.${name}.${value}`;
}

/**
 * A vocabulary's choices for react-admin inputs and filters, named by catalogue key: react-admin
 * translates a choice's name, so the same list serves both languages.
 */
export function vocabularyChoices<N extends VocabularyName>(
  name: N,
): { id: keyof (typeof VOCABULARIES)[N] & string; name: string }[] {
  return Object.keys(VOCABULARIES[name]).map((value) => ({
    id: value as keyof (typeof VOCABULARIES)[N] & string,
    name: vocabularyKey(name, value),
  }));
}
