/**
 * Time-zone math with Intl only (no date library): wall-clock parts of an instant in a zone,
 * the zone's UTC offset at an instant, the instant of a wall-clock time in a zone, and today's date.
 * The one copy: the badge, the badge query, ICS, CSV and the record schemas all use these.
 */
import { calendarDate } from './dates';

export interface WallClock {
  date: string; // YYYY-MM-DD
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The user's time zone as the runtime reports it. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** True when the runtime knows this IANA time zone name (e.g. America/New_York). */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** What a wall clock in `timeZone` shows at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    date: calendarDate(parts.year, parts.month, parts.day),
    hour: parts.hour % 24,
    minute: parts.minute,
    second: parts.second,
  };
}

/** The calendar date in `timeZone` at `instant`. */
export function localDate(instant: Date, timeZone: string): string {
  return wallClock(instant, timeZone).date;
}

/** Today's calendar date (YYYY-MM-DD) on the user's clock: in `timeZone`, by default the runtime's. */
export function todayIso(now: Date = new Date(), timeZone: string = systemTimeZone()): string {
  return localDate(now, timeZone);
}

/** Minutes the zone is ahead of UTC at `instant` (e.g. 330 for India, -240 for New York in summer). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const [y, m, d] = clock.date.split('-').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, clock.hour, clock.minute, clock.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

/**
 * The instant when the wall clock in `timeZone` reads `date` at `time` ('HH:MM').
 * A time skipped by a spring-forward change moves forward by the gap (02:30 → 03:30), as Temporal does;
 * a time that happens twice in autumn resolves to the first occurrence.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): Date {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`Not a time of day (expected HH:MM): "${time}"`);
  const [y, m, d] = date.split('-').map(Number);
  const wallAsUtc = Date.UTC(y, m - 1, d, Number(match[1]), Number(match[2]));
  // Offsets a few hours either side cover both possible offsets around any change.
  const before = zoneOffsetMinutes(new Date(wallAsUtc - 12 * 3_600_000), timeZone);
  const after = zoneOffsetMinutes(new Date(wallAsUtc + 12 * 3_600_000), timeZone);
  const candidates = [wallAsUtc - before * 60_000, wallAsUtc - after * 60_000].sort((a, b) => a - b);
  for (const candidate of candidates) {
    const offset = zoneOffsetMinutes(new Date(candidate), timeZone);
    if (candidate + offset * 60_000 === wallAsUtc) return new Date(candidate);
  }
  // In a spring-forward gap neither candidate reads back; the later one is the wall time pushed past the gap.
  return new Date(candidates[1]);
}
