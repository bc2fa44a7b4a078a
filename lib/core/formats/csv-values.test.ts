import { describe, expect, it } from 'vitest';
import { CellError, readBoolean, readDate, readTime, readTimeZone } from './csv-values';

describe('reading cells', () => {
  it.each([
    ['2026-09-24', '2026-09-24'],
    ['2026/9/24', '2026-09-24'],
    ['09/24/2026', '2026-09-24'],
    ['9/4/2026', '2026-09-04'],
    ['24/09/2026', '2026-09-24'],
    ['24.09.2026', '2026-09-24'],
    ['Sep 24 2026', '2026-09-24'],
    ['Sep 24, 2026', '2026-09-24'],
    ['September 24, 2026', '2026-09-24'],
    ['24 Sep 2026', '2026-09-24'],
    ['24-Sep-26', '2026-09-24'],
    ['Thu, Sep 24 2026', '2026-09-24'],
    ['2026-09-24 00:00:00', '2026-09-24'],
    ['2026-09-24T13:00:00Z', '2026-09-24'],
    ['46289', '2026-09-24'],
    ['', undefined],
  ])('date %s → %s', (cell, date) => {
    expect(readDate(cell)).toBe(date);
  });

  it.each(['2026-02-30', '31/02/2026', '13/13/2026', 'next Tuesday', 'Smarch 3 2026', '2026-9'])(
    'refuses the date %s',
    (cell) => {
      expect(() => readDate(cell)).toThrow(CellError);
      expect(() => readDate(cell)).toThrow(/use a date like 2026-09-24/);
    },
  );

  it.each([
    ['17:00', '17:00'],
    ['9:05', '09:05'],
    ['17:00:00', '17:00'],
    ['5 PM', '17:00'],
    ['5:30pm', '17:30'],
    ['12 am', '00:00'],
    ['0900', '09:00'],
  ])('time %s → %s', (cell, time) => {
    expect(readTime(cell)).toBe(time);
  });

  it.each(['25:00', '13 pm', 'noon', '9'])('refuses the time %s', (cell) => {
    expect(() => readTime(cell)).toThrow(CellError);
  });

  it.each([
    ['ET', 'America/New_York'],
    ['Eastern Time', 'America/New_York'],
    ['PT', 'America/Los_Angeles'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
  ])('time zone %s → %s', (cell, zone) => {
    expect(readTimeZone(cell)).toBe(zone);
  });

  it.each([
    ['yes', true],
    ['Y', true],
    ['x', true],
    ['✓', true],
    ['FALSE', false],
    ['0', false],
    ['', undefined],
  ])('yes/no %s → %s', (cell, value) => {
    expect(readBoolean(cell)).toBe(value);
  });
});
