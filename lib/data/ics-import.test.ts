import { beforeEach, describe, expect, it } from 'vitest';
import { deadlinesToIcs } from '@/lib/core/formats/ics-export';
import { addDeadline, clearAllData, listDeadlines, markDeadlineDone } from './';
import { deadlineIdForUid, ianaZoneFor, importIcs, parseIcs, planIcsImport } from './ics-import';

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
    ['SUMMARY:Bad\r\nDTSTART:20260231', 'Event 1 ("Bad"): 2026-02-31 is not a real date'],
    ['SUMMARY:Bad\r\nDTSTART:soon', 'Event 1 ("Bad"): the start "soon" is not a date'],
    [
      'SUMMARY:Bad\r\nDTSTART;TZID=Mars/Base:20261001T090000',
      'Event 1 ("Bad"): the time zone "Mars/Base" is not one we know, and the file does not describe it',
    ],
  ])('lists a bad event: %s', (event, message) => {
    const { deadlines, errors } = parseIcs(cal(event, 'SUMMARY:Good\r\nDTSTART:20261002'));
    expect(errors).toEqual([message]);
    expect(deadlines.map((d) => d.title)).toEqual(['Good']);
  });

  it('takes an untitled event under a plain name and leaves cancelled events out', () => {
    const { deadlines, errors, cancelled } = parseIcs(
      cal('DTSTART;VALUE=DATE:20261001', 'SUMMARY:Called off\r\nSTATUS:CANCELLED\r\nDTSTART:20261002'),
    );
    expect(errors).toEqual([]);
    expect(cancelled).toBe(1);
    expect(deadlines.map((d) => [d.title, d.dueDate])).toEqual([['Untitled calendar event', '2026-10-01']]);
  });

  it('refuses a file that is not a calendar', () => {
    expect(() => parseIcs('title,date\nx,2026-01-01')).toThrow(/not a calendar file/);
  });

  it('says so when the calendar has no events', () => {
    expect(parseIcs('BEGIN:VCALENDAR\nEND:VCALENDAR').errors).toEqual(['The calendar has no events.']);
  });
});

