/**
 * Dates of a repeating event within a window: RRULE (by ical.js's iterator, in the event's own wall clock),
 * RDATE added, EXDATE taken out. Changed occurrences (RECURRENCE-ID) are applied by the caller.
 */
import ICAL from 'ical.js';
import { isCalendarDate } from '@/lib/core/calendar/dates';
import { instantOf, type Moment, momentAt, occurrenceKey, wallKey } from './moments';

/** Which dates of a repeating event are imported: from..to (YYYY-MM-DD, both included), at most `maxPerSeries`. */
export interface RepeatWindow {
  from: string;
  to: string;
  maxPerSeries: number;
}

export interface Expansion {
  /** The dates inside the window, in order, at most `maxPerSeries`. */
  occurrences: Moment[];
  /** The window held more dates than `maxPerSeries`. */
  cut: boolean;
}

/** Steps the iterator may take for one rule (a daily rule from 1900 to 2027 is about 46,000). */
const STEP_LIMIT = 200_000;

/** Steps all rules of one file may take together (about two seconds), so that no file holds the page for long. */
export const FILE_STEP_BUDGET = 600_000;

const CONTRACTING: Record<string, string[]> = {
  SECONDLY: ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH'],
  MINUTELY: ['BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH'],
  HOURLY: ['BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH'],
  DAILY: ['BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH'],
  WEEKLY: ['BYWEEKNO', 'BYMONTH'],
  MONTHLY: ['BYMONTH'],
};
const RANGES: Record<string, [number, number]> = {
  BYSECOND: [0, 59],
  BYMINUTE: [0, 59],
  BYHOUR: [0, 23],
  BYMONTHDAY: [1, 31],
  BYYEARDAY: [1, 366],
  BYMONTH: [1, 12],
};

/**
 * True when ical.js can follow the rule without looping for ever: its iterator filters sub-monthly rules by
 * their BY parts and never ends when no day passes the filter (e.g. BYMONTHDAY=-1 or 30 February).
 */
function followable(recur: ICAL.Recur): boolean {
  const parts = recur.parts as Record<string, (string | number)[] | undefined>;
  const contracting = CONTRACTING[recur.freq] ?? [];
  if (contracting.includes('BYWEEKNO') && parts.BYWEEKNO) return false;
  for (const name of contracting) {
    const values = parts[name];
    if (!values) continue;
    if (name === 'BYDAY' && values.some((v) => !/^(SU|MO|TU|WE|TH|FR|SA)$/.test(String(v)))) return false;
    const range = RANGES[name];
    if (range && values.some((v) => !Number.isInteger(v) || Number(v) < range[0] || Number(v) > range[1])) return false;
  }
  if (!contracting.includes('BYMONTHDAY') && !contracting.includes('BYYEARDAY')) return true;
  return someDayPasses(parts);
}

