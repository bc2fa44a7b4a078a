import { describe, expect, it } from 'vitest';
import { nextLocalMidnight } from '../due';
import { addDays, isCalendarDate, lastWeekdayOfMonth, nthWeekdayOfMonth } from './dates';
import { isTimeZone, localDate, todayIso, wallClock, zonedTimeToInstant, zoneOffsetMinutes } from './zone';

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

describe('daylight saving changes in both directions', () => {
  it.each([
    // spring forward: the skipped half hour moves on by the gap
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z', '03:30'],
    ['Europe/London', '2026-03-29', '01:30', '2026-03-29T01:30:00.000Z', '02:30'],
    ['Australia/Sydney', '2026-10-04', '02:30', '2026-10-03T16:30:00.000Z', '03:30'],
    // fall back: the half hour that happens twice is the first one, still on summer time
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z', '01:30'],
    ['Europe/London', '2026-10-25', '01:30', '2026-10-25T00:30:00.000Z', '01:30'],
    ['Australia/Sydney', '2026-04-05', '02:30', '2026-04-04T15:30:00.000Z', '02:30'],
  ])('%s on %s at %s is %s (clock reads %s)', (zone, date, time, iso, reads) => {
    const instant = zonedTimeToInstant(date, time, zone);
    expect(instant.toISOString()).toBe(iso);
    const clock = wallClock(instant, zone);
    expect(clock.date).toBe(date);
    expect(`${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`).toBe(reads);
  });

  it.each([
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Europe/London', '2026-03-29', 23],
    ['Europe/London', '2026-10-25', 25],
    ['Australia/Sydney', '2026-10-04', 23],
    ['Australia/Sydney', '2026-04-05', 25],
    ['Asia/Kolkata', '2026-03-08', 24],
  ])('in %s the day %s lasts %i hours from midnight to midnight', (zone, date, hours) => {
    const start = zonedTimeToInstant(date, '00:00', zone);
    const end = zonedTimeToInstant(addDays(date, 1), '00:00', zone);
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(hours);
    // the midnight alarm set just after the first midnight fires a minute after the second one
    expect(nextLocalMidnight(new Date(start.getTime() + 60_000), zone).getTime()).toBe(end.getTime() + 60_000);
  });

  it('finds the next midnight when the clocks skip midnight itself (São Paulo, November 2018)', () => {
    // 00:00 never happened that night: clocks went from 23:59:59 to 01:00.
    const midnight = zonedTimeToInstant('2018-11-04', '00:00', 'America/Sao_Paulo');
    expect(midnight.toISOString()).toBe('2018-11-04T03:00:00.000Z');
    expect(wallClock(midnight, 'America/Sao_Paulo')).toEqual({ date: '2018-11-04', hour: 1, minute: 0, second: 0 });
    expect(nextLocalMidnight(new Date('2018-11-04T02:00:00Z'), 'America/Sao_Paulo').toISOString()).toBe(
      '2018-11-04T03:01:00.000Z',
    );
  });
});

describe('midnight in zones far apart', () => {
  it.each([
    ['Asia/Kathmandu', '2026-06-30T18:15:00Z', '2026-07-01'], // UTC+05:45
    ['Pacific/Honolulu', '2026-07-01T10:00:00Z', '2026-07-01'], // UTC−10
    ['Pacific/Kiritimati', '2026-06-30T10:00:00Z', '2026-07-01'], // UTC+14
    ['Asia/Kolkata', '2026-06-30T18:30:00Z', '2026-07-01'], // UTC+05:30
    ['America/St_Johns', '2026-07-01T02:30:00Z', '2026-07-01'], // UTC−02:30 in summer
    ['UTC', '2026-07-01T00:00:00Z', '2026-07-01'],
  ])('today in %s turns to %s at %s', (zone, iso, date) => {
    const midnight = new Date(iso);
    expect(todayIso(new Date(midnight.getTime() - 1000), zone)).toBe(addDays(date, -1));
    expect(todayIso(midnight, zone)).toBe(date);
    expect(zonedTimeToInstant(date, '00:00', zone).toISOString()).toBe(midnight.toISOString());
    expect(nextLocalMidnight(new Date(midnight.getTime() - 1000), zone).getTime()).toBe(midnight.getTime() + 60_000);
  });

  it('one instant is midnight in Honolulu and in Kiritimati, a whole calendar day apart', () => {
    const instant = new Date('2026-06-30T10:00:00Z');
    expect(wallClock(instant, 'Pacific/Honolulu')).toEqual({ date: '2026-06-30', hour: 0, minute: 0, second: 0 });
    expect(wallClock(instant, 'Pacific/Kiritimati')).toEqual({ date: '2026-07-01', hour: 0, minute: 0, second: 0 });
    expect(zoneOffsetMinutes(instant, 'Asia/Kathmandu')).toBe(345);
  });

  it('knows real zone names only', () => {
    expect(isTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
