/**
 * When two spellings name the same organisation or person: the one rule used by the import's
 * matching, the duplicate check before a create, the list of likely duplicates and the merge.
 *
 * An organisation's name is compared without case, width (full-width ＡＢＣ（）and half-width
 * ABC() are one), spaces, punctuation, and the legal-form suffix (有限公司, 股份有限公司, Co., Ltd.,
 * Limited, Inc. …), so "江朗科技（上海）有限公司" and "江朗科技(上海)" are one name.
 */
const LATIN_LEGAL_FORMS = new Set([
  'co',
  'company',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'pte',
]);
// longest first, so that 股份有限公司 is not left as 股份 after stripping 有限公司
const CHINESE_LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '总公司', '公司'];

/** Full-width to half-width, compatibility forms folded, lower case. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The key two organisation names share when they name the same organisation; '' when nothing is left. */
export function organisationNameKey(name: string): string {
  const words = fold(name)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  while (words.length > 1 && LATIN_LEGAL_FORMS.has(words[words.length - 1])) words.pop();
  let key = words.join('');
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const suffix of CHINESE_LEGAL_FORMS) {
      if (key.length > suffix.length && key.endsWith(suffix)) {
        key = key.slice(0, -suffix.length);
        stripped = true;
        break;
      }
    }
  }
  return key;
}

/** A person's name compared without case, width, spaces and punctuation (张 三 = 张三, Li Ming = li-ming). */
export function personNameKey(name: string): string {
  return fold(name).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** A phone number's digits, without the country code 86 of a Chinese mobile; '' when there are too few to mean anything. */
export function phoneKey(phone: string): string {
  let digits = fold(phone).replace(/\D+/g, '');
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return digits.length >= 7 ? digits : '';
}

export function emailKey(email: string): string {
  return fold(email).trim();
}
