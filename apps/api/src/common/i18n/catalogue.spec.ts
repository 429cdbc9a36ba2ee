import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, msg, translate } from './catalogue';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the server catalogue', () => {
  it('has the same keys in zh-CN and en', () => {
    expect([...CATALOGUE['zh-CN'].keys()].sort()).toEqual([...CATALOGUE.en.keys()].sort());
    expect(CATALOGUE.en.size).toBeGreaterThan(100);
  });

  it('has the same placeholders for a key in both languages, and Chinese in the Chinese texts', () => {
    for (const [key, english] of CATALOGUE.en) {
      const chinese = CATALOGUE['zh-CN'].get(key)!;
      expect({ key, placeholders: placeholders(chinese) }).toEqual({ key, placeholders: placeholders(english) });
      expect({ key, empty: !english.trim() || !chinese.trim() }).toEqual({ key, empty: false });
    }
    const untranslated = [...CATALOGUE.en].filter(
      ([key, english]) => CATALOGUE['zh-CN'].get(key) === english && /[a-z]{3}/.test(english.replace(/\{\w+\}/g, '')),
    );
    expect(untranslated).toEqual([]);
  });

  it('renders a message with nested messages and lists in each language', () => {
    const message = msg('records.stillUsed', {
      noun: msg('nouns.enterprise'),
      dependents: [msg('nouns.contacts', { count: 3 }), msg('nouns.outcomes', { count: 1 })],
    });
    expect(translate(message, 'en')).toBe(
      'This enterprise cannot be deleted while it still has 3 contacts, 1 outcomes; delete or reassign those first.',
    );
    expect(translate(message, 'zh-CN')).toBe('此企业仍有 3 位联系人、1 项合作成果，不能删除；请先删除或转移这些记录。');
  });

  it('shows a plain string as it is and an unknown key as the key', () => {
    expect(translate('already a sentence', 'zh-CN')).toBe('already a sentence');
    expect(translate({ key: 'nowhere.toBeFound' }, 'zh-CN')).toBe('nowhere.toBeFound');
  });
});

/** Every source file of the API, but the specs and the catalogue itself. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the API sources', () => {
  // config.ts speaks to the operator at start (English log lines), not to a user of the API
  const files = sources(join(__dirname, '..', '..')).filter((path) => !path.endsWith(join('config', 'config.ts')));

  it('throw no message written as a sentence instead of a catalogue key', () => {
    const literal =
      /(message\s*:\s*['"`])|(Exception\(\s*['"`])|(fieldErrors\(\{\s*\w+\s*:\s*['"`])|(conflict\(\s*['"`])/;
    const found = files.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line, index) => ({ path, line: index + 1, text: line.trim() }))
        .filter(({ text }) => literal.test(text)),
    );
    expect(found).toEqual([]);
  });
});
