import { describe, expect, it } from 'vitest';
import { deadlinesToIcs, deadlineToEvent } from './export';
import { parseIcs } from './parse';

/** RFC 5545 §3.3.6 dur-value: a week count alone, or days and/or a time part (H [M [S]], M [S], or S). */
const DUR_TIME = String.raw`T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)`;
const RFC5545_DURATION = new RegExp(String.raw`^[+-]?P(?:\d+W|\d+D(?:${DUR_TIME})?|${DUR_TIME})$`);

/** Every TRIGGER (relative) and DURATION value in a calendar text. */
function durationValues(ics: string): string[] {
  return ics
    .split(/\r\n/)
    .filter((line) => /^(TRIGGER|DURATION)[;:]/.test(line) && !/VALUE=DATE-TIME/.test(line))
    .map((line) => line.slice(line.indexOf(':') + 1));
}

const base = { id: 'd1', done: false, notes: undefined, timeZone: undefined, dueTime: undefined };

describe('deadlinesToIcs', () => {
  it.each([
    // ERAS-style 09:00 Eastern: EDT (UTC-4) in September, EST (UTC-5) in December.
    ['2026-09-24', '09:00', 'America/New_York', '20260924T130000Z'],
    ['2026-12-01', '09:00', 'America/New_York', '20261201T140000Z'],
    ['2027-03-19', '12:00', 'America/New_York', '20270319T160000Z'],
    ['2026-09-24', '23:59', 'America/Los_Angeles', '20260925T065900Z'],
    ['2026-09-24', '09:00', 'Asia/Kolkata', '20260924T033000Z'],
  ])('a deadline on %s at %s in %s starts at %s UTC', (dueDate, dueTime, timeZone, utc) => {
    const ics = deadlinesToIcs([{ ...base, title: 'Submit', dueDate, dueTime, timeZone }], 'Europe/London');
    expect(ics).toContain(`DTSTART:${utc}`);
    expect(ics).not.toContain('TZID');
  });

  it('writes an all-day deadline as DATE values ending the next day', () => {
    const ics = deadlinesToIcs([{ ...base, title: 'MSPE release', dueDate: '2026-12-31' }]);
    expect(ics).toMatch(/DTSTART;VALUE=DATE:20261231/);
    expect(ics).toMatch(/DTEND;VALUE=DATE:20270101/);
  });

  it('uses the user zone for a timed deadline with no zone of its own', () => {
    const event = deadlineToEvent({ ...base, title: 'Call', dueDate: '2026-07-01', dueTime: '10:00' }, 'Asia/Tokyo');
    expect(event.toString()).toContain('DTSTART:20260701T010000Z');
  });

  it('keeps titles with commas and semicolons, one event per open deadline, stable UIDs', () => {
    const ics = deadlinesToIcs([
      { ...base, id: 'a', title: 'Ask Dr. Lee, cardiology; by email', dueDate: '2026-08-01' },
      { ...base, id: 'b', title: 'Already done', dueDate: '2026-08-02', done: true },
    ]);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:a@strongletter');
    const back = parseIcs(ics);
    expect(back.deadlines.map((d) => d.title)).toEqual(['Ask Dr. Lee, cardiology; by email']);
  });

  it('makes a valid empty calendar when nothing is open', () => {
    const ics = deadlinesToIcs([]);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(parseIcs(ics).deadlines).toEqual([]);
  });

  it('adds a display alarm at the deadline lead time, or the default lead, before the event', () => {
    const ics = deadlinesToIcs(
      [
        { ...base, id: 'a', title: 'Own lead', dueDate: '2026-08-01', leadDays: 10 },
        { ...base, id: 'b', title: 'Default lead', dueDate: '2026-08-02' },
        { ...base, id: 'c', title: 'Timed', dueDate: '2026-08-03', dueTime: '09:00', timeZone: 'America/New_York' },
      ],
      'UTC',
      3,
    );
    const block = (uid: string) => ics.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${uid}@`)) ?? '';
    const lines = (uid: string) => block(uid).split('\r\n');
    expect(block('a')).toMatch(/BEGIN:VALARM/);
    expect(lines('a')).toContain('TRIGGER:-P10D');
    expect(lines('b')).toContain('TRIGGER:-P3D');
    expect(lines('c')).toContain('TRIGGER:-P3D');
    expect(lines('c')).toContain('DURATION:PT30M');
    expect(deadlinesToIcs([{ ...base, title: 'No lead', dueDate: '2026-08-03' }])).not.toContain('VALARM');
  });

  it('writes a zero-day lead as an alarm at the due time (PT0S), not the invalid "-PT"', () => {
    const ics = deadlinesToIcs([{ ...base, title: 'Same day', dueDate: '2026-08-01', leadDays: 0 }], 'UTC');
    const triggers = ics.split('\r\n').filter((line) => line.startsWith('TRIGGER'));
    expect(triggers).toEqual(['TRIGGER:PT0S']);
  });

  it.each([0, 1, 3, 7, 14, 30, 365])(
    'writes only RFC 5545 durations (TRIGGER and DURATION) for a %i-day lead',
    (lead) => {
      const ics = deadlinesToIcs(
        [
          { ...base, id: 'a', title: 'All day', dueDate: '2026-08-01', leadDays: lead },
          { ...base, id: 'b', title: 'Timed', dueDate: '2026-08-02', dueTime: '17:00', timeZone: 'Asia/Kolkata' },
        ],
        'UTC',
        lead,
      );
      const values = durationValues(ics);
      expect(values).toHaveLength(3); // two alarms and the timed event's length
      for (const value of values) expect(value).toMatch(RFC5545_DURATION);
      expect(values).not.toContain('-PT');
      expect(values.some((v) => v.endsWith('T'))).toBe(false);
    },
  );

  it('the duration check itself refuses the values the library used to write', () => {
    for (const bad of ['-P3DT', '-PT', 'P', 'P1W2D', 'PT1H30S', 'P3D1H']) expect(bad).not.toMatch(RFC5545_DURATION);
    for (const good of ['-P3D', 'PT0S', '-PT0M', 'P1W', 'PT1H30M', 'P1DT2H', '+PT15M'])
      expect(good).toMatch(RFC5545_DURATION);
  });

  it('writes a valid calendar: DTSTAMP on each event, CRLF lines folded at 75 octets, text escaped', () => {
    const title = `Ask Dr. Lee\\Rao, cardiology; by email ${'and then some '.repeat(8)}`;
    const ics = deadlinesToIcs([{ ...base, title, dueDate: '2026-08-01', notes: 'line 1\nline 2' }]);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain('DESCRIPTION:line 1\\nline 2');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parseIcs(ics).deadlines[0]).toMatchObject({ title: title.trim(), notes: 'line 1\nline 2' });
  });

  it('gives back the deadline id from its own UID when read again', () => {
    const ics = deadlinesToIcs([{ ...base, id: 'deadline-42', title: 'Upload', dueDate: '2026-09-01' }]);
    expect(parseIcs(ics).deadlines.map((d) => d.id)).toEqual(['deadline-42']);
  });
});
