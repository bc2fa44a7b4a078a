/** The window repeating calendar events are imported in: from today to the end of the user's Match season. */
import { addDays, calendarDate } from '@/lib/core/calendar/dates';
import type { RepeatWindow } from './recurrence';

/** At most this many dates of one repeating event are imported (a weekly event over a whole season is ~56). */
export const MAX_PER_SERIES = 100;

/**
 * From `today` to 30 June of the Match year (residency starts on 1 July), at most MAX_PER_SERIES dates per
 * event; when that season is over or less than a month away, a year from today instead.
 */
export function seasonWindow(today: string, matchYear: number): RepeatWindow {
  const seasonEnd = calendarDate(matchYear, 6, 30);
  const to = seasonEnd >= addDays(today, 30) ? seasonEnd : addDays(today, 365);
  return { from: today, to, maxPerSeries: MAX_PER_SERIES };
}
