import { beforeEach, describe, expect, it } from 'vitest';
import { deadlinesToIcs, parseIcs } from '@/lib/core/formats/ics';
import { addDeadline, clearAllData, listDeadlines, markDeadlineDone } from './';
import { importIcs, planIcsImport } from './ics-import';

const WINDOW = { from: '2026-01-01', to: '2027-06-30', maxPerSeries: 100 };

const cal = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flatMap((e) => ['BEGIN:VEVENT', e, 'END:VEVENT']), 'END:VCALENDAR'].join(
    '\r\n',
  );

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
    const parsed = parseIcs(ics, { ownZone: 'Europe/London' });
    expect(parsed.deadlines.map((d) => d.id).sort()).toEqual([eras.id, mine.id].sort());
    const plan = await importIcs(parsed, { ownZone: 'Europe/London' });
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

  it('writes nothing from a file with unreadable events until told to leave them out, then only the good ones', async () => {
    const existing = await addDeadline({ title: 'Mine', dueDate: '2026-09-01' });
    const bad = parseIcs(cal('SUMMARY:Good\r\nDTSTART:20261002', 'SUMMARY:Bad\r\nDTSTART:soon'));
    expect(bad.deadlines).toHaveLength(1);
    await expect(importIcs(bad)).rejects.toThrow(/cannot be read; confirm to import the others/);
    expect(await listDeadlines()).toEqual([existing]);
    expect(await importIcs(bad, { skipUnreadable: true })).toMatchObject({ added: 1 });
    expect((await listDeadlines()).map((d) => d.title)).toEqual(['Mine', 'Good']);
  });

  it('updates the dates of a repeating event on a second import, a changed date replacing its occurrence', async () => {
    const series = (extra: string[]) =>
      [
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:journal-club@example.org',
        'SUMMARY:Journal club',
        'DTSTART;TZID=America/Chicago:20261006T170000',
        'RRULE:FREQ=WEEKLY;COUNT=3',
        'END:VEVENT',
        ...extra,
        'END:VCALENDAR',
      ].join('\r\n');
    await importIcs(parseIcs(series([]), { span: WINDOW }));
    expect((await listDeadlines()).map((d) => `${d.dueDate} ${d.dueTime}`)).toEqual([
      '2026-10-06 17:00',
      '2026-10-13 17:00',
      '2026-10-20 17:00',
    ]);
    const moved = series([
      'BEGIN:VEVENT',
      'UID:journal-club@example.org',
      'RECURRENCE-ID;TZID=America/Chicago:20261013T170000',
      'SUMMARY:Journal club (Wednesday)',
      'DTSTART;TZID=America/Chicago:20261014T170000',
      'END:VEVENT',
    ]);
    const plan = await importIcs(parseIcs(moved, { span: WINDOW }));
    expect(plan).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    expect((await listDeadlines()).map((d) => `${d.dueDate} ${d.title}`)).toEqual([
      '2026-10-06 Journal club',
      '2026-10-14 Journal club (Wednesday)',
      '2026-10-20 Journal club',
    ]);
  });

  it('stores both events that share a UID, and the same two again on a second import', async () => {
    const text = cal(
      'UID:same\r\nSUMMARY:Part 1\r\nDTSTART:20261001',
      'UID:same\r\nSUMMARY:Part 2\r\nDTSTART:20261002',
    );
    await importIcs(parseIcs(text));
    expect(await importIcs(parseIcs(text))).toMatchObject({ added: 0, unchanged: 2 });
    expect((await listDeadlines()).map((d) => d.title)).toEqual(['Part 1', 'Part 2']);
  });

  it('reports progress as the events are written', async () => {
    const events = Array.from(
      { length: 600 },
      (_, i) => `UID:e${i}@example.org\r\nSUMMARY:Event ${i}\r\nDTSTART;VALUE=DATE:20261001`,
    );
    const seen: [number, number][] = [];
    const plan = await importIcs(parseIcs(cal(...events)), { onProgress: (done, total) => seen.push([done, total]) });
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
