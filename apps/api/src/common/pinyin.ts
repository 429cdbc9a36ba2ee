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
