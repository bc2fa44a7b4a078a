import { describe, expect, it } from 'vitest';
import { parseIcs } from './ics-import';

const cal = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flatMap((e) => ['BEGIN:VEVENT', e, 'END:VEVENT']), 'END:VCALENDAR'].join(
    '\r\n',
  );

describe('parseIcs', () => {
  it.each([
    ['DTSTART;VALUE=DATE:20260915', { dueDate: '2026-09-15' }],
    ['DTSTART:20260915', { dueDate: '2026-09-15' }],
    ['DTSTART:20260915T090000', { dueDate: '2026-09-15', dueTime: '09:00' }],
    [
      'DTSTART;TZID=America/New_York:20260924T090000',
      { dueDate: '2026-09-24', dueTime: '09:00', timeZone: 'America/New_York' },
    ],
    ['DTSTART:20260924T130000Z', { dueDate: '2026-09-24', dueTime: '09:00', timeZone: 'America/New_York' }],
  ])('reads %s', (line, expected) => {
    const { deadlines, errors } = parseIcs(cal(`SUMMARY:Submit\r\n${line}`), 'America/New_York');
    expect(errors).toEqual([]);
    expect(deadlines).toEqual([{ title: 'Submit', kind: 'personal', source: 'import', ...expected }]);
  });

  it('unfolds long lines, unescapes text and ignores alarms inside events', () => {
    const text = cal(
      'SUMMARY:Ask Dr. Rao\\, IM\\; follow\r\n  up\r\nDTSTART;VALUE=DATE:20261001\r\nDESCRIPTION:line1\\nline2\r\nBEGIN:VALARM\r\nSUMMARY:alarm\r\nEND:VALARM',
    );
    const { deadlines } = parseIcs(text);
    expect(deadlines[0]).toMatchObject({ title: 'Ask Dr. Rao, IM; follow up', notes: 'line1\nline2' });
  });

  it.each([
    ['SUMMARY:No date', 'Event 1 ("No date"): no start date (DTSTART)'],
    ['DTSTART:20261001', 'Event 1: no title (SUMMARY)'],
    ['SUMMARY:Bad\r\nDTSTART:20260231', 'Event 1 ("Bad"): 2026-02-31 is not a real date'],
    ['SUMMARY:Bad\r\nDTSTART:soon', 'Event 1 ("Bad"): the start "soon" is not a date'],
    [
      'SUMMARY:Bad\r\nDTSTART;TZID=Mars/Base:20261001T090000',
      'Event 1 ("Bad"): the time zone "Mars/Base" is not one this browser knows',
    ],
  ])('lists a bad event: %s', (event, message) => {
    const { deadlines, errors } = parseIcs(cal(event, 'SUMMARY:Good\r\nDTSTART:20261002'));
    expect(errors).toEqual([message]);
    expect(deadlines.map((d) => d.title)).toEqual(['Good']);
  });

  it('refuses a file that is not a calendar', () => {
    expect(() => parseIcs('title,date\nx,2026-01-01')).toThrow(/not a calendar file/);
  });

  it('says so when the calendar has no events', () => {
    expect(parseIcs('BEGIN:VCALENDAR\nEND:VCALENDAR').errors).toEqual(['The calendar has no events.']);
  });
});
