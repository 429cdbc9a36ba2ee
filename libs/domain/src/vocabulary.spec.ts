import { LOCALES } from './locale';
import { choicesFor, labelOf, VOCABULARIES, VOCABULARY_SYNONYMS, VocabularyName, vocabularyValue } from './vocabulary';

describe('vocabularies', () => {
  it('label every value in both languages, and differently where the languages differ', () => {
    for (const [name, labels] of Object.entries(VOCABULARIES)) {
      for (const [value, label] of Object.entries(labels)) {
        for (const locale of LOCALES)
          expect({ name, value, locale, label: label[locale]?.trim() || null }).toEqual({
            name,
            value,
            locale,
            label: expect.any(String),
          });
        expect({ name, value, zh: /[\u4e00-\u9fff]/.test(label['zh-CN']) }).toEqual({ name, value, zh: true });
      }
    }
  });

  it('give the choices of a locale in the vocabulary order', () => {
    expect(choicesFor('terms', 'zh-CN')).toEqual([
      { id: 'autumn', name: '秋季学期' },
      { id: 'spring', name: '春季学期' },
      { id: 'summer', name: '暑期' },
    ]);
    expect(choicesFor('terms', 'en').map((choice) => choice.name)).toEqual(['Autumn term', 'Spring term', 'Summer']);
    expect(labelOf('outcomeStages' as VocabularyName, 'signed', 'zh-CN')).toBe('已签约');
    expect(labelOf('outcomeStages', 'unknown-stage', 'zh-CN')).toBe('unknown-stage');
  });

  it('read a cell back to its value from either label, the value or an office word, folded for width, case and spaces', () => {
    expect(vocabularyValue('ownerships', '民营企业')).toBe('private');
    expect(vocabularyValue('ownerships', '私营')).toBe('private');
    expect(vocabularyValue('ownerships', ' Private ')).toBe('private');
    expect(vocabularyValue('ownerships', 'ＳＴＡＴＥ－ＯＷＮＥＤ')).toBe('state');
    expect(vocabularyValue('enterpriseSizes', '小型')).toBe('small');
    expect(vocabularyValue('tiers', '重点')).toBe('core');
    expect(vocabularyValue('contactPermissions', 'notify_owner')).toBe('notify_owner');
    expect(vocabularyValue('contactPermissions', 'NOTIFY OWNER FIRST')).toBe('notify_owner');
    expect(vocabularyValue('contactPermissions', '须经负责人同意')).toBe('ask_owner');
    expect(vocabularyValue('ownerships', '私有')).toBeUndefined();
    expect(vocabularyValue('tiers', '')).toBeUndefined();
  });

  it('never read one word as two values of a vocabulary', () => {
    for (const [name, labels] of Object.entries(VOCABULARIES) as [
      VocabularyName,
      Record<string, Record<string, string>>,
    ][]) {
      const synonyms = (VOCABULARY_SYNONYMS[name] ?? {}) as Record<string, string[]>;
      for (const [value, label] of Object.entries(labels)) {
        for (const word of [value, ...Object.values(label), ...(synonyms[value] ?? [])])
          expect({ name, word, value: vocabularyValue(name, word) }).toEqual({ name, word, value });
      }
    }
  });
});
