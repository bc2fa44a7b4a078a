/**
 * Reading spreadsheet cells: dates in the formats people type, yes/no, times, time zones and choices by
 * their labels. Each reader returns the value, undefined for an empty cell, or throws a CellError.
 */
import { addDays, clockTime, isCalendarDate, MONTH_NAMES } from '@/lib/core/calendar/dates';
import { isTimeZone } from '@/lib/core/calendar/zone';

/** A cell that cannot be read; the message says what to write instead. */
export class CellError extends Error {}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_HINT = 'use a date like 2026-09-24, 09/24/2026, 24.09.2026 or Sep 24 2026';

/** A date written out in words, e.g. "May 9, 2026", so nobody has to guess its order. */
export function spellDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}

function monthNumber(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index + 1;
}

function fullYear(year: string): number {
  const value = Number(year);
  return year.length === 2 ? 2000 + value : value;
}

function build(year: number, month: number, day: number, cell: string): string {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isCalendarDate(date)) throw new CellError(`“${cell}” is not a real date; ${DATE_HINT}`);
  return date;
}

/** How a date like 05/09/2026, where either number could be the month, is read. */
export type DateOrder = 'month-first' | 'day-first';

const TIME_AFTER = /[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/;

/**
 * What one cell says about day/month order: a date like 24/08/2026 can only be day first, 08/24/2026 only
 * month first, 05/09/2026 could be either ('either'); anything else says nothing (undefined).
 */
export function dateOrderOf(cell: string): DateOrder | 'either' | undefined {
  const m = NUMERIC.exec(cell.trim().replace(TIME_AFTER, ''));
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[2])];
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  if (first <= 12 && second <= 12 && first !== second) return 'either';
  return undefined;
}

/**
 * A calendar date from the usual spreadsheet spellings: 2026-09-24, 2026/9/24, 09/24/2026 and 24/09/2026
 * (a date that can only be read one way is read that way; one like 05/09/2026 is read in `order`, month first
 * unless told), 24.09.2026, Sep 24 2026, 24 Sep 2026, 24-Sep-26, September 24, 2026, a date with a time after
 * it, or an Excel day number.
 */
export function readDate(cell: string, order: DateOrder = 'month-first'): string | undefined {
  const text = cell.trim();
  if (!text) return undefined;
  const withoutTime = text.replace(TIME_AFTER, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(withoutTime);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = NUMERIC.exec(withoutTime);
  if (m) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const dayFirst = dateOrderOf(withoutTime) === 'day-first' || (order === 'day-first' && first <= 12 && second <= 12);
    return dayFirst ? build(fullYear(m[3]), second, first, text) : build(fullYear(m[3]), first, second, text);
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(withoutTime);
  if (m) return build(fullYear(m[3]), Number(m[2]), Number(m[1]), text);
  const words = withoutTime.replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/i, '');
  m = /^([a-z]{3,9})\.?[\s-]+(\d{1,2})(st|nd|rd|th)?,?[\s-]+(\d{4})$/i.exec(words);
  if (m && monthNumber(m[1])) return build(Number(m[4]), monthNumber(m[1]), Number(m[2]), text);
  m = /^(\d{1,2})(st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})$/i.exec(words);
  if (m && monthNumber(m[3])) return build(fullYear(m[4]), monthNumber(m[3]), Number(m[1]), text);
  if (/^\d{5}$/.test(text) && Number(text) > 20000 && Number(text) < 80000) {
    // Excel stores dates as days since 1899-12-30.
    return addDays('1899-12-30', Number(text));
  }
  throw new CellError(`“${text}” is not a date StrongLetter can read; ${DATE_HINT}`);
}

/** A time of day from 17:00, 17:00:00, 5:00 PM, 5pm or 0900; returns HH:MM. */
export function readTime(cell: string): string | undefined {
  const text = cell.trim().toLowerCase();
  if (!text) return undefined;
  const m = /^(\d{1,2})(?::?(\d{2}))?(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const minute = Number(m[2] ?? 0);
    const half = m[3]?.[0];
    if (half && (hour < 1 || hour > 12)) throw new CellError(`“${cell.trim()}” is not a time; use 17:00 or 5:00 PM`);
    if (half === 'p' && hour < 12) hour += 12;
    if (half === 'a' && hour === 12) hour = 0;
    if ((m[2] !== undefined || half) && hour < 24 && minute < 60) return clockTime(hour, minute);
  }
  throw new CellError(`“${cell.trim()}” is not a time; use 17:00 or 5:00 PM`);
}

const ZONE_ALIASES: Record<string, string> = {
  et: 'America/New_York',
  est: 'America/New_York',
  edt: 'America/New_York',
  eastern: 'America/New_York',
  'us eastern': 'America/New_York',
  ct: 'America/Chicago',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  central: 'America/Chicago',
  mt: 'America/Denver',
  mst: 'America/Denver',
  mdt: 'America/Denver',
  mountain: 'America/Denver',
  pt: 'America/Los_Angeles',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  utc: 'UTC',
  gmt: 'UTC',
};

/** An IANA time zone, also from ET / Eastern / PT and the like. */
export function readTimeZone(cell: string): string | undefined {
  const text = cell.trim();
  if (!text) return undefined;
  const alias = ZONE_ALIASES[text.toLowerCase().replace(/\s*time$/, '')];
  if (alias) return alias;
  if (isTimeZone(text)) return text;
  throw new CellError(`“${text}” is not a time zone; use a name like America/New_York, or ET`);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'done', 'on']);
const NO = new Set(['no', 'n', 'false', '0', 'off', '-']);

/** Yes or no from yes/no, y/n, true/false, 1/0, x or a tick. */
export function readBoolean(cell: string): boolean | undefined {
  const text = cell.trim().toLowerCase();
  if (!text) return undefined;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  throw new CellError(`“${cell.trim()}” is not yes or no`);
}

/** A whole or decimal number. */
export function readNumber(cell: string): number | undefined {
  const text = cell.trim().replace(',', '.');
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new CellError(`“${cell.trim()}” is not a number`);
  return value;
}

/** Lower-case letters and digits only (of any script), for comparing headers, labels and names loosely. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A choice, matched by its key or its label, loosely (case, spaces and punctuation ignored). */
export function readChoice<T extends string>(
  cell: string,
  labels: Record<T, string>,
  extra: Record<string, T> = {},
): T | undefined {
  const text = squash(cell);
  if (!text) return undefined;
  for (const [key, label] of Object.entries(labels) as [T, string][]) {
    if (squash(key) === text || squash(label) === text) return key;
  }
  if (extra[text]) return extra[text];
  throw new CellError(`“${cell.trim()}” is not one of: ${Object.values<string>(labels).join(', ')}`);
}

/** A list of items separated by ; or , or new lines. */
export function readList(cell: string): string[] {
  return cell
    .split(/[;,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}