/** Whether any day of a 28-year cycle has a month, day of month, day of year and weekday the rule allows. */
function someDayPasses(parts: Record<string, (string | number)[] | undefined>): boolean {
  const days = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  for (let at = Date.UTC(2000, 0, 1); at < Date.UTC(2028, 0, 1); at += 86_400_000) {
    const d = new Date(at);
    const yearDay = Math.round((at - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
    if (parts.BYMONTH && !parts.BYMONTH.includes(d.getUTCMonth() + 1)) continue;
    if (parts.BYMONTHDAY && !parts.BYMONTHDAY.includes(d.getUTCDate())) continue;
    if (parts.BYYEARDAY && !parts.BYYEARDAY.includes(yearDay)) continue;
    if (parts.BYDAY && !parts.BYDAY.includes(days[d.getUTCDay()])) continue;
    return true;
  }
  return false;
}

/** A moment's wall clock as an ical.js time (in UTC, so that no daylight saving moves it while repeating). */
function icalWall(moment: Moment): ICAL.Time {
  const [year, month, day] = moment.date.split('-').map(Number);
  const t = moment.time;
  return ICAL.Time.fromData({ year, month, day, ...(t ?? {}), isDate: !t }, ICAL.Timezone.utcTimezone);
}

function fromIcalWall(time: ICAL.Time, like: Moment): Moment {
  const date = `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
  if (!like.time) return { date, zone: like.zone };
  return { date, time: { hour: time.hour, minute: time.minute, second: time.second }, zone: like.zone };
}

/** The rule with its UNTIL moved to the event's own wall clock (UNTIL is usually written in UTC). */
function localRule(recur: ICAL.Recur, start: Moment): ICAL.Recur {
  const rule = recur.clone();
  const until = recur.until;
  if (!until) return rule;
  const untilMoment: Moment = {
    date: `${String(until.year).padStart(4, '0')}-${String(until.month).padStart(2, '0')}-${String(until.day).padStart(2, '0')}`,
    ...(until.isDate ? {} : { time: { hour: until.hour, minute: until.minute, second: until.second } }),
    zone: until.zone === ICAL.Timezone.utcTimezone && !until.isDate ? { kind: 'utc' } : start.zone,
  };
  if (!isCalendarDate(untilMoment.date)) return rule;
  const local =
    untilMoment.time && untilMoment.zone !== start.zone ? momentAt(instantOf(untilMoment), start.zone) : untilMoment;
  rule.until = icalWall(start.time && !local.time ? { ...local, time: { hour: 23, minute: 59, second: 59 } } : local);
  return rule;
}

/**
 * Keys an excluded date is matched by: its instant, its date alone for a DATE value, and its wall clock (some
 * programs write EXDATE in another zone than DTSTART, meaning the same clock time).
 */
function exclusionKeys(exdates: Moment[]): Set<string> {
  const keys = new Set<string>();
  for (const ex of exdates) {
    if (!ex.time) keys.add(`D${ex.date}`);
    else keys.add(`K${occurrenceKey(ex)}`).add(`W${wallKey(ex)}`);
  }
  return keys;
}

function excluded(moment: Moment, keys: Set<string>): boolean {
  if (keys.has(`D${moment.date}`)) return true;
  if (!moment.time) return false;
  return keys.has(`K${occurrenceKey(moment)}`) || keys.has(`W${wallKey(moment)}`);
}

/**
 * The dates of a repeating event inside the window, EXDATEs left out and RDATEs added; a message when a rule
 * cannot be followed (one that matches no day, or repeats too often to reach the window).
 */
export function expandSeries(
  start: Moment,
  rules: ICAL.Recur[],
  rdates: Moment[],
  exdates: Moment[],
  span: RepeatWindow,
  budget: { steps: number } = { steps: FILE_STEP_BUDGET },
): Expansion | string {
  const found = new Map<string, Moment>();
  const keys = exclusionKeys(exdates);
  const inWindow = (m: Moment) => m.date >= span.from && m.date <= span.to;
  const add = (m: Moment) => {
    if (inWindow(m) && !excluded(m, keys)) found.set(occurrenceKey(m), m);
  };
  if (rules.length === 0) add(start);
  for (const rule of rules) {
    if (!followable(rule)) return 'its repeat rule matches no day we can find';
    const iterator = localRule(rule, start).iterator(icalWall(start));
    let inside = 0;
    for (let step = 0; ; step++) {
      if (step > STEP_LIMIT) return 'it repeats too often to follow';
      if (--budget.steps < 0) return 'the file has more repeats than we follow; this one was not reached';
      const next = iterator.next();
      if (!next) break;
      const moment = fromIcalWall(next, start);
      if (moment.date > span.to) break;
      if (!inWindow(moment)) continue;
      add(moment);
      if (++inside > span.maxPerSeries) break;
    }
  }
  for (const rdate of rdates) add(rdate);
  const occurrences = [...found.values()].sort((a, b) => instantOf(a) - instantOf(b));
  return { occurrences: occurrences.slice(0, span.maxPerSeries), cut: occurrences.length > span.maxPerSeries };
}
