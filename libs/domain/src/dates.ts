/** Dates without a time travel as YYYY-MM-DD strings end to end; times as ISO 8601 UTC. */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The years a date or time may fall in. Outside them a typing slip (0024, 9999) would be stored,
 * sorted and counted as a real date; and years before 1000 or after 9999 do not survive the
 * round trip through ISO text and the database.
 */
export const YEAR_RANGE = { first: 1900, last: 2200 } as const;

export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < YEAR_RANGE.first || year > YEAR_RANGE.last) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A full ISO 8601 timestamp with an explicit offset, so no time is read in the server's zone. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATETIME.test(value)) return false;
  // Date.parse rolls 2024-02-30T10:00Z over into 1 March; the day as written must exist
  if (!isDateOnly(value.slice(0, 10))) return false;
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) return false;
  // the year as written and as stored (UTC) must both be in range: 2200-12-31T23:00-05:00 is 2201 in UTC
  const years = [Number(value.slice(0, 4)), new Date(instant).getUTCFullYear()];
  return years.every((year) => year >= YEAR_RANGE.first && year <= YEAR_RANGE.last);
}

/**
 * The academic year (1 September – 31 August) a day falls in, as "2023-2024".
 * Takes a YYYY-MM-DD string or an ISO timestamp; the calendar day is read in China Standard Time,
 * where the school is, so a meeting at 01:00 Beijing time on 1 September is in the new year.
 */
export function academicYearOf(value: string | Date): string {
  const day = typeof value === 'string' && isDateOnly(value) ? value : chinaDay(new Date(value));
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export const ACADEMIC_YEAR = /^(\d{4})-(\d{4})$/;

export function isAcademicYear(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ACADEMIC_YEAR.exec(value);
  return !!match && Number(match[2]) === Number(match[1]) + 1;
}

/** First and last day of an academic year such as "2023-2024". */
export function academicYearRange(academicYear: string): { start: string; end: string } {
  const start = Number(academicYear.slice(0, 4));
  return { start: `${start}-09-01`, end: `${start + 1}-08-31` };
}

/** The YYYY-MM-DD of an instant in China Standard Time (UTC+8, no daylight saving). */
export function chinaDay(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
