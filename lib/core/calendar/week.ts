/**
 * The user's week: a type for each weekday (application, clinical, admin, rest), read in the user's own
 * time zone. Pure: the clock and the zone are parameters.
 */
import { addDays, weekday } from './dates';
import type { DayType } from './week-types';
import { localDate, wallClock, zonedTimeToInstant } from './zone';

export { DAY_TYPE_LABELS, DAY_TYPES, type DayType, DEFAULT_WEEK, WEEKDAY_NAMES } from './week-types';

/** When quiet notifications resume on the morning after a rest day (user's clock). */
export const MORNING = '08:00';

/** The type of a calendar date in the user's week (Sunday-first array of seven). */
export function dayTypeOf(date: string, week: readonly DayType[]): DayType {
  return week[weekday(date)] ?? 'application';
}

/** The type of the user's today at `now` in `timeZone`. */
export function todayType(now: Date, timeZone: string, week: readonly DayType[]): DayType {
  return dayTypeOf(localDate(now, timeZone), week);
}

/** The first date on or after `date` of the given type; `date` itself when the week has no such day. */
export function nextDayOfType(date: string, week: readonly DayType[], type: DayType): string {
  for (let offset = 0; offset < 7; offset++) {
    const candidate = addDays(date, offset);
    if (dayTypeOf(candidate, week) === type) return candidate;
  }
  return date;
}

/**
 * Until when notifications keep quiet at `now`: through a rest day and until the next morning (08:00) after it.
 * Undefined when they may be shown now.
 */
export function quietUntil(now: Date, timeZone: string, week: readonly DayType[]): Date | undefined {
  const clock = wallClock(now, timeZone);
  const restToday = dayTypeOf(clock.date, week) === 'rest';
  const restYesterday = dayTypeOf(addDays(clock.date, -1), week) === 'rest';
  const beforeMorning = clock.hour * 60 + clock.minute < 8 * 60;
  if (!restToday && !(restYesterday && beforeMorning)) return undefined;
  let day = restToday ? addDays(clock.date, 1) : clock.date;
  // Two rest days in a row: quiet until the morning after the last one.
  for (let i = 0; i < 7 && dayTypeOf(day, week) === 'rest'; i++) day = addDays(day, 1);
  return zonedTimeToInstant(day, MORNING, timeZone);
}
