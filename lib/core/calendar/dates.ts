/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings.
 * A calendar date has no time zone: the math is done at UTC midnight so it never shifts by a day.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when the text is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Days since 1970-01-01 for a calendar date (throws on malformed input). */
export function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new Error(`Not a calendar date (expected YYYY-MM-DD): "${date}"`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The calendar date for a day number. */
export function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Adds (or with a negative count, subtracts) whole days to a calendar date. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from one calendar date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Builds a calendar date from numbers (month 1–12). */
export function calendarDate(year: number, month: number, day: number): string {
  return fromDayNumber(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** A time of day as HH:MM on a 24-hour clock. */
export function clockTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

/** The nth (1-based) given weekday of a month, e.g. the third Friday of March. */
export function nthWeekdayOfMonth(year: number, month: number, dayOfWeek: number, n: number): string {
  const first = calendarDate(year, month, 1);
  const offset = (dayOfWeek - weekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** The last given weekday of a month, e.g. the last Wednesday of February. */
export function lastWeekdayOfMonth(year: number, month: number, dayOfWeek: number): string {
  const last = addDays(calendarDate(year, month + 1, 1), -1);
  const back = (weekday(last) - dayOfWeek + 7) % 7;
  return addDays(last, -back);
}

/** The months' names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
