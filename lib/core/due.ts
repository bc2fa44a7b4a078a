/**
 * When is each deadline due, seen from the user's own time zone? Pure functions: the clock (`now`)
 * and the user's zone are parameters. All-day deadlines are calendar dates and never shift by a day;
 * timed deadlines are instants in their own zone (ERAS/NRMP: US Eastern) shown in the user's zone.
 */
import { addDays, clockTime, daysBetween } from './calendar/dates';
import { localDate, systemTimeZone, wallClock, zonedTimeToInstant } from './calendar/zone';

/** The fields of a deadline the reminder logic reads. */
export interface DeadlineLike {
  id: string;
  title: string;
  dueDate: string;
  dueTime?: string;
  timeZone?: string;
  done: boolean;
  leadDays?: number;
  hidden?: boolean;
  /** ISO instant; notifications stay quiet until then. */
  snoozedUntil?: string;
  /** ISO instant of the notification already shown for this deadline. */
  notifiedAt?: string;
  /** 'milestone' deadlines are dates to know, not tasks: once past they are 'passed', not overdue. */
  kind?: string;
}

export type DueStatus = 'overdue' | 'due-today' | 'due-soon' | 'later' | 'done' | 'passed';

export interface DueOptions {
  /** The user's IANA time zone (default: the runtime's). */
  timeZone?: string;
  /** Lead days for deadlines without their own (default 3). */
  defaultLeadDays?: number;
}

export interface DueInfo<T extends DeadlineLike = DeadlineLike> {
  deadline: T;
  status: DueStatus;
  /** The calendar day it falls on for the user. */
  localDueDate: string;
  /** 'HH:MM' on the user's clock, for timed deadlines. */
  localDueTime?: string;
  /** The exact instant, for timed deadlines. */
  dueAt?: Date;
  /** Calendar days from the user's today to the due day (negative once past). */
  daysLeft: number;
}

const ACTIVE: DueStatus[] = ['overdue', 'due-today', 'due-soon'];
const STATUS_RANK: Record<DueStatus, number> = {
  overdue: 0,
  'due-today': 1,
  'due-soon': 2,
  later: 3,
  passed: 4,
  done: 5,
};

/** Where a deadline stands at `now` for a user in `options.timeZone`. */
export function dueInfo<T extends DeadlineLike>(deadline: T, now: Date, options: DueOptions = {}): DueInfo<T> {
  const zone = options.timeZone ?? systemTimeZone();
  return dueInfoFor(deadline, now, zone, localDate(now, zone), options.defaultLeadDays ?? 3);
}

// Converting a wall time between zones costs several Intl calls; the same deadlines are seen on every recompute.
const instantCache = new Map<string, { dueAt: Date; date: string; time: string }>();

function timedDue(
  deadline: Pick<DeadlineLike, 'dueDate' | 'dueTime' | 'timeZone'>,
  zone: string,
): { dueAt: Date; date: string; time: string } {
  const key = `${deadline.dueDate}|${deadline.dueTime}|${deadline.timeZone ?? zone}|${zone}`;
  let hit = instantCache.get(key);
  if (!hit) {
    const dueAt = zonedTimeToInstant(deadline.dueDate, deadline.dueTime!, deadline.timeZone ?? zone);
    const clock = wallClock(dueAt, zone);
    hit = { dueAt, date: clock.date, time: clockTime(clock.hour, clock.minute) };
    if (instantCache.size >= 20_000) instantCache.clear();
    instantCache.set(key, hit);
  }
  return hit;
}

/** The calendar day a deadline falls on for a user in `userZone`; all-day deadlines never move. */
export function localDueDate(
  deadline: Pick<DeadlineLike, 'dueDate' | 'dueTime' | 'timeZone'>,
  userZone: string,
): string {
  if (!deadline.dueTime || !deadline.timeZone || deadline.timeZone === userZone) return deadline.dueDate;
  return timedDue(deadline, userZone).date;
}

function dueInfoFor<T extends DeadlineLike>(
  deadline: T,
  now: Date,
  zone: string,
  today: string,
  defaultLead: number,
): DueInfo<T> {
  const lead = deadline.leadDays ?? defaultLead;
  let localDueDate = deadline.dueDate;
  let localDueTime: string | undefined;
  let dueAt: Date | undefined;
  let past: boolean;
  if (deadline.dueTime) {
    const timed = timedDue(deadline, zone);
    ({ dueAt, date: localDueDate, time: localDueTime } = timed);
    past = now.getTime() >= timed.dueAt.getTime();
  } else {
    past = localDueDate < today;
  }
  const daysLeft = daysBetween(today, localDueDate);
  let status: DueStatus;
  if (deadline.done || deadline.hidden) status = 'done';
  else if (past) status = deadline.kind === 'milestone' ? 'passed' : 'overdue';
  else if (daysLeft === 0) status = 'due-today';
  else if (daysLeft <= lead) status = 'due-soon';
  else status = 'later';
  return { deadline, status, localDueDate, localDueTime, dueAt, daysLeft };
}

/** Where each deadline stands at `now` (the user's today is worked out once for the whole list). */
export function dueInfos<T extends DeadlineLike>(deadlines: T[], now: Date, options: DueOptions = {}): DueInfo<T>[] {
  const zone = options.timeZone ?? systemTimeZone();
  const today = localDate(now, zone);
  return deadlines.map((deadline) => dueInfoFor(deadline, now, zone, today, options.defaultLeadDays ?? 3));
}

/** Just the status of a deadline at `now`. */
export function dueStatus(deadline: DeadlineLike, now: Date, options: DueOptions = {}): DueStatus {
  return dueInfo(deadline, now, options).status;
}

