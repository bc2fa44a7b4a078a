import { describe, expect, it } from 'vitest';
import { problemText } from './events';
import { deadlineIdForUid } from './ids';
import { parseIcs as parse } from './parse';
import { ianaZoneFor } from './windows-zones';

/** Repeating events are expanded from 1 January 2026 to the end of the 2027 season in these tests. */
const WINDOW = { from: '2026-01-01', to: '2027-06-30', maxPerSeries: 100 };
const parseIcs = (text: string, options: { ownZone?: string } = {}) => parse(text, { span: WINDOW, ...options });

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
    ['DTSTART;TZID=America/New_York:20041225', { dueDate: '2004-12-25' }], // a date with a zone, as Google wrote it
  ])('reads %s', (line, expected) => {
    const { deadlines, problems } = parseIcs(cal(`SUMMARY:Submit\r\n${line}`), { ownZone: 'America/New_York' });
    expect(problems).toEqual([]);
    expect(deadlines).toEqual([{ title: 'Submit', kind: 'personal', source: 'import', ...expected }]);
  });

  it('unfolds long lines, unescapes text and ignores alarms inside events', () => {
    const text = cal(
      'SUMMARY:Ask Dr. Rao\\, IM\\; follow\r\n  up\r\nDTSTART;VALUE=DATE:20261001\r\nDESCRIPTION:line1\\nline2\r\nBEGIN:VALARM\r\nSUMMARY:alarm\r\nEND:VALARM',
    );
    const { deadlines } = parseIcs(text);
    expect(deadlines[0]).toMatchObject({ title: 'Ask Dr. Rao, IM; follow up', notes: 'line1\nline2' });
  });

  it('reads LF-only files, a byte-order mark and non-ASCII titles folded inside a character', () => {
    const text = `\uFEFF${cal('SUMMARY:Entretien à Montréal – 面接\r\n  (résidence)\r\nDTSTART;VALUE=DATE:20261001').replaceAll('\r\n', '\n')}`;
    expect(parseIcs(text).deadlines.map((d) => d.title)).toEqual(['Entretien à Montréal – 面接 (résidence)']);
  });

  it.each([
    ['SUMMARY:No date', 'Line 3, "No date": no start date (DTSTART)'],
    ['SUMMARY:Bad\r\nDTSTART:20260231', 'Line 3, "Bad": 2026-02-31 is not a real date'],
    ['SUMMARY:Bad\r\nDTSTART:soon', 'Line 3, "Bad": the start "soon" is not a date'],
    [
      'SUMMARY:Bad\r\nDTSTART;TZID=Mars/Base:20261001T090000',
      'Line 3, "Bad": the time zone "Mars/Base" is not one we know, and the file does not describe it',
    ],
  ])('lists a bad event by line and title: %s', (event, message) => {
    const { deadlines, problems } = parseIcs(cal(event, 'SUMMARY:Good\r\nDTSTART:20261002'));
    expect(problems.map(problemText)).toEqual([message]);
    expect(deadlines.map((d) => d.title)).toEqual(['Good']);
  });

  it('takes an untitled event under a plain name and leaves cancelled events out', () => {
    const { deadlines, problems, cancelled } = parseIcs(
      cal('DTSTART;VALUE=DATE:20261001', 'SUMMARY:Called off\r\nSTATUS:CANCELLED\r\nDTSTART:20261002'),
    );
    expect(problems).toEqual([]);
    expect(cancelled).toBe(1);
    expect(deadlines.map((d) => [d.title, d.dueDate])).toEqual([['Untitled calendar event', '2026-10-01']]);
  });

  it('refuses a file that is not a calendar', () => {
    expect(() => parseIcs('title,date\nx,2026-01-01')).toThrow(/not a calendar file/);
  });

  it('reads a calendar with no events as having nothing to import', () => {
    expect(parseIcs('BEGIN:VCALENDAR\nEND:VCALENDAR')).toMatchObject({ deadlines: [], problems: [], events: 0 });
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
    const { deadlines, problems } = parseIcs(OUTLOOK, { ownZone: 'Asia/Tokyo' });
    expect(problems).toEqual([]);
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
    const { deadlines, problems } = parseIcs(cal(`SUMMARY:Call\r\nDTSTART;TZID=${windows}:20261001T090000`));
    expect(problems).toEqual([]);
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
    const { deadlines, problems } = parseIcs(described(`${tz}:${local}`), { ownZone: 'UTC' });
    expect(problems).toEqual([]);
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
    expect(parseIcs(text, { ownZone: 'UTC' }).deadlines[0]).toMatchObject({ dueDate: '2026-09-24', dueTime: '03:30' });
  });

  it.each([['RRULE:FREQ=MONTHLY;BYDAY=1SU'], ['RRULE:FREQ=SECONDLY'], ['RRULE:FREQ=NEVER']])(
    'names a zone whose changes follow %s as one it cannot read',
    (rule) => {
      const text = OUTLOOK.replaceAll('Eastern Standard Time', 'Lunar Time').replace(
        'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
        rule,
      );
      expect(parseIcs(text).problems.map((p) => p.message)).toEqual([
        'the time zone "Lunar Time" is described in the file in a way we cannot read',
      ]);
    },
  );

  it('names a zone the file describes in a way we cannot follow', () => {
    const text = OUTLOOK.replaceAll('Eastern Standard Time', 'Lunar Time').replaceAll(/TZOFFSETTO:.*\r\n/g, '');
    expect(parseIcs(text).problems.map(problemText)).toEqual([
      'Line 18, "Interview day - Internal Medicine": the time zone "Lunar Time" is described in the file in a way we cannot read',
    ]);
  });

  it('lists an event the file never ends', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Cut off\r\nDTSTART:20261001';
    expect(parseIcs(text).problems.map(problemText)).toEqual([
      'Line 2, "Cut off": the file ends inside this event (no END:VEVENT)',
    ]);
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
});