/** As Outlook writes it: Windows zone names, a VTIMEZONE with yearly rules, CRLF and long UIDs. */
const OUTLOOK = [
  'BEGIN:VCALENDAR',
  'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
  'VERSION:2.0',
  'METHOD:PUBLISH',
  'BEGIN:VTIMEZONE',
  'TZID:Eastern Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011104T020000',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010311T020000',
  'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A601000000000000000010000000F1E2D3C4B5A69788',
  'SUMMARY;LANGUAGE=en-us:Interview day - Internal Medicine',
  'DTSTART;TZID=Eastern Standard Time:20261105T100000',
  'DTEND;TZID=Eastern Standard Time:20261105T160000',
  'BEGIN:VALARM',
  'TRIGGER:-PT15M',
  'ACTION:DISPLAY',
  'DESCRIPTION:Reminder',
  'END:VALARM',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6B701000000000000000010000000A1B2C3D4E5F60718',
  'SUMMARY:Program call',
  'DTSTART;TZID="W. Europe Standard Time":20260915T140000',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('time zones from other calendars', () => {
  it('reads an Outlook file with Windows zone names as the matching IANA zones', () => {
    const { deadlines, errors } = parseIcs(OUTLOOK, 'Asia/Tokyo');
    expect(errors).toEqual([]);
    expect(deadlines).toMatchObject([
      {
        title: 'Interview day - Internal Medicine',
        dueDate: '2026-11-05',
        dueTime: '10:00',
        timeZone: 'America/New_York',
      },
      { title: 'Program call', dueDate: '2026-09-15', dueTime: '14:00', timeZone: 'Europe/Berlin' },
    ]);
  });

  it.each([
    ['Eastern Standard Time', 'America/New_York'],
    ['Central Standard Time', 'America/Chicago'],
    ['Mountain Standard Time', 'America/Denver'],
    ['US Mountain Standard Time', 'America/Phoenix'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['Alaskan Standard Time', 'America/Anchorage'],
    ['Hawaiian Standard Time', 'Pacific/Honolulu'],
    ['Atlantic Standard Time', 'America/Halifax'],
    ['GMT Standard Time', 'Europe/London'],
    ['Greenwich Standard Time', 'Atlantic/Reykjavik'],
    ['UTC', 'UTC'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Central Europe Standard Time', 'Europe/Budapest'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['E. Europe Standard Time', 'Europe/Chisinau'],
    ['GTB Standard Time', 'Europe/Bucharest'],
    ['India Standard Time', 'Asia/Kolkata'],
    ['Pakistan Standard Time', 'Asia/Karachi'],
    ['Arabian Standard Time', 'Asia/Dubai'],
    ['Arab Standard Time', 'Asia/Riyadh'],
    ['Egypt Standard Time', 'Africa/Cairo'],
    ['South Africa Standard Time', 'Africa/Johannesburg'],
    ['China Standard Time', 'Asia/Shanghai'],
    ['Tokyo Standard Time', 'Asia/Tokyo'],
    ['Korea Standard Time', 'Asia/Seoul'],
    ['Singapore Standard Time', 'Asia/Singapore'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['W. Central Africa Standard Time', 'Africa/Lagos'],
    ['SA Pacific Standard Time', 'America/Bogota'],
    ['E. South America Standard Time', 'America/Sao_Paulo'],
    ['Argentina Standard Time', 'America/Argentina/Buenos_Aires'],
    ['Central Standard Time (Mexico)', 'America/Mexico_City'],
    ['eastern standard time', 'America/New_York'],
    ['/mozilla.org/20050126_1/America/New_York', 'America/New_York'],
    ['America/Chicago', 'America/Chicago'],
  ])('maps the zone name "%s" to %s', (windows, iana) => {
    expect(ianaZoneFor(windows)).toBe(iana);
    const { deadlines, errors } = parseIcs(cal(`SUMMARY:Call\r\nDTSTART;TZID=${windows}:20261001T090000`));
    expect(errors).toEqual([]);
    expect(deadlines[0]).toMatchObject({ dueDate: '2026-10-01', dueTime: '09:00', timeZone: iana });
  });

  /** A zone only the file describes, as older Outlook versions name it. */
  const described = (dtstart: string) =>
    OUTLOOK.replaceAll('Eastern Standard Time', '(UTC-05:00) Eastern Time (US & Canada)')
      .replace('DTSTART;TZID=(UTC-05:00) Eastern Time (US & Canada):20261105T100000', dtstart)
      .replace('DTSTART;TZID="W. Europe Standard Time":20260915T140000', 'DTSTART:20260915');

  it.each([
    ['20261105T100000', '2026-11-05', '15:00'], // after the first Sunday of November: UTC-5
    ['20260701T100000', '2026-07-01', '14:00'], // summer: UTC-4
    ['20260307T100000', '2026-03-07', '15:00'], // the day before the second Sunday of March
    ['20260309T100000', '2026-03-09', '14:00'], // the day after it
    ['20270115T233000', '2027-01-16', '04:30'], // winter, across midnight
  ])('follows the rules of a zone the file describes (%s)', (local, date, utcTime) => {
    const tz = 'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)"';
    const { deadlines, errors } = parseIcs(described(`${tz}:${local}`), 'UTC');
    expect(errors).toEqual([]);
    expect(deadlines[0]).toMatchObject({ dueDate: date, dueTime: utcTime, timeZone: 'UTC' });
  });

  it('reads a fixed-offset zone the file describes', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'SUMMARY:Exam',
      'DTSTART;TZID=My Office:20260924T090000',
      'END:VEVENT',
      'BEGIN:VTIMEZONE',
      'TZID:My Office',
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseIcs(text, 'UTC').deadlines[0]).toMatchObject({ dueDate: '2026-09-24', dueTime: '03:30' });
  });

  it('names a zone the file describes in a way we cannot follow', () => {
    const text = OUTLOOK.replaceAll('Eastern Standard Time', 'Lunar Time').replace(
      'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
      'RRULE:FREQ=MONTHLY;BYDAY=1SU',
    );
    expect(parseIcs(text).errors).toEqual([
      'Event 1 ("Interview day - Internal Medicine"): the time zone "Lunar Time" is described in the file in a way we cannot read',
    ]);
  });

  it('lists an event the file never ends', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Cut off\r\nDTSTART:20261001';
    expect(parseIcs(text).errors).toEqual(['Event 1 ("Cut off"): the file ends inside this event (no END:VEVENT)']);
  });
});

describe('event UIDs', () => {
  it('gives each UID a stable deadline id, our own export its deadline id back', () => {
    const first = parseIcs(OUTLOOK).deadlines.map((d) => d.id);
    expect(first).toEqual(parseIcs(OUTLOOK).deadlines.map((d) => d.id));
    expect(first[0]).toMatch(/^ics-[0-9a-f]{16}$/);
    expect(first[0]).not.toBe(first[1]);
    expect(deadlineIdForUid('abc-123@strongletter')).toBe('abc-123');
    expect(deadlineIdForUid('x@google.com', '20261001T090000Z')).not.toBe(deadlineIdForUid('x@google.com'));
  });

  it('keeps the later copy of an event the file repeats', () => {
    const { deadlines } = parseIcs(
      cal('UID:same\r\nSUMMARY:Old\r\nDTSTART:20261001', 'UID:same\r\nSUMMARY:New\r\nDTSTART:20261002'),
    );
    expect(deadlines.map((d) => [d.title, d.dueDate])).toEqual([['New', '2026-10-02']]);
  });
});

describe('importIcs', () => {
  beforeEach(async () => {
    await clearAllData();
  });

  const two = cal(
    'UID:one@example.org\r\nSUMMARY:Apply\r\nDTSTART;VALUE=DATE:20261001',
    'UID:two@example.org\r\nSUMMARY:Interview\r\nDTSTART;TZID=America/New_York:20261105T100000',
  );

  it('updates instead of duplicating when the same file is imported twice', async () => {
    expect(await planIcsImport(parseIcs(two).deadlines)).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    await importIcs(parseIcs(two));
    const again = await importIcs(parseIcs(two));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect((await listDeadlines()).map((d) => d.title)).toEqual(['Apply', 'Interview']);
  });

  it('moves a deadline whose event moved, keeping what the user did to it', async () => {
    await importIcs(parseIcs(two));
    const apply = (await listDeadlines()).find((d) => d.title === 'Apply');
    await markDeadlineDone(apply?.id ?? '');
    const moved = two.replace('DTSTART;VALUE=DATE:20261001', 'DTSTART;VALUE=DATE:20261008');
    const plan = await planIcsImport(parseIcs(moved).deadlines);
    expect(plan).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(plan.items.map((i) => i.action)).toEqual(['update', 'same']);
    await importIcs(parseIcs(moved));
    const stored = await listDeadlines();
    expect(stored).toHaveLength(2);
    expect(stored.find((d) => d.title === 'Apply')).toMatchObject({ dueDate: '2026-10-08', done: true });
  });

  it('does not duplicate the deadlines our own export came from', async () => {
    const eras = await addDeadline({
      title: 'ERAS opens',
      dueDate: '2026-09-24',
      dueTime: '09:00',
      timeZone: 'America/New_York',
      source: 'built-in',
      kind: 'milestone',
    });
    const mine = await addDeadline({ title: 'Thank Dr. Lee', dueDate: '2026-10-02', notes: 'card, not email' });
    const ics = deadlinesToIcs(await listDeadlines(), 'Europe/London', 7);
    const parsed = parseIcs(ics, 'Europe/London');
    expect(parsed.deadlines.map((d) => d.id).sort()).toEqual([eras.id, mine.id].sort());
    const plan = await importIcs(parsed, undefined, 'Europe/London');
    expect(plan).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    const stored = await listDeadlines();
    expect(stored).toHaveLength(2);
    // The same moment written in UTC does not move the deadline out of its own zone.
    expect(stored.find((d) => d.id === eras.id)).toMatchObject({
      dueTime: '09:00',
      timeZone: 'America/New_York',
      source: 'built-in',
    });
  });

  it('refuses a file with any unreadable event and writes nothing', async () => {
    const bad = parseIcs(cal('SUMMARY:Good\r\nDTSTART:20261002', 'SUMMARY:Bad\r\nDTSTART:soon'));
    expect(bad.deadlines).toHaveLength(1);
    await expect(importIcs(bad)).rejects.toThrow(/cannot be read/);
    expect(await listDeadlines()).toEqual([]);
  });

  it('reports progress as the events are written', async () => {
    const events = Array.from(
      { length: 600 },
      (_, i) => `UID:e${i}@example.org\r\nSUMMARY:Event ${i}\r\nDTSTART;VALUE=DATE:20261001`,
    );
    const seen: [number, number][] = [];
    const plan = await importIcs(parseIcs(cal(...events)), (done, total) => seen.push([done, total]));
    expect(plan.added).toBe(600);
    expect(seen).toEqual([
      [0, 600],
      [250, 600],
      [500, 600],
      [600, 600],
    ]);
    expect(await listDeadlines()).toHaveLength(600);
  });
});
