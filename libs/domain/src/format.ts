import { isDateOnly } from './dates';
import type { Locale } from './locale';

/**
 * Dates, times and amounts as a reader of each language expects them, always in China Standard
 * Time (the school's zone) whatever the zone of the browser or server: `2024年3月21日 14:00` and
 * `21 Mar 2024, 14:00`; `¥1,200,000`; `12.5万元`. The one formatting module of both apps.
 */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const chinaParts = new Intl.DateTimeFormat('en-US', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

function partsOf(value: string | Date): Parts | null {
  if (typeof value === 'string' && isDateOnly(value)) {
    const [year, month, day] = value.split('-').map(Number);
    return { year, month, day, hour: 0, minute: 0 };
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(chinaParts.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value: number) => String(value).padStart(2, '0');

function day(parts: Parts, locale: Locale): string {
  return locale === 'zh-CN'
    ? `${parts.year}年${parts.month}月${parts.day}日`
    : `${parts.day} ${MONTHS_EN[parts.month - 1]} ${parts.year}`;
}

/** A calendar day (YYYY-MM-DD, or an instant read in China time): `2024年3月21日` / `21 Mar 2024`. */
export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  const parts = value ? partsOf(value) : null;
  return parts ? day(parts, locale) : '';
}

/** An instant in China time: `2024年3月21日 14:00` / `21 Mar 2024, 14:00`. */
export function formatDateTime(value: string | Date | null | undefined, locale: Locale): string {
  const parts = value ? partsOf(value) : null;
  if (!parts) return '';
  return `${day(parts, locale)}${locale === 'zh-CN' ? ' ' : ', '}${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** The time of day of an instant in China time: `14:00`. */
export function formatTime(value: string | Date | null | undefined): string {
  const parts = value ? partsOf(value) : null;
  return parts ? `${pad(parts.hour)}:${pad(parts.minute)}` : '';
}

/** A month of a year: `2024年3月` / `Mar 2024` (YYYY-MM or a day). */
export function formatMonth(value: string, locale: Locale): string {
  const [year, month] = value.split('-').map(Number);
  return locale === 'zh-CN' ? `${year}年${month}月` : `${MONTHS_EN[month - 1]} ${year}`;
}

export function formatNumber(value: number | null | undefined, locale: Locale, fractionDigits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** An amount in yuan, in full: `¥1,200,000` (cents only when there are some). */
export function formatMoney(yuan: number | null | undefined, locale: Locale): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return '';
  const digits = Number.isInteger(yuan) ? 0 : 2;
  return `¥${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(yuan)}`;
}

/**
 * An amount in yuan as the school's reports count it, in 万元 (ten thousands): `12.5万元`; in
 * English the full amount, since "wan" means nothing to the reader.
 */
export function formatWan(yuan: number | null | undefined, locale: Locale): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return '';
  if (locale !== 'zh-CN') return formatMoney(Math.round(yuan), locale);
  return `${formatNumber(yuan / 10_000, locale, 2)}万元`;
}

/**
 * What a person typed as a day, in either language's form, as YYYY-MM-DD: `2024年3月21日`,
 * `2024-3-21`, `2024/03/21`, `2024.3.21`, `21 Mar 2024`; null when it is not a real day.
 */
export function parseDateInput(text: string): string | null {
  const match = /^\s*(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  // the English form this module writes: 21 Mar 2024 (or March)
  const english = /^\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$/.exec(text);
  const month = english
    ? MONTHS_EN.findIndex((name) => english[2].slice(0, 3).toLowerCase() === name.toLowerCase()) + 1
    : 0;
  const [year, monthNumber, day] = match
    ? [match[1], Number(match[2]), Number(match[3])]
    : english && month
      ? [english[3], month, Number(english[1])]
      : [null, 0, 0];
  if (!year) return null;
  const value = `${year}-${pad(monthNumber)}-${pad(day)}`;
  return isDateOnly(value) ? value : null;
}

/**
 * What a person typed as a day and time, read in China time, as an ISO instant (UTC):
 * `2024年3月21日 14:00` or `2024-03-21 14:00` → `2024-03-21T06:00:00.000Z`; null when unreadable.
 */
export function parseDateTimeInput(text: string): string | null {
  const match = /^\s*(.+?)[\sT,]+(\d{1,2})\s*[:：时]\s*(\d{2})\s*分?\s*$/.exec(text);
  const dayText = match ? match[1] : text;
  const date = parseDateInput(dayText);
  if (!date) return null;
  const [hour, minute] = match ? [Number(match[2]), Number(match[3])] : [0, 0];
  if (hour > 23 || minute > 59) return null;
  return new Date(`${date}T${pad(hour)}:${pad(minute)}:00+08:00`).toISOString();
}