describe('repeating events', () => {
  /** A weekly Thursday call in New York: 8 October is skipped, 15 October moved to Friday 16 October at 14:00. */
  const WEEKLY = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'UID:weekly-call@example.org',
    'SUMMARY:Program director call',
    'DTSTART;TZID=America/New_York:20261001T090000',
    'RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20261029T130000Z',
    'EXDATE;TZID=America/New_York:20261008T090000',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:weekly-call@example.org',
    'RECURRENCE-ID;TZID=America/New_York:20261015T090000',
    'SUMMARY:Program director call (moved)',
    'DTSTART;TZID=America/New_York:20261016T140000',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

  it('expands a weekly series, leaves out its EXDATE and puts a changed occurrence in place of its date', () => {
    const read = parseIcs(WEEKLY);
    expect(read.problems).toEqual([]);
    expect(read.deadlines.map((d) => [d.dueDate, d.dueTime, d.title])).toEqual([
      ['2026-10-01', '09:00', 'Program director call'],
      ['2026-10-22', '09:00', 'Program director call'],
      ['2026-10-29', '09:00', 'Program director call'],
      ['2026-10-16', '14:00', 'Program director call (moved)'],
    ]);
    expect(read.repeating).toEqual({ series: 1, dates: 4, cut: 0, outside: 0 });
    expect(new Set(read.deadlines.map((d) => d.id)).size).toBe(4);
  });

  it('gives the changed occurrence the id its date had, so it replaces it on a later import', () => {
    const plain = parseIcs(WEEKLY.split('BEGIN:VEVENT').slice(0, 2).join('BEGIN:VEVENT').concat('END:VCALENDAR'));
    const fifteenth = plain.deadlines.find((d) => d.dueDate === '2026-10-15');
    const moved = parseIcs(WEEKLY).deadlines.find((d) => d.title.endsWith('(moved)'));
    expect(fifteenth?.id).toBeDefined();
    expect(moved?.id).toBe(fifteenth?.id);
  });

  it('leaves out a cancelled occurrence', () => {
    const text = WEEKLY.replace('SUMMARY:Program director call (moved)', 'STATUS:CANCELLED');
    const read = parseIcs(text);
    expect(read.deadlines.map((d) => d.dueDate)).toEqual(['2026-10-01', '2026-10-22', '2026-10-29']);
    expect(read.cancelled).toBe(1);
  });

  it('imports only dates inside the window, at most the cap per series, and says so', () => {
    const daily = cal('UID:d\r\nSUMMARY:Study block\r\nDTSTART;VALUE=DATE:20250101\r\nRRULE:FREQ=DAILY');
    const read = parse(daily, { span: { from: '2026-11-27', to: '2027-06-30', maxPerSeries: 100 } });
    expect(read.deadlines).toHaveLength(100);
    expect(read.deadlines[0].dueDate).toBe('2026-11-27');
    expect(read.repeating).toEqual({ series: 1, dates: 100, cut: 1, outside: 0 });
    const past = cal('UID:p\r\nSUMMARY:Old\r\nDTSTART;VALUE=DATE:20050101\r\nRRULE:FREQ=DAILY;COUNT=3');
    expect(parseIcs(past).repeating).toEqual({ series: 1, dates: 0, cut: 0, outside: 1 });
  });

  it('reports a rule that matches no day instead of looping', () => {
    const never = cal(
      'UID:n\r\nSUMMARY:Never\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
    );
    expect(parseIcs(never).problems.map(problemText)).toEqual([
      'Line 3, "Never": its repeat rule matches no day we can find',
    ]);
  });

  it('names an event whose repeat rule ical.js refuses, and still reads the others', () => {
    const read = parseIcs(
      cal(
        'UID:bad-rule\r\nSUMMARY:Odd rule\r\nDTSTART:20261001\r\nRRULE:FREQ=WEEKLY;BYMONTHDAY=3',
        'UID:ok\r\nSUMMARY:Fine\r\nDTSTART:20261002',
      ),
    );
    expect(read.deadlines.map((d) => d.title)).toEqual(['Fine']);
    expect(read.problems.map(problemText)).toEqual([expect.stringMatching(/^Line 3, "Odd rule": /)]);
  });

  it('reads an UNTIL in UTC against the event’s own clock', () => {
    const text = cal(
      'UID:u\r\nSUMMARY:Rounds\r\nDTSTART;TZID=America/New_York:20261001T090000\r\nRRULE:FREQ=DAILY;UNTIL=20261003T124500Z',
    );
    // 3 October 09:00 in New York is 13:00 UTC, after the UNTIL.
    expect(parseIcs(text).deadlines.map((d) => d.dueDate)).toEqual(['2026-10-01', '2026-10-02']);
  });

  it('keeps the wall clock across a daylight-saving change', () => {
    const text = cal(
      'UID:w\r\nSUMMARY:Rounds\r\nDTSTART;TZID=America/New_York:20261029T090000\r\nRRULE:FREQ=WEEKLY;COUNT=3',
    );
    expect(parseIcs(text, { ownZone: 'UTC' }).deadlines.map((d) => `${d.dueDate} ${d.dueTime}`)).toEqual([
      '2026-10-29 09:00',
      '2026-11-05 09:00',
      '2026-11-12 09:00',
    ]);
  });
});

