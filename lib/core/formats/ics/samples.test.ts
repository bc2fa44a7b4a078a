// The 78 calendars from other projects' test suites (node-ical, ical4j, python icalendar, ical.js, ics-parser),
// read from ../shared/ics-samples next to the checkout. They are not copied into the project; where the folder
// is absent (a CI checkout without it) these cases are skipped with a message.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { problemText } from './events';
import { type IcsRead, parseIcs } from './parse';
import { seasonWindow } from './window';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** ../shared/ics-samples from the project root, or from a parent of it (a worktree sits one level deeper). */
function samplesFolder(): string | undefined {
  for (let dir = ROOT, up = 0; up < 3; dir = dirname(dir), up++) {
    const candidate = join(dir, '..', 'shared', 'ics-samples');
    if (existsSync(join(candidate, 'SOURCES.tsv'))) return candidate;
  }
  return undefined;
}

const FOLDER = samplesFolder();
if (!FOLDER) {
  console.warn(
    `ICS sample calendars not found at ${resolve(ROOT, '../shared/ics-samples')}: the sample-file tests are skipped.`,
  );
}

const read = (file: string, span = WIDE): IcsRead =>
  parseIcs(readFileSync(join(FOLDER ?? '', file), 'utf8'), { ownZone: 'UTC', span });
/** Wide enough for the dates these old test files use. */
const WIDE = { from: '1900-01-01', to: '2100-12-31', maxPerSeries: 100 };
const SEASON = seasonWindow('2026-11-27', 2027);
const when = (r: IcsRead) => r.deadlines.map((d) => `${d.dueDate} ${d.dueTime ?? ''} ${d.timeZone ?? ''}`.trim());

/** Files with events that are genuinely broken, and how many. Their other events still come in. */
const BROKEN: Record<string, number> = {
  'icsparser__ICal.ics': 1, // 2017-10-32
  'icsparser__issue-343.ics': 1, // no DTSTART
  'nodeical__bad_custom_ms_tz.ics': 1, // TZID "tzone://Microsoft/Custom", not described
  'nodeical__large-file-with-late-error.ics': 6, // 30 February and the like
  'nodeical__ms_timezones.ics': 1, // a TZID quote never closed
  'nodeical__multi-event-basic.ics': 1, // DTSTART:Next Year
  'pyical__small_bad_calendar.ics': 1, // no DTSTART
};
const NOT_CALENDARS = ['pyical__fuzz_testcase_vtimezone_lone_cr.ics'];