/** Orders by urgency: overdue first (oldest first), then due today, due soon, later. */
export function compareUrgency(a: DueInfo, b: DueInfo): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    a.localDueDate.localeCompare(b.localDueDate) ||
    (a.localDueTime ?? '24:00').localeCompare(b.localDueTime ?? '24:00') ||
    a.deadline.title.localeCompare(b.deadline.title)
  );
}

export const BADGE_RED = '#C5221F';
export const BADGE_AMBER = '#B06000';

export interface BadgeState {
  /** Count of overdue and due-soon deadlines; '' when there are none. */
  text: string;
  /** Red when anything is overdue, amber when something is only due soon, undefined when nothing is. */
  color?: string;
  /** The action's tooltip, naming the most urgent deadline. */
  title: string;
  count: number;
  mostUrgent?: DueInfo;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line naming a deadline and how urgent it is, e.g. "Overdue: Dr. Chen upload (2 days)". */
export function describeDue(info: DueInfo): string {
  const { title } = info.deadline;
  const at = info.localDueTime ? ` at ${info.localDueTime}` : '';
  switch (info.status) {
    case 'overdue':
      return `Overdue: ${title} (${info.daysLeft === 0 ? 'today' : plural(-info.daysLeft, 'day')})`;
    case 'due-today':
      return `Due today: ${title}${at}`;
    case 'due-soon':
    case 'later':
      return info.daysLeft === 1 ? `Due tomorrow: ${title}${at}` : `Due in ${plural(info.daysLeft, 'day')}: ${title}`;
    case 'passed':
      return `Passed: ${title}`;
    case 'done':
      return `Done: ${title}`;
  }
}

export interface BadgeOptions extends DueOptions {
  /** A rest day: only what is overdue or due that day counts. */
  restDay?: boolean;
}

const REST_COUNTS: DueStatus[] = ['overdue', 'due-today'];

/** The toolbar badge for these deadlines at `now` (on a rest day, only overdue and due-today ones). */
export function badgeState(deadlines: DeadlineLike[], now: Date, options: BadgeOptions = {}): BadgeState {
  const counted = options.restDay ? REST_COUNTS : ACTIVE;
  const active = dueInfos(deadlines, now, options)
    .filter((info) => counted.includes(info.status))
    .sort(compareUrgency);
  const rest = options.restDay ? 'Rest day. ' : '';
  if (active.length === 0)
    return { text: '', title: `StrongLetter: ${rest ? 'rest day, nothing due today' : 'nothing due soon'}`, count: 0 };
  const mostUrgent = active[0];
  const more = active.length > 1 ? ` — and ${active.length - 1} more` : '';
  return {
    text: active.length > 99 ? '99+' : String(active.length),
    color: mostUrgent.status === 'overdue' ? BADGE_RED : BADGE_AMBER,
    title: `${rest}${describeDue(mostUrgent)}${more}`,
    count: active.length,
    mostUrgent,
  };
}

export interface NotifyOptions extends DueOptions {
  /** Deadlines overdue for longer than this many days are left to the badge (default 7). */
  staleAfterDays?: number;
}

/**
 * Deadlines that should raise a notification now: they have entered their lead time (or are due or
 * overdue), were not notified yet (or their snooze has run out since), and are not snoozed.
 */
export function itemsToNotify<T extends DeadlineLike>(deadlines: T[], now: Date, options: NotifyOptions = {}): T[] {
  const stale = options.staleAfterDays ?? 7;
  return dueInfos(deadlines, now, options)
    .filter((info) => {
      const { snoozedUntil, notifiedAt } = info.deadline;
      if (!ACTIVE.includes(info.status) || -info.daysLeft > stale) return false;
      if (snoozedUntil && Date.parse(snoozedUntil) > now.getTime()) return false;
      if (!notifiedAt) return true;
      return Boolean(snoozedUntil && Date.parse(notifiedAt) < Date.parse(snoozedUntil));
    })
    .sort(compareUrgency)
    .map((info) => info.deadline);
}

/** The instant a snooze ends: in `hours`, or 'tomorrow' at 9:00 on the user's clock. */
export function snoozeEnd(now: Date, choice: number | 'tomorrow', timeZone = systemTimeZone()): Date {
  if (choice === 'tomorrow') return zonedTimeToInstant(addDays(localDate(now, timeZone), 1), '09:00', timeZone);
  if (!(choice > 0 && choice <= 24 * 14)) throw new Error(`Snooze must be between 1 hour and 14 days, got ${choice}`);
  return new Date(now.getTime() + choice * 3_600_000);
}

/** A minute after the user's next local midnight, when "due today" changes. */
export function nextLocalMidnight(now: Date, timeZone = systemTimeZone()): Date {
  const midnight = zonedTimeToInstant(addDays(localDate(now, timeZone), 1), '00:00', timeZone);
  return new Date(midnight.getTime() + 60_000);
}

/**
 * The next instant after `now` when one of these deadlines changes on its own between midnights: a due time
 * passes (due today → overdue) or a snooze runs out. Day changes are left to the midnight alarm.
 */
export function nextStateChange(deadlines: DeadlineLike[], now: Date, options: DueOptions = {}): Date | undefined {
  const zone = options.timeZone ?? systemTimeZone();
  const after = now.getTime();
  let next = Number.POSITIVE_INFINITY;
  for (const deadline of deadlines) {
    if (deadline.done || deadline.hidden) continue;
    if (deadline.dueTime) {
      const at = timedDue(deadline, zone).dueAt.getTime();
      if (at > after && at < next) next = at;
    }
    if (deadline.snoozedUntil) {
      const at = Date.parse(deadline.snoozedUntil);
      if (at > after && at < next) next = at;
    }
  }
  return Number.isFinite(next) ? new Date(next) : undefined;
}
