import englishMessages from 'ra-language-english';
import { RESOURCE_LIST, VOCABULARIES } from '@crm/domain';
import { SECTIONS } from '../messages';
import { buildCatalogue } from './catalogue';
import { createI18nProvider } from './index';

const CATALOGUE = buildCatalogue(SECTIONS);

/** Every leaf of a catalogue tree as "a.b.c". */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaf(tree: object, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
}

const CJK = /[\u4e00-\u9fff]/;
/** Words a reader reads, not only placeholders, codes or punctuation. */
const hasWords = (text: string) => /[a-z]{3}/.test(text.replace(/%\{\w+\}/g, ''));
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the dashboard catalogue', () => {
  it('has the same keys in zh-CN and en', () => {
    expect(keys(CATALOGUE['zh-CN']).sort()).toEqual(keys(CATALOGUE.en).sort());
  });

  it("covers every one of react-admin 5's own keys in Chinese, in Chinese", () => {
    const chinese = new Set(keys(CATALOGUE['zh-CN']));
    const missing = keys(englishMessages).filter((key) => !chinese.has(key));
    expect(missing).toEqual([]);
    const notChinese = keys(englishMessages).filter(
      (key) => hasWords(leaf(englishMessages, key)) && !CJK.test(leaf(CATALOGUE['zh-CN'], key)),
    );
    expect(notChinese).toEqual([]);
  });

  it('keeps the placeholders of every text in both languages, and writes every Chinese text in Chinese', () => {
    for (const key of keys(CATALOGUE.en)) {
      const english = leaf(CATALOGUE.en, key);
      const chinese = leaf(CATALOGUE['zh-CN'], key);
      expect({ key, placeholders: placeholders(chinese) }).toEqual({ key, placeholders: placeholders(english) });
      // a text in words has Chinese in its zh-CN form (codes such as "USCC" aside)
      expect({ key, chinese: !hasWords(english) || CJK.test(chinese) }).toEqual({ key, chinese: true });
    }
  });

  it('labels every vocabulary value in both languages', () => {
    for (const [name, labels] of Object.entries(VOCABULARIES)) {
      for (const value of Object.keys(labels)) {
        for (const locale of ['en', 'zh-CN'] as const)
          expect(createI18nProvider(SECTIONS, locale).translate(`vocabulary.${name}.${value}`)).toBe(
            labels[value as keyof typeof labels][locale],
          );
      }
    }
  });

  it('names every resource as the resource list of libs/domain does, and no feature restates a name', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const resource of RESOURCE_LIST) {
        expect({ resource: resource.name, name: leaf(CATALOGUE[locale], `resources.${resource.name}.name`) }).toEqual({
          resource: resource.name,
          name: resource.nouns[locale],
        });
      }
      const restated = SECTIONS.flatMap((section) =>
        RESOURCE_LIST.filter(
          (resource) =>
            (section[locale].resources as Record<string, Record<string, unknown>> | undefined)?.[resource.name]
              ?.name !== undefined,
        ).map((resource) => resource.name),
      );
      expect(restated).toEqual([]);
    }
  });

  it('translates in the language it is set to, and switches at once', async () => {
    const provider = createI18nProvider(SECTIONS, 'zh-CN');
    expect(provider.translate('ra.action.save')).toBe('保存');
    await provider.changeLocale('en');
    expect(provider.translate('ra.action.save')).toBe('Save');
    expect(provider.translate('ra.navigation.page_range_info', { offsetBegin: 1, offsetEnd: 25, total: 319 })).toBe(
      '1-25 of 319',
    );
  });
});