describe.skipIf(!FOLDER)('the 78 sample calendars', () => {
  const files = FOLDER ? readdirSync(FOLDER).filter((f) => f.endsWith('.ics')) : [];

  it('reads every file without crashing; only genuinely broken events are listed, the rest still come in', () => {
    expect(files).toHaveLength(78);
    const withProblems: Record<string, number> = {};
    for (const file of files) {
      if (NOT_CALENDARS.includes(file)) {
        expect(() => read(file, SEASON), file).toThrow(/not a calendar file/);
        continue;
      }
      const result = read(file, SEASON);
      if (result.problems.length > 0) withProblems[file] = result.problems.length;
    }
    expect(withProblems).toEqual(BROKEN);
  }, 120_000);

  it('imports the good events of a file with a few bad ones, naming the bad ones by line and title', () => {
    const result = read('nodeical__large-file-with-late-error.ics');
    expect(result.deadlines).toHaveLength(395);
    expect(result.problems.slice(0, 2).map(problemText)).toEqual([
      'Line 359, "Event 060": 2024-02-30 is not a real date',
      'Line 365, "Event 061": 2024-02-31 is not a real date',
    ]);
  });

  it.each([
    ['ical4j__2207678.ics', '2008-10-31 01:30 UTC'], // TZID:Kuala Lumpur\, Singapore (+08:00)
    ['ical4j__tmeher.ics', '2004-10-12 05:30 UTC'], // Pacific Time (US & Canada)\, Tijuana, summer time
    ['ical4j__calconnect.ics', '2005-04-11 13:00 UTC'], // Lotus Notes rules with BYHOUR, daylight time
    ['nodeical__exchange-custom-tz.ics', '2019-04-30 02:00 UTC'], // (UTC+07:00) Bangkok\, Hanoi\, Jakarta
    ['pyical__issue_218_bad_tzid.ics', '2017-02-28 23:00 Etc/GMT-11'], // a zone named UTC+11
    ['nodeical__Office-2012-owa.ics', '2020-10-28 13:30 Australia/Sydney'], // display names, no VTIMEZONE
    ['nodeical__windows-quoted-tz-rrule.ics', '2015-07-06 12:00 America/New_York'],
  ])('reads %s, which the old reader refused, with the right first time', (file, first) => {
    const result = read(file);
    expect(result.problems).toEqual([]);
    expect(when(result)[0]).toBe(first);
  });

  it.each(['ical4j__OZMovies.ics', 'ical4j__sunbird_sample.ics'])('shortens the long titles of %s', (file) => {
    const result = read(file);
    expect(result.problems).toEqual([]);
    expect(result.notices).toContain(
      '4 titles were longer than 300 characters and shortened; the full title is kept in the notes.',
    );
    expect(Math.max(...result.deadlines.map((d) => d.title.length))).toBe(300);
  });

  it('leaves out EXDATEs (ical4j EXDATE.ics: 7 days but the 3rd and 4th)', () => {
    expect(when(read('ical4j__EXDATE.ics')).map((w) => w.slice(0, 10))).toEqual([
      '2006-01-01',
      '2006-01-02',
      '2006-01-05',
      '2006-01-06',
      '2006-01-07',
    ]);
  });

  it('puts a RECURRENCE-ID in place of its date and leaves out EXDATEs (node-ical daily COUNT=10)', () => {
    expect(when(read('nodeical__daily-count-exdate-recurrence-id.ics'))).toEqual([
      '2015-07-06 12:00 America/Los_Angeles',
      ...['09', '11', '12', '13', '14', '15'].map((day) => `2015-07-${day} 12:00 America/Los_Angeles`),
      '2015-07-09 15:00 America/Los_Angeles', // the 7th, moved
    ]);
  });

  it('matches a RECURRENCE-ID written in UTC to an RDATE written in the event zone (ical.js recur_instances)', () => {
    const dates = when(read('icaljs__recur_instances.ics'));
    expect(dates).not.toContain('2012-10-02 10:00 America/Los_Angeles'); // moved to 15:00
    expect(dates).not.toContain('2012-11-05 10:00 America/Los_Angeles'); // moved to the 6th, 20:00
    expect(dates).toEqual(
      expect.arrayContaining(['2012-10-02 15:00 America/Los_Angeles', '2012-11-06 20:00 America/Los_Angeles']),
    );
    expect(dates).not.toContain('2012-12-04 10:00 America/Los_Angeles'); // EXDATE
  });

  it('keeps both episodes of a TV listing that share a UID, and says so', () => {
    const result = read('nodeical__tv-show-episode.ics');
    const titles = result.deadlines.map((d) => d.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        '30 Rock - S05E20 - 100th Episode Part 1 of 2',
        '30 Rock - S05E21 - 100th Episode Part 2 of 2',
      ]),
    );
    expect(result.notices.join(' ')).toMatch(/share the UID "20110421T220000Z-83@tvcountdown.com"/);
  });

  it('expands a daily series in the season only up to the cap', () => {
    const result = read('ical4j__Standup.ics', SEASON);
    expect(result.repeating).toMatchObject({ series: 1, dates: 100, cut: 1 });
    // Friday 27 November, 09:30 in Sydney (the zone the file describes), shown in UTC.
    expect(when(result)[0]).toBe('2026-11-26 22:30 UTC');
  });
});
