import { LOCALES } from './locale';
import { choicesFor, labelOf, VOCABULARIES, VocabularyName } from './vocabulary';

describe('vocabularies', () => {
  it('label every value in both languages, and differently where the languages differ', () => {
    for (const [name, labels] of Object.entries(VOCABULARIES)) {
      for (const [value, label] of Object.entries(labels)) {
        for (const locale of LOCALES) expect({ name, value, locale, label: label[locale]?.trim() || null }).toEqual({ name, value, locale, label: expect.any(String) });
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
});
