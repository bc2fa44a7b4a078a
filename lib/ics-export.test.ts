import { describe, expect, it } from 'vitest';
import { deadlinesToIcs, deadlineToEvent } from './ics-export';
import { parseIcs } from './ics-import';

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
    expect(event.start).toBe(Date.UTC(2026, 6, 1, 1, 0));
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
      ],
      'UTC',
      3,
    );
    const block = (uid: string) => ics.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${uid}@`)) ?? '';
    expect(block('a')).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-P10D/);
    expect(block('b')).toMatch(/BEGIN:VALARM[\s\S]*TRIGGER:-P3D/);
    expect(deadlinesToIcs([{ ...base, title: 'No lead', dueDate: '2026-08-03' }])).not.toContain('VALARM');
  });
});
