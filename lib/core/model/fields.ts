/**
 * Field-level building blocks shared by the record schemas: ids, calendar dates, times, time zones,
 * each with a message a person can act on when the value is wrong.
 */
import { z } from 'zod';
import { isCalendarDate } from '@/lib/core/calendar/dates';
import { isTimeZone } from '@/lib/core/calendar/zone';

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A type error message that says "is required" when the value is missing altogether. */
function typeError(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
}

/** A record id: a UUID for records the user makes, a stable key (e.g. `builtin:2027:match-day`) for built-in ones. */
export const idField = z
  .string({ error: typeError('is missing') })
  .trim()
  .min(1, 'is missing')
  .max(200, 'is too long (at most 200 characters)');

/** A calendar date, YYYY-MM-DD. */
export const dateField = z
  .string({ error: typeError('use a real date like 2026-09-24') })
  .trim()
  .refine(isCalendarDate, 'use a real date like 2026-09-24');

/** A time of day, HH:MM on a 24-hour clock. */
export const timeField = z
  .string({ error: typeError('use a time like 17:00 (24-hour clock)') })
  .trim()
  .regex(TIME_PATTERN, 'use a time like 17:00 (24-hour clock)');

/** An IANA time zone name. */
export const timeZoneField = z
  .string({ error: typeError('use a time zone name like America/New_York') })
  .trim()
  .refine(isTimeZone, 'use a time zone name like America/New_York');

/** An exact moment, as an ISO 8601 timestamp (e.g. from `new Date().toISOString()`). */
export const instantField = z
  .string({ error: typeError('use a timestamp like 2026-09-24T13:00:00.000Z') })
  .refine((text) => /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text)), {
    message: 'use a timestamp like 2026-09-24T13:00:00.000Z',
  });

/** Free text with a length limit, trimmed. */
export function textField(max: number) {
  return z
    .string({ error: typeError('must be text') })
    .trim()
    .max(max, `is too long (at most ${max} characters)`);
}

/** A required name or title. */
export function requiredText(max: number) {
  return textField(max).min(1, 'is required');
}

/** An optional email address; an empty string counts as none. */
export const emailField = z
  .string({ error: typeError('must be text') })
  .trim()
  .max(254, 'is too long')
  .refine((text) => text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text), 'use an address like name@hospital.org');

/** A choice from a fixed list, with a message that names the choices. */
export function choiceField<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: Record<T[number], string>,
) {
  const names = values.map((value) => labels[value as T[number]]).join(', ');
  return z.enum(values, { error: `choose one of: ${names}` });
}
