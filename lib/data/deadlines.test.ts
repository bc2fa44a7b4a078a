import { beforeEach, describe, expect, it } from 'vitest';
import { dueInfos } from '@/lib/core/due';
import { ValidationError } from '@/lib/core/model/errors';
import { clearAllData, db } from './database';
import {
  addDeadline,
  deadlinesBetween,
  deleteDeadline,
  dueWithin,
  getDeadline,
  listDeadlines,
  markDeadlineDone,
  markNotified,
  syncDeadlines,
  updateDeadline,
} from './deadlines';

beforeEach(() => clearAllData());

const NOW = new Date('2026-09-10T15:00:00Z'); // 11:00 in New York, 20:30 in Kolkata

describe('deadlines', () => {
  it('adds, updates, marks done and deletes', async () => {
    const deadline = await addDeadline({
      title: 'Upload letters',
      dueDate: '2026-09-24',
      dueTime: '17:00',
      timeZone: 'America/New_York',
    });
    expect(deadline).toMatchObject({
      kind: 'personal',
      source: 'user',
      done: false,
      pending: 1,
      dueAt: '2026-09-24T17:00',
    });
    await updateDeadline(deadline.id, { dueTime: null });
    expect((await getDeadline(deadline.id))?.dueAt).toBe('2026-09-24T24:00');
    const done = await markDeadlineDone(deadline.id, true, '2026-09-20');
    expect(done).toMatchObject({ done: true, doneDate: '2026-09-20', pending: 0 });
    await deleteDeadline(deadline.id);
    expect(await listDeadlines()).toEqual([]);
  });

  it.each([
    [{ title: 'x', dueDate: '2026-13-01' }, 'Due date: use a real date like 2026-09-24'],
    [{ title: 'x', dueDate: '2026-09-24', dueTime: '5pm' }, 'Due time: use a time like 17:00'],
    [
      { title: 'x', dueDate: '2026-09-24', timeZone: 'Eastern' },
      'Time zone: use a time zone name like America/New_York',
    ],
    [{ title: '', dueDate: '2026-09-24' }, 'Title: is required'],
    [{ title: 'x', dueDate: '2026-09-24', leadDays: 2.5 }, 'Reminder lead days: use a number of days'],
    [
      { title: 'x', dueDate: '2026-09-24', concerns: { type: 'letter', id: 'gone' } },
      'Concerns: the letter it refers to is not in your list',
    ],
  ])('refuses %o', async (input, message) => {
    const error = await addDeadline(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(message);
    expect(await db.deadlines.count()).toBe(0);
  });

  it('moving a date re-arms its notification, and an edited built-in is marked as the user’s', async () => {
    const deadline = await addDeadline({
      id: 'builtin:2027:match-day',
      title: 'Match Day',
      dueDate: '2027-03-19',
      source: 'built-in',
      kind: 'milestone',
    });
    await markNotified(deadline.id, NOW);
    const moved = await updateDeadline(deadline.id, { dueDate: '2027-03-20' });
    expect(moved.notifiedAt).toBeUndefined();
    expect(moved.userEdited).toBe(true);
  });
});

describe('dueWithin (the badge query)', () => {
  it('returns overdue and due-soon deadlines that are not done or hidden, soonest first', async () => {
    await addDeadline({ id: 'overdue', title: 'Overdue', dueDate: '2026-09-01' });
    await addDeadline({ id: 'today', title: 'Today', dueDate: '2026-09-10' });
    await addDeadline({ id: 'edge', title: 'Edge', dueDate: '2026-09-17' });
    await addDeadline({ id: 'later', title: 'Later', dueDate: '2026-09-18' });
    await addDeadline({ id: 'done', title: 'Done', dueDate: '2026-09-05', done: true });
    await addDeadline({ id: 'hidden', title: 'Hidden', dueDate: '2026-09-05', hidden: true, source: 'built-in' });
    const due = await dueWithin(NOW, 7, 'America/New_York');
    expect(due.map((d) => d.id)).toEqual(['overdue', 'today', 'edge']);
    await markDeadlineDone('overdue');
    expect((await dueWithin(NOW, 7, 'America/New_York')).map((d) => d.id)).toEqual(['today', 'edge']);
  });

  it('counts a timed deadline on the day it falls for the user, not its own zone’s day', async () => {
    // 23:00 in New York on the 17th is the morning of the 18th in Kolkata.
    await addDeadline({
      id: 'ny-late',
      title: 'ROL',
      dueDate: '2026-09-17',
      dueTime: '23:00',
      timeZone: 'America/New_York',
    });
    // 00:30 in New York on the 18th is still the 17th in Los Angeles.
    await addDeadline({
      id: 'ny-early',
      title: 'Upload',
      dueDate: '2026-09-18',
      dueTime: '00:30',
      timeZone: 'America/New_York',
    });
    expect((await dueWithin(NOW, 7, 'Asia/Kolkata')).map((d) => d.id)).toEqual([]);
    expect((await dueWithin(NOW, 7, 'America/Los_Angeles')).map((d) => d.id)).toEqual(['ny-late', 'ny-early']);
    expect((await dueWithin(NOW, 7, 'America/New_York')).map((d) => d.id)).toEqual(['ny-late']);
  });

  it('agrees with the badge on every timed deadline, across far-apart zones and daylight saving days', async () => {
    const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/New_York', 'Australia/Sydney'];
    const times = ['00:15', '01:30', '02:30', '12:00', '23:45'];
    let n = 0;
    for (const timeZone of zones)
      for (const dueTime of times)
        for (const dueDate of ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03'])
          await addDeadline({ id: `d${n++}`, title: `${timeZone} ${dueDate} ${dueTime}`, dueDate, dueTime, timeZone });
    await addDeadline({ id: 'all-day', title: 'All day', dueDate: '2026-11-01' });
    const all = await listDeadlines();
    for (const userZone of zones) {
      for (const now of ['2026-10-30T12:00:00Z', '2026-10-31T23:00:00Z']) {
        const at = new Date(now);
        const expected = dueInfos(all, at, { timeZone: userZone })
          .filter((info) => info.status !== 'done' && info.daysLeft <= 1)
          .map((info) => info.deadline.id)
          .sort();
        const got = (await dueWithin(at, 1, userZone)).map((d) => d.id).sort();
        expect(got, `${userZone} at ${now}`).toEqual(expected);
        expect(got.length).toBeGreaterThan(0);
      }
    }
  });

  it('deadlinesBetween lists a date range inclusive', async () => {
    await addDeadline({ id: 'a', title: 'A', dueDate: '2026-09-01', dueTime: '09:00' });
    await addDeadline({ id: 'b', title: 'B', dueDate: '2026-09-30' });
    await addDeadline({ id: 'c', title: 'C', dueDate: '2026-10-01' });
    expect((await deadlinesBetween('2026-09-01', '2026-09-30')).map((d) => d.id)).toEqual(['a', 'b']);
  });
});

describe('syncDeadlines', () => {
  const milestone = (dueDate: string) => ({
    id: 'builtin:2027:rol-deadline',
    title: 'Rank list deadline',
    dueDate,
    kind: 'milestone' as const,
  });

  it('adds, moves and removes without duplicating, keeping what the user did', async () => {
    expect(
      await syncDeadlines('built-in', [
        milestone('2027-02-24'),
        { ...milestone('2027-03-19'), id: 'builtin:2027:match-day' },
      ]),
    ).toEqual({ added: 2, changed: 0, removed: 0 });
    await updateDeadline('builtin:2027:rol-deadline', { hidden: true, leadDays: 10 });
    await markNotified('builtin:2027:match-day', NOW);
    expect(
      await syncDeadlines('built-in', [
        milestone('2027-02-25'),
        { ...milestone('2027-03-19'), id: 'builtin:2027:match-day' },
      ]),
    ).toEqual({ added: 0, changed: 1, removed: 0 });
    const rol = await getDeadline('builtin:2027:rol-deadline');
    expect(rol).toMatchObject({ dueDate: '2027-02-25', hidden: true, leadDays: 10, pending: 0 });
    expect((await getDeadline('builtin:2027:match-day'))?.notifiedAt).toBe(NOW.toISOString());
    expect(await syncDeadlines('built-in', [milestone('2027-02-25')])).toEqual({ added: 0, changed: 0, removed: 1 });
    expect(await db.deadlines.count()).toBe(1);
  });

  it('leaves a built-in date the user edited, and never touches user deadlines', async () => {
    await syncDeadlines('built-in', [milestone('2027-02-24')]);
    await updateDeadline('builtin:2027:rol-deadline', { dueDate: '2027-02-26' });
    await addDeadline({ id: 'mine', title: 'Mine', dueDate: '2027-01-01' });
    await syncDeadlines('built-in', [milestone('2027-02-23')]);
    expect((await getDeadline('builtin:2027:rol-deadline'))?.dueDate).toBe('2027-02-26');
    expect(await getDeadline('mine')).toBeDefined();
  });
});
