import { describe, expect, it } from 'vitest';
import { type DayType, DEFAULT_WEEK, dayTypeOf, nextDayOfType, quietUntil, todayType } from './week';

const WEEK = [...DEFAULT_WEEK]; // Sunday rest, Mon/Wed/Fri application, Tue/Thu clinical, Saturday admin

describe('default week', () => {
  it('follows the 3 application / 2 clinical / 1 admin / 1 rest skeleton', () => {
    const count = (type: DayType) => WEEK.filter((t) => t === type).length;
    expect([count('application'), count('clinical'), count('admin'), count('rest')]).toEqual([3, 2, 1, 1]);
  });

  it('reads the type of a date from its weekday', () => {
    expect(dayTypeOf('2026-11-29', WEEK)).toBe('rest'); // a Sunday
    expect(dayTypeOf('2026-11-30', WEEK)).toBe('application');
    expect(dayTypeOf('2026-12-01', WEEK)).toBe('clinical');
  });
});

describe("today's type in the user's zone", () => {
  it('changes at the user’s midnight, not UTC’s', () => {
    // 23:30 Saturday in New York is 04:30 Sunday UTC.
    const lateSaturday = new Date('2026-11-29T04:30:00Z');
    expect(todayType(lateSaturday, 'America/New_York', WEEK)).toBe('admin');
    expect(todayType(lateSaturday, 'UTC', WEEK)).toBe('rest');
    // 00:30 Sunday in Kolkata is 19:00 Saturday UTC.
    expect(todayType(new Date('2026-11-28T19:00:00Z'), 'Asia/Kolkata', WEEK)).toBe('rest');
  });
});

describe('next day of a type', () => {
  it('keeps a date of that type and otherwise moves forward', () => {
    expect(nextDayOfType('2026-11-30', WEEK, 'application')).toBe('2026-11-30');
    expect(nextDayOfType('2026-12-01', WEEK, 'application')).toBe('2026-12-02');
    expect(nextDayOfType('2026-12-05', WEEK, 'application')).toBe('2026-12-07'); // Saturday → Monday
  });

  it('leaves the date alone when the week has no such day', () => {
    expect(nextDayOfType('2026-12-01', Array(7).fill('clinical'), 'application')).toBe('2026-12-01');
  });
});

describe('quiet notifications on a rest day', () => {
  const NY = 'America/New_York';
  it('hold from the rest day’s midnight until 08:00 the next morning, in the user’s zone', () => {
    expect(quietUntil(new Date('2026-11-29T04:59:00Z'), NY, WEEK)).toBeUndefined(); // 23:59 Saturday
    const monday8 = new Date('2026-11-30T13:00:00Z');
    expect(quietUntil(new Date('2026-11-29T05:00:00Z'), NY, WEEK)).toEqual(monday8); // 00:00 Sunday
    expect(quietUntil(new Date('2026-11-30T04:59:00Z'), NY, WEEK)).toEqual(monday8); // 23:59 Sunday
    expect(quietUntil(new Date('2026-11-30T12:59:00Z'), NY, WEEK)).toEqual(monday8); // 07:59 Monday
    expect(quietUntil(new Date('2026-11-30T13:00:00Z'), NY, WEEK)).toBeUndefined(); // 08:00 Monday
  });

  it('run through two rest days in a row', () => {
    const weekend = ['rest', 'application', 'clinical', 'application', 'clinical', 'application', 'rest'] as DayType[];
    expect(quietUntil(new Date('2026-11-28T15:00:00Z'), 'UTC', weekend)).toEqual(new Date('2026-11-30T08:00:00Z'));
  });

  it('end at 08:00 local time across the autumn clock change (rest on Sunday 1 November 2026)', () => {
    // New York falls back on 2026-11-01 at 02:00; Monday 08:00 is then 13:00 UTC, not 12:00.
    expect(quietUntil(new Date('2026-11-01T06:30:00Z'), NY, WEEK)).toEqual(new Date('2026-11-02T13:00:00Z'));
  });

  it('end at 08:00 local time across the spring clock change (rest on Sunday 8 March 2026)', () => {
    // Clocks go forward on 2026-03-08; Monday 08:00 EDT is 12:00 UTC.
    expect(quietUntil(new Date('2026-03-08T07:30:00Z'), NY, WEEK)).toEqual(new Date('2026-03-09T12:00:00Z'));
  });
});
