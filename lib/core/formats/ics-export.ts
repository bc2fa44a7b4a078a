/** Deadlines to an iCalendar file (the `ics` package): timed deadlines in UTC, all-day ones as DATE values. */
import { createEvents, type EventAttributes } from 'ics';
import { addDays } from '@/lib/core/calendar/dates';
import { systemTimeZone, zonedTimeToInstant } from '@/lib/core/calendar/zone';
import type { Deadline } from '@/lib/core/model/schema';

type DeadlineForIcs = Pick<Deadline, 'id' | 'title' | 'dueDate' | 'dueTime' | 'timeZone' | 'notes' | 'done'> &
  Partial<Pick<Deadline, 'leadDays'>>;

function dateParts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

/**
 * The `ics` package always writes a "T" in a duration, so `{ days: 3 }` comes out as "-P3DT" and a zero lead as
 * "-PT": both invalid in RFC 5545 and refused by strict readers (Thunderbird, ICSx5). This rewrites such
 * TRIGGER and DURATION lines to valid values: "-P3D", and "PT0S" (at the due time) for an empty one.
 */
export function fixDurations(ics: string): string {
  return ics.replace(
    /^(TRIGGER|DURATION)(;[^:\r\n]*)?:([+-]?)P((?:\d+W)?(?:\d+D)?)T((?:\d+H)?(?:\d+M)?(?:\d+S)?)(?=\r?$)/gm,
    (_line, name: string, params = '', sign: string, date: string, time: string) => {
      if (!date && !time) return `${name}${params}:PT0S`;
      return `${name}${params}:${sign}P${date}${time ? `T${time}` : ''}`;
    },
  );
}

/** One calendar event for a deadline; a timed one is converted from its own zone to UTC; a lead time becomes an alarm. */
export function deadlineToEvent(
  deadline: DeadlineForIcs,
  ownZone: string = systemTimeZone(),
  defaultLeadDays?: number,
): EventAttributes {
  const lead = deadline.leadDays ?? defaultLeadDays;
  const base = {
    ...(lead !== undefined
      ? {
          alarms: [
            {
              action: 'display' as const,
              description: `Due: ${deadline.title}`,
              trigger: { days: lead, before: true },
            },
          ],
        }
      : {}),
    uid: `${deadline.id}@strongletter`,
    title: deadline.title,
    description: deadline.notes || undefined,
    productId: 'strongletter/ics',
    status: 'CONFIRMED' as const,
  };
  if (!deadline.dueTime) {
    return { ...base, start: dateParts(deadline.dueDate), end: dateParts(addDays(deadline.dueDate, 1)) };
  }
  const instant = zonedTimeToInstant(deadline.dueDate, deadline.dueTime, deadline.timeZone ?? ownZone);
  return {
    ...base,
    start: instant.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: 30 },
  };
}

/** The text of an .ics file holding the given deadlines (done ones left out), with reminder alarms; throws if the library refuses one. */
export function deadlinesToIcs(
  deadlines: readonly DeadlineForIcs[],
  ownZone: string = systemTimeZone(),
  defaultLeadDays?: number,
): string {
  const events = deadlines.filter((d) => !d.done).map((d) => deadlineToEvent(d, ownZone, defaultLeadDays));
  if (events.length === 0) {
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:strongletter/ics\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n';
  }
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error(`The calendar file could not be made: ${error?.message ?? 'unknown error'}`);
  return fixDurations(value);
}

/** A file name for an ICS export, e.g. strongletter-deadlines-2026-09-24.ics. */
export function icsFileName(date: string): string {
  return `strongletter-deadlines-${date}.ics`;
}
