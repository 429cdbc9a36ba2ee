import { pinyin } from 'pinyin-pro';

/**
 * The key a name sorts by, so that Chinese names come in pinyin order as a Chinese reader expects
 * (陈 before 王): each character's pinyin with its tone number, words apart, Latin text lower-cased
 * ("陈伯勤" → "chen2 bo2 qin2", "Chen Boqin" → "chen boqin"). Kept in a column beside the name,
 * computed on every write, because neither SQLite nor a default PostgreSQL collation orders by pinyin.
 */
export function pinyinSortKey(text: string): string {
  return pinyin(text, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true })
    .map((syllable) => syllable.trim().toLowerCase())
    .filter(Boolean)
    .join(' ');
}

/** The column every list sorted by a Chinese name keeps its key in; not part of the API's records. */
export const NAME_SORT_KEY = 'nameSortKey';

/** What a search box finds a name by in pinyin; columns beside the name, not part of the API's records. */
export interface PinyinSearchKeys {
  /** The syllables run together, without tones: "leihuishengtaijituan". */
  namePinyin: string;
  /** The first letter of each syllable or Latin word: "lhstjt". */
  nameInitials: string;
}

/**
 * The pinyin keys of a name, from its sort key (so pinyin-pro reads the name once): `leihui` and
 * `lhst` find 雷辉生态集团 as the start of one of them, a range of an index. Punctuation is dropped.
 */
export function pinyinSearchKeys(sortKey: string): PinyinSearchKeys {
  const words = sortKey
    .split(' ')
    .map((word) => word.replace(/^([a-z]+)[0-5]$/, '$1').replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return {
    namePinyin: words.join('').slice(0, 400),
    nameInitials: words
      .map((word) => word[0])
      .join('')
      .slice(0, 200),
  };
}

/**
 * A search text as the pinyin keys are written (lower case, no spaces or apostrophes: "Lei Hui",
 * "lei'hui" → "leihui"), or null when it cannot be pinyin (Chinese characters, an e-mail address).
 */
export function pinyinSearchText(text: string): string | null {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .replace(/[\s'’·-]+/g, '');
  return /^[a-z][a-z0-9]*$/.test(folded) ? folded : null;
}

/**
 * Names whose keys were worked out lately. An import's commit writes the names its preview has just
 * keyed, and pinyin-pro's reading of a name (its word segmentation) is a tenth of a row's cost; the
 * keys depend on nothing but the name. Bounded: emptied when full (a 50,000-row sheet's names fit).
 */
const recentKeys = new Map<string, PinyinSearchKeys & { nameSortKey: string }>();
const RECENT_NAMES = 60_000;

/** The sort and search keys of a name the search box finds (enterprises, contacts, chambers), as every write stores them. */
export function searchableNameKeys(name: string): PinyinSearchKeys & { nameSortKey: string } {
  const known = recentKeys.get(name);
  if (known) return { ...known };
  const nameSortKey = pinyinSortKey(name);
  const keys = { nameSortKey, ...pinyinSearchKeys(nameSortKey) };
  if (recentKeys.size >= RECENT_NAMES) recentKeys.clear();
  recentKeys.set(name, keys);
  return { ...keys };
}
