import type { Locale } from '@crm/domain';

/** A catalogue tree: nested objects of texts (polyglot syntax: `%{name}`, `one |||| many` with smart_count). */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/**
 * One section of the dashboard's catalogue, in both languages. The Chinese tree must have exactly
 * the English tree's shape (a compile error otherwise; the catalogue test checks it again).
 */
export type MessageSection = Record<Locale, MessageTree>;

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export function defineMessages<const T extends MessageTree>(texts: {
  en: T;
  'zh-CN': NoInfer<Shape<T>>;
}): MessageSection {
  return texts as MessageSection;
}