describe('zones other calendars write', () => {
  it('reads an Outlook zone whose name has an escaped comma (TZID:Kuala Lumpur\\, Singapore)', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Kuala Lumpur\\, Singapore',
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:kl',
      'SUMMARY:Interview (Singapore time)',
      'DTSTART;TZID="Kuala Lumpur, Singapore":20261105T093000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const read = parseIcs(text, { ownZone: 'UTC' });
    expect(read.problems).toEqual([]);
    expect(read.deadlines).toMatchObject([{ dueDate: '2026-11-05', dueTime: '01:30', timeZone: 'UTC' }]);
  });

  it('reads Lotus Notes zone rules with BYHOUR and BYMINUTE', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Eastern',
      'BEGIN:STANDARD',
      'DTSTART:19501029T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=1SU;BYMONTH=11',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19500402T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=2SU;BYMONTH=3',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:notes',
      'SUMMARY:Summer call',
      'DTSTART;TZID=Eastern:20260701T090000',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:notes2',
      'SUMMARY:Winter call',
      'DTSTART;TZID=Eastern:20261201T090000',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const read = parseIcs(text, { ownZone: 'UTC' });
    expect(read.problems).toEqual([]);
    expect(read.deadlines.map((d) => `${d.dueDate} ${d.dueTime}`)).toEqual(['2026-07-01 13:00', '2026-12-01 14:00']);
  });

  it.each([
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(UTC-05:00) Eastern Time (US and Canada)', 'America/New_York'],
    ['(GMT+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['(UTC+07:00) Bangkok, Hanoi, Jakarta', 'Asia/Bangkok'],
    ['UTC+01', 'Etc/GMT-1'],
  ])('reads the display name "%s" as %s when the file does not describe it', (tzid, iana) => {
    const read = parseIcs(cal(`UID:x\r\nSUMMARY:Call\r\nDTSTART;TZID="${tzid}":20261001T090000`));
    expect(read.problems).toEqual([]);
    expect(read.deadlines[0]).toMatchObject({ dueTime: '09:00', timeZone: iana });
  });

  it('does not take a display name whose offset disagrees with the place it names', () => {
    expect(ianaZoneFor('(UTC+03:00) Eastern Time (US & Canada)')).toBeUndefined();
    expect(parseIcs(cal('SUMMARY:x\r\nDTSTART;TZID="(UTC+03:00) Eastern Time":20261001T090000')).problems).toHaveLength(
      1,
    );
  });
});

