import {
  DEFAULT_LOCALE,
  isLocale,
  Locale,
  LOCALES,
  localeOfAcceptLanguage,
  Localised,
  VOCABULARIES,
  VocabularyName,
} from '@crm/domain';
import type { MessageSection } from './define';
import { decodeMessage, encodeMessage, isMessage, Message, MessageParam } from './message';
import * as sections from './sections';

type Sections = (typeof sections)[keyof typeof sections];
type KeysOf<S> = S extends MessageSection<infer N, infer K> ? `${N}.${K}` : never;
/** Every key of the catalogue, "section.key": a typo is a compile error. */
export type MessageKey = KeysOf<Sections>;
/** The keys of one section, without its prefix (e.g. the nouns of `records`). */
export type SectionKey<N extends Sections['name']> =
  KeysOf<Extract<Sections, { name: N }>> extends `${N}.${infer K}` ? K : never;

/** The flat catalogue per locale, "section.key" → text, assembled from the sections. */
export const CATALOGUE: Record<Locale, ReadonlyMap<string, string>> = (() => {
  const catalogue = Object.fromEntries(LOCALES.map((locale) => [locale, new Map<string, string>()])) as Record<
    Locale,
    Map<string, string>
  >;
  for (const section of Object.values(sections) as MessageSection[]) {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(section.texts[locale]))
        catalogue[locale].set(`${section.name}.${key}`, text);
    }
  }
  // the domain's vocabularies (roles, kinds, stages…) with their labels, so a sentence can name a value in the reader's language
  for (const [name, labels] of Object.entries(VOCABULARIES) as [string, Record<string, Localised>][]) {
    for (const [value, label] of Object.entries(labels))
      for (const locale of LOCALES) catalogue[locale].set(`vocabulary.${name}.${value}`, label[locale]);
  }
  return catalogue;
})();

/** A vocabulary value as a message parameter: its label in the reader's language (the value itself when unknown). */
export function vocabularyLabel(vocabulary: VocabularyName, value: string): MessageParam {
  return Object.hasOwn(VOCABULARIES[vocabulary], value) ? { key: `vocabulary.${vocabulary}.${value}` } : value;
}

export function msg(key: MessageKey, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

const LIST_SEPARATOR: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };

function renderParam(param: MessageParam, locale: Locale): string {
  if (Array.isArray(param)) return param.map((item) => renderParam(item, locale)).join(LIST_SEPARATOR[locale]);
  if (isMessage(param)) return translate(param, locale);
  return String(param);
}

/**
 * A message in one locale. A string is a message already written (or one encoded for
 * class-validator) and is shown as it is; an unknown key falls back to English, then to the key.
 */
export function translate(message: Message | string, locale: Locale = DEFAULT_LOCALE): string {
  const parsed = typeof message === 'string' ? decodeMessage(message) : message;
  if (!parsed) return message as string;
  const text = CATALOGUE[locale].get(parsed.key) ?? CATALOGUE[DEFAULT_LOCALE].get(parsed.key) ?? parsed.key;
  const params = parsed.params ?? {};
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? renderParam(params[name], locale) : whole,
  );
}

/**
 * The locale a request asks for: a `locale` query parameter first — a download is a link, which
 * sends the browser's Accept-Language rather than the language the person chose in the app — then
 * Accept-Language (zh* → zh-CN, otherwise English).
 */
export function requestLocale(
  request: { headers?: Record<string, string | string[] | undefined>; query?: unknown } | undefined,
): Locale {
  const asked = (request?.query as Record<string, unknown> | undefined)?.locale;
  if (typeof asked === 'string' && isLocale(asked)) return asked;
  const header = request?.headers?.['accept-language'];
  return localeOfAcceptLanguage(Array.isArray(header) ? header[0] : header);
}

/** A class-validator decorator's options carrying a catalogue message: `@IsString(withMessage('validation.text'))`. */
export function withMessage(key: MessageKey, params?: Record<string, MessageParam>): { message: string } {
  return { message: encodeMessage(msg(key, params)) };
}
