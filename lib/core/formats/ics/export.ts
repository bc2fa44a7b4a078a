/**
 * Deadlines to an iCalendar file through ical.js: timed deadlines in UTC (30 minutes long), all-day ones as
 * DATE values, a display alarm at the lead time, and UIDs that bring each deadline back on a re-import.
 */
import ICAL from 'ical.js';
import { addDays } from '@/lib/core/calendar/dates';
import { systemTimeZone, zonedTimeToInstant } from '@/lib/core/calendar/zone';
import type { Deadline } from '@/lib/core/model/schema';
import { uidForDeadline } from './ids';

type DeadlineForIcs = Pick<Deadline, 'id' | 'title' | 'dueDate' | 'dueTime' | 'timeZone' | 'notes' | 'done'> &
  Partial<Pick<Deadline, 'leadDays'>>;

const PRODUCT_ID = '-//StrongLetter//Deadlines//EN';

function dateValue(date: string): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number);
  return ICAL.Time.fromData({ year, month, day, isDate: true });
}

function alarm(title: string, leadDays: number): ICAL.Component {
  const valarm = new ICAL.Component('valarm');
  valarm.addPropertyWithValue('action', 'DISPLAY');
  valarm.addPropertyWithValue('description', `Due: ${title}`);
  valarm.addPropertyWithValue('trigger', ICAL.Duration.fromData({ days: leadDays, isNegative: leadDays > 0 }));
  return valarm;
}

/**
 * One VEVENT for a deadline: a timed one converted from its own zone (or `ownZone`) to UTC; a lead time,
 * its own or `defaultLeadDays`, becomes an alarm that many days before.
 */
export function deadlineToEvent(
  deadline: DeadlineForIcs,
  ownZone: string = systemTimeZone(),
  defaultLeadDays?: number,
  stamp: Date = new Date(),
): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', uidForDeadline(deadline.id));
  vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(stamp, true));
  vevent.addPropertyWithValue('summary', deadline.title);
  if (deadline.notes) vevent.addPropertyWithValue('description', deadline.notes);
  if (deadline.dueTime) {
    const instant = zonedTimeToInstant(deadline.dueDate, deadline.dueTime, deadline.timeZone ?? ownZone);
    vevent.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(instant, true));
    vevent.addPropertyWithValue('duration', ICAL.Duration.fromData({ minutes: 30 }));
  } else {
    vevent.addPropertyWithValue('dtstart', dateValue(deadline.dueDate));
    vevent.addPropertyWithValue('dtend', dateValue(addDays(deadline.dueDate, 1)));
  }
  vevent.addPropertyWithValue('status', 'CONFIRMED');
  const lead = deadline.leadDays ?? defaultLeadDays;
  if (lead !== undefined) vevent.addSubcomponent(alarm(deadline.title, lead));
  return vevent;
}

/** The text of an .ics file holding the given deadlines (done ones left out), with reminder alarms. */
export function deadlinesToIcs(
  deadlines: readonly DeadlineForIcs[],
  ownZone: string = systemTimeZone(),
  defaultLeadDays?: number,
  stamp: Date = new Date(),
): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', PRODUCT_ID);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  for (const deadline of deadlines) {
    if (!deadline.done) calendar.addSubcomponent(deadlineToEvent(deadline, ownZone, defaultLeadDays, stamp));
  }
  return `${folded(() => calendar.toString())}\r\n`;
}

/**
 * ical.js folds after 75 octets of content, so a continued line (its leading space included) has 76; RFC 5545
 * allows 75. Its fold length is a library-wide setting, so it is set for this call only.
 */
function folded(write: () => string): string {
  const before = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return write();
  } finally {
    ICAL.foldLength = before;
  }
}

/** A file name for an ICS export, e.g. strongletter-deadlines-2026-09-24.ics. */
export function icsFileName(date: string): string {
  return `strongletter-deadlines-${date}.ics`;
}