describe('text and titles', () => {
  it('reads an escaped backslash followed by n as a backslash and an n, not a new line', () => {
    const read = parseIcs(cal('SUMMARY:Folder C:\\\\new\\\\notes\r\nDESCRIPTION:a\\\\nb\\nc\r\nDTSTART:20261001'));
    expect(read.deadlines[0]).toMatchObject({ title: 'Folder C:\\new\\notes', notes: 'a\\nb\nc' });
  });

  it('shortens a title over 300 characters with an ellipsis and keeps the whole title in the notes', () => {
    const long = `Orientation ${'and more '.repeat(40)}end`;
    const read = parseIcs(cal(`SUMMARY:${long}\r\nDESCRIPTION:Bring ID\r\nDTSTART:20261001`));
    expect(read.problems).toEqual([]);
    const [deadline] = read.deadlines;
    expect(deadline.title).toHaveLength(300);
    expect(deadline.title.endsWith('…')).toBe(true);
    expect(deadline.notes).toBe(`${long}\n\nBring ID`);
    expect(read.notices).toEqual([
      'One title was longer than 300 characters and shortened; the full title is kept in the notes.',
    ]);
  });
});

describe('a file with a few bad events', () => {
  const text = cal(
    'UID:a\r\nSUMMARY:Good one\r\nDTSTART:20261001',
    'UID:b\r\nSUMMARY:Thirtieth of February\r\nDTSTART:20260230',
    'UID:c\r\nSUMMARY:Good two\r\nDTSTART:20261002',
    'UID:d\r\nSUMMARY:No date at all',
    'UID:e\r\nSUMMARY:Broken line\r\nDTSTART;TZID="Open quote:20261003T090000',
    'UID:f\r\nSUMMARY:Good three\r\nDTSTART:20261003',
  );

  it('reads the good ones and names each bad one by line and title', () => {
    const read = parseIcs(text);
    expect(read.deadlines.map((d) => d.title)).toEqual(['Good one', 'Good two', 'Good three']);
    expect(read.problems.map(problemText)).toEqual([
      'Line 8, "Thirtieth of February": 2026-02-30 is not a real date',
      'Line 18, "No date at all": no start date (DTSTART)',
      expect.stringMatching(/^Line 22, "Broken line": its text cannot be read/),
    ]);
    expect(read.events).toBe(6);
  });
});

describe('shared UIDs', () => {
  it('keeps two different events that share a UID, as separate deadlines, and says so', () => {
    const read = parseIcs(
      cal('UID:same\r\nSUMMARY:Part 1\r\nDTSTART:20261001', 'UID:same\r\nSUMMARY:Part 2\r\nDTSTART:20261002'),
    );
    expect(read.deadlines.map((d) => [d.title, d.dueDate])).toEqual([
      ['Part 1', '2026-10-01'],
      ['Part 2', '2026-10-02'],
    ]);
    expect(new Set(read.deadlines.map((d) => d.id)).size).toBe(2);
    expect(read.notices).toEqual([
      'Line 3 ("Part 1") and line 8 ("Part 2") share the UID "same"; both are imported, as separate deadlines.',
    ]);
  });

  it('imports an exact repeat once, and a newer SEQUENCE in place of the older', () => {
    const twice = cal('UID:x\r\nSUMMARY:Same\r\nDTSTART:20261001', 'UID:x\r\nSUMMARY:Same\r\nDTSTART:20261001');
    expect(parseIcs(twice).deadlines).toHaveLength(1);
    expect(parseIcs(twice).notices).toEqual([
      'One event appears twice in the file (same UID, title and date) and is imported once.',
    ]);
    const versions = cal(
      'UID:v\r\nSEQUENCE:2\r\nSUMMARY:Moved\r\nDTSTART:20261005',
      'UID:v\r\nSEQUENCE:1\r\nSUMMARY:Old\r\nDTSTART:20261001',
    );
    const read = parseIcs(versions);
    expect(read.deadlines.map((d) => d.title)).toEqual(['Moved']);
    expect(read.notices[0]).toMatch(/^Line 9 \("Old"\) is an older version of the event on line 3/);
  });
});
