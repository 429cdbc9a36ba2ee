import type { Locale } from '@crm/domain';

/**
 * One section of the server's catalogue: a name (the keys' prefix) and the same keys in both
 * languages. The type makes a key missing from one language a compile error; the catalogue's spec
 * checks it again, with the placeholders.
 */
export interface MessageSection<N extends string = string, K extends string = string> {
  name: N;
  texts: Record<Locale, Record<K, string>>;
}

export function defineMessages<const N extends string, K extends string>(
  name: N,
  en: Record<K, string>,
  zh: Record<NoInfer<K>, string>,
): MessageSection<N, K> {
  return { name, texts: { en, 'zh-CN': zh } };
}
