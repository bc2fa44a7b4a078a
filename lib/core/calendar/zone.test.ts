import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate, lastWeekdayOfMonth, nthWeekdayOfMonth } from './dates';
import { localDate, wallClock, zonedTimeToInstant, zoneOffsetMinutes } from './zone';

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-08', -8, '2026-02-28'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each(['2026-02-29', '2026-13-01', '26-01-01', '2026-1-5', ''])('rejects "%s" as a calendar date', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });

  it('finds the third Friday of March and the last Wednesday of February', () => {
    expect(nthWeekdayOfMonth(2026, 3, 5, 3)).toBe('2026-03-20');
    expect(nthWeekdayOfMonth(2027, 3, 5, 3)).toBe('2027-03-19');
    expect(lastWeekdayOfMonth(2026, 2, 3)).toBe('2026-02-25');
    expect(lastWeekdayOfMonth(2028, 2, 3)).toBe('2028-02-23');
  });
});

describe('time zones with Intl', () => {
  it.each([
    ['America/New_York', '2026-03-07T12:00:00Z', -300],
    ['America/New_York', '2026-03-09T12:00:00Z', -240],
    ['Europe/London', '2026-03-28T12:00:00Z', 0],
    ['Europe/London', '2026-03-30T12:00:00Z', 60],
    ['Australia/Sydney', '2026-04-04T12:00:00Z', 660],
    ['Australia/Sydney', '2026-04-05T12:00:00Z', 600],
    ['Asia/Kolkata', '2026-07-01T00:00:00Z', 330],
    ['Africa/Lagos', '2026-07-01T00:00:00Z', 60],
  ])('%s is UTC%+i min at %s', (zone, iso, offset) => {
    expect(zoneOffsetMinutes(new Date(iso), zone)).toBe(offset);
  });

  it.each([
    // ROL deadline 9 pm Eastern, before and after the US spring change (2026-03-08)
    ['2026-02-25', '21:00', 'America/New_York', '2026-02-26T02:00:00.000Z'],
    ['2026-03-09', '21:00', 'America/New_York', '2026-03-10T01:00:00.000Z'],
    ['2026-03-07', '21:00', 'America/New_York', '2026-03-08T02:00:00.000Z'],
    ['2026-07-01', '09:00', 'Asia/Kolkata', '2026-07-01T03:30:00.000Z'],
    ['2026-04-05', '09:00', 'Australia/Sydney', '2026-04-04T23:00:00.000Z'],
    // skipped hour in New York moves forward; doubled hour takes the first occurrence
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, iso) => {
    expect(zonedTimeToInstant(date, time, zone).toISOString()).toBe(iso);
  });

  it('reads the wall clock and the local date of an instant', () => {
    const rolDeadline = new Date('2026-02-26T02:00:00Z');
    expect(wallClock(rolDeadline, 'Asia/Kolkata')).toEqual({ date: '2026-02-26', hour: 7, minute: 30, second: 0 });
    expect(localDate(rolDeadline, 'America/Los_Angeles')).toBe('2026-02-25');
    expect(wallClock(new Date('2026-01-01T00:00:00Z'), 'UTC').hour).toBe(0);
  });

  it('refuses a malformed time of day', () => {
    expect(() => zonedTimeToInstant('2026-02-25', '9pm', 'America/New_York')).toThrow(/HH:MM/);
  });
});
