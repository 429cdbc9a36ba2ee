import { academicYearOf, chinaDay } from '@crm/domain';

/** The current academic year and the four before it, newest first, for a year picker. */
export function recentAcademicYears(count = 5, today = chinaDay(new Date())): string[] {
  const start = Number(academicYearOf(today).slice(0, 4));
  return Array.from({ length: count }, (_, index) => `${start - index}-${start - index + 1}`);
}
