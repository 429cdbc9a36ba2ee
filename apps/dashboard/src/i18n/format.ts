import { useLocale } from 'react-admin';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatMonth,
  formatNumber,
  formatTime,
  formatWan,
  isLocale,
  Locale,
} from '@crm/domain';

/** The formatting functions of libs/domain bound to the interface's language (China time always). */
export function useFormat() {
  const current = useLocale();
  const locale: Locale = isLocale(current) ? current : 'en';
  return {
    locale,
    date: (value: string | Date | null | undefined) => formatDate(value, locale),
    dateTime: (value: string | Date | null | undefined) => formatDateTime(value, locale),
    time: (value: string | Date | null | undefined) => formatTime(value),
    month: (value: string) => formatMonth(value, locale),
    number: (value: number | null | undefined, fractionDigits?: number) => formatNumber(value, locale, fractionDigits),
    money: (yuan: number | null | undefined) => formatMoney(yuan, locale),
    wan: (yuan: number | null | undefined) => formatWan(yuan, locale),
  };
}
