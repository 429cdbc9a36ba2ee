import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A pragmatic lint over the dashboard's components: user-facing text is a catalogue key, never a
 * literal. It looks at JSX text, the props react-admin and MUI show to the user, notifications and
 * confirmations; codes that read the same in both languages (USCC, CSV, XLSX, ICS…) are allowed.
 */
const ROOT = join(__dirname, '..');
const KEY = /^(crm|resources|ra|vocabulary)\.[\w.-]+$/;
const ALLOWED = /^(USCC|CSV|XLSX|ICS|ID|id|URL|WeChat|e-mail|·|—|–|…|\s)+$/;

function components(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : components(path);
    return path.endsWith('.tsx') && !path.endsWith('.test.tsx') ? [path] : [];
  });
}

const words = (text: string) => /[A-Za-z]{2,}/.test(text) && !ALLOWED.test(text) && !KEY.test(text.trim());

export function literalStrings(source: string): string[] {
  const found: string[] = [];
  // JSX text between tags (code in braces removed first)
  const withoutExpressions = source.replace(/\{[^{}]*\}/g, '{}').replace(/\{[^{}]*\}/g, '{}');
  for (const match of withoutExpressions.matchAll(/>([^<>]*)</g)) {
    const text = match[1].replace(/\{\}/g, ' ').trim();
    // what is left of code between a type's angle brackets (Record<…>, a ternary) is not text
    if (text && words(text) && !/[;=()&|{?]|=>|\bRecord$|\bPromise$|\bArray$/.test(text)) found.push(text);
  }
  // props shown to the user, written as string literals
  for (const match of source.matchAll(
    /\b(label|title|placeholder|helperText|emptyText|empty|addLabel|primaryText|secondaryText|aria-label|name)=(["'])([^"']*)\2/g,
  )) {
    if (match[1] === 'name' && !/\s/.test(match[3])) continue; // a resource or field name, not a sentence
    if (words(match[3])) found.push(`${match[1]}="${match[3]}"`);
  }
  // notifications and thrown messages
  for (const match of source.matchAll(/\b(notify|Error)\(\s*(['"`])([^'"`]*)\2/g)) {
    if (words(match[3])) found.push(`${match[1]}(${match[3]})`);
  }
  return found;
}

describe('the dashboard sources', () => {
  it('render no literal user-facing string: every text comes from the catalogue', () => {
    const literals = components(ROOT).flatMap((path) =>
      literalStrings(readFileSync(path, 'utf8')).map((text) => `${relative(ROOT, path)}: ${text}`),
    );
    expect(literals).toEqual([]);
  });

  it('would catch a literal label, JSX text and a notification', () => {
    expect(literalStrings('<TextInput source="city" label="City of registration" />')).toEqual([
      'label="City of registration"',
    ]);
    expect(literalStrings('<Typography>No history recorded.</Typography>')).toEqual(['No history recorded.']);
    expect(literalStrings("notify('Saved the card', { type: 'info' })")).toEqual(['notify(Saved the card)']);
    expect(literalStrings('<TextInput source="uscc" label="crm.enterprises.uscc" helperText={false} />')).toEqual([]);
    expect(literalStrings('<Chip label="USCC" />')).toEqual([]);
  });
});
