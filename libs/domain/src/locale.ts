/**
 * The two languages of the product: Simplified Chinese first, English second. Both apps read the
 * same negotiation, so the dashboard's first guess and the API's answer agree.
 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** When nothing says otherwise (no header, an unknown language): English, as the contract's examples are. */
export const DEFAULT_LOCALE: Locale = 'en';

/** A text in both languages, kept together so that neither can be forgotten. */
export type Localised = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale of one language tag: any Chinese (zh, zh-CN, zh-Hans, zh-TW…) reads zh-CN; anything else English. */
export function localeOfTag(tag: string | null | undefined): Locale {
  return /^zh\b/i.test((tag ?? '').trim()) ? 'zh-CN' : 'en';
}

/** The locale of the first language in a browser's preference list (navigator.languages). */
export function localeOfLanguages(languages: readonly string[] | null | undefined): Locale {
  return localeOfTag(languages?.[0]);
}

/**
 * The locale of an Accept-Language header ("zh-CN,zh;q=0.9,en;q=0.8"): the most preferred language,
 * by quality and then by order; English when the header is absent or unreadable.
 */
export function localeOfAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [tag, ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), q: quality ? Number(quality[1]) : 1, order };
    })
    .filter((range) => range.tag && range.tag !== '*' && range.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges.length ? localeOfTag(ranges[0].tag) : DEFAULT_LOCALE;
}
