import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BADGE_AMBER,
  BADGE_RED,
  badgeState,
  type DeadlineLike,
  dueInfo,
  dueStatus,
  itemsToNotify,
  nextLocalMidnight,
  nextStateChange,
  snoozeEnd,
} from './due';

const deadline = (over: Partial<DeadlineLike> & Pick<DeadlineLike, 'dueDate'>): DeadlineLike => ({
  id: over.title ?? over.dueDate,
  title: 'Deadline',
  done: false,
  ...over,
});
const rol = deadline({
  id: 'rol',
  title: 'Certify rank order list',
  dueDate: '2026-02-25',
  dueTime: '21:00',
  timeZone: 'America/New_York',
});
const at = (iso: string) => new Date(iso);

describe('an all-day deadline never shifts by a day', () => {
  // 2026-03-08 is the US spring-forward day; 2026-03-29 London's; 2026-04-05 Sydney's autumn change.
  it.each([
    ['Asia/Kolkata', '2026-03-08', '2026-03-07T19:00:00Z', '2026-03-08T18:00:00Z'],
    ['Africa/Lagos', '2026-03-08', '2026-03-07T23:30:00Z', '2026-03-08T22:30:00Z'],
    ['America/Los_Angeles', '2026-03-08', '2026-03-08T08:30:00Z', '2026-03-09T06:30:00Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T04:30:00Z', '2026-11-02T04:30:00Z'],
    ['Europe/London', '2026-03-29', '2026-03-29T00:30:00Z', '2026-03-29T22:30:00Z'],
    ['Australia/Sydney', '2026-04-05', '2026-04-04T13:30:00Z', '2026-04-05T13:30:00Z'],
    ['Australia/Sydney', '2026-10-04', '2026-10-03T14:30:00Z', '2026-10-04T12:30:00Z'],
  ])('in %s, %s is due today from 00:30 to 23:30 local time', (timeZone, dueDate, firstMinutes, lastMinutes) => {
    const item = deadline({ dueDate, timeZone: 'America/New_York' });
    const dayBefore = new Date(at(firstMinutes).getTime() - 3_600_000); // 23:30 the evening before
    const dayAfter = new Date(at(lastMinutes).getTime() + 3_600_000); // 00:30 the next morning
    expect(dueInfo(item, dayBefore, { timeZone })).toMatchObject({ status: 'due-soon', daysLeft: 1 });
    expect(dueInfo(item, at(firstMinutes), { timeZone })).toMatchObject({ status: 'due-today', localDueDate: dueDate });
    expect(dueInfo(item, at(lastMinutes), { timeZone })).toMatchObject({ status: 'due-today', localDueDate: dueDate });
    expect(dueInfo(item, dayAfter, { timeZone })).toMatchObject({ status: 'overdue', daysLeft: -1 });
  });
});

describe('a timed deadline is converted from its own zone', () => {
  it.each([
    // 9 pm Eastern on 25 Feb is 7:30 am on 26 Feb in India
    [
      'Asia/Kolkata',
      '2026-02-25T10:00:00Z',
      'due-soon',
      '2026-02-26',
      '07:30',
      'Due tomorrow: Certify rank order list at 07:30',
    ],
    [
      'Asia/Kolkata',
      '2026-02-25T19:00:00Z',
      'due-today',
      '2026-02-26',
      '07:30',
      'Due today: Certify rank order list at 07:30',
    ],
    [
      'Asia/Kolkata',
      '2026-02-26T02:00:00Z',
      'overdue',
      '2026-02-26',
      '07:30',
      'Overdue: Certify rank order list (today)',
    ],
    [
      'America/Los_Angeles',
      '2026-02-26T01:59:00Z',
      'due-today',
      '2026-02-25',
      '18:00',
      'Due today: Certify rank order list at 18:00',
    ],
    [
      'Europe/London',
      '2026-02-25T12:00:00Z',
      'due-soon',
      '2026-02-26',
      '02:00',
      'Due tomorrow: Certify rank order list at 02:00',
    ],
    [
      'Africa/Lagos',
      '2026-02-25T22:00:00Z',
      'due-soon',
      '2026-02-26',
      '03:00',
      'Due tomorrow: Certify rank order list at 03:00',
    ],
    [
      'Africa/Lagos',
      '2026-02-26T01:30:00Z',
      'due-today',
      '2026-02-26',
      '03:00',
      'Due today: Certify rank order list at 03:00',
    ],
    [
      'Australia/Sydney',
      '2026-02-25T12:00:00Z',
      'due-soon',
      '2026-02-26',
      '13:00',
      'Due tomorrow: Certify rank order list at 13:00',
    ],
    [
      'Australia/Sydney',
      '2026-02-25T13:00:00Z',
      'due-today',
      '2026-02-26',
      '13:00',
      'Due today: Certify rank order list at 13:00',
    ],
    [
      'America/New_York',
      '2026-02-28T12:00:00Z',
      'overdue',
      '2026-02-25',
      '21:00',
      'Overdue: Certify rank order list (3 days)',
    ],
  ])('for a user in %s at %s it is %s', (timeZone, now, status, localDueDate, localDueTime, tooltip) => {
    const info = dueInfo(rol, at(now), { timeZone });
    expect(info).toMatchObject({ status, localDueDate, localDueTime });
    expect(info.dueAt?.toISOString()).toBe('2026-02-26T02:00:00.000Z');
    expect(badgeState([rol], at(now), { timeZone }).title).toBe(tooltip);
  });

  it('crosses the US spring change (8 March) while the user zone has none yet', () => {
    const item = deadline({ dueDate: '2026-03-09', dueTime: '21:00', timeZone: 'America/New_York' });
    // EDT already: 9 pm Eastern = 01:00 UTC = 01:00 in London (still GMT until 29 March)
    expect(dueInfo(item, at('2026-03-09T12:00:00Z'), { timeZone: 'Europe/London' })).toMatchObject({
      status: 'due-soon',
      localDueDate: '2026-03-10',
      localDueTime: '01:00',
    });
    // ...and 11:00 in Sydney, which is still on daylight time
    expect(dueInfo(item, at('2026-03-09T12:00:00Z'), { timeZone: 'Australia/Sydney' }).localDueTime).toBe('12:00');
  });

  it('crosses the user zone change (London, 29 March) while Eastern time is already on summer time', () => {
    const before = deadline({ dueDate: '2026-03-27', dueTime: '12:00', timeZone: 'America/New_York' });
    const after = deadline({ dueDate: '2026-03-30', dueTime: '12:00', timeZone: 'America/New_York' });
    expect(dueInfo(before, at('2026-03-20T00:00:00Z'), { timeZone: 'Europe/London' }).localDueTime).toBe('16:00');
    expect(dueInfo(after, at('2026-03-20T00:00:00Z'), { timeZone: 'Europe/London' }).localDueTime).toBe('17:00');
  });

  it('a timed deadline without its own zone is read in the user zone', () => {
    const item = deadline({ dueDate: '2026-05-01', dueTime: '17:00' });
    expect(dueInfo(item, at('2026-05-01T11:00:00Z'), { timeZone: 'Asia/Kolkata' }).status).toBe('due-today');
    expect(dueInfo(item, at('2026-05-01T11:31:00Z'), { timeZone: 'Asia/Kolkata' }).status).toBe('overdue');
  });
});

describe('status rules', () => {
  const now = at('2026-09-01T12:00:00Z');
  const timeZone = 'UTC';
  it.each<[Partial<DeadlineLike> & { dueDate: string }, string]>([
    [{ dueDate: '2026-09-04' }, 'due-soon'],
    [{ dueDate: '2026-09-05' }, 'later'],
    [{ dueDate: '2026-09-08', leadDays: 7 }, 'due-soon'],
    [{ dueDate: '2026-09-02', leadDays: 0 }, 'later'],
    [{ dueDate: '2026-08-01', done: true }, 'done'],
    [{ dueDate: '2026-08-01', hidden: true }, 'done'],
    [{ dueDate: '2026-08-01', kind: 'milestone' }, 'passed'],
    [{ dueDate: '2026-08-01', kind: 'letter-step' }, 'overdue'],
  ])('%j is %s', (over, status) => {
    expect(dueStatus(deadline(over), now, { timeZone })).toBe(status);
  });
});

describe('badge', () => {
  const timeZone = 'Asia/Kolkata';
  const now = at('2026-09-10T06:00:00Z'); // 11:30 on 10 Sept in India
  const chen = deadline({ id: 'chen', title: 'Dr. Chen upload', dueDate: '2026-09-08' });
  const soon = deadline({ id: 'soon', title: 'Send packet to Dr. Ruiz', dueDate: '2026-09-12' });
  const later = deadline({ id: 'later', title: 'Personal statement', dueDate: '2026-10-30' });

  it('is empty when nothing is due', () => {
    const badge = badgeState([later, { ...chen, done: true }], now, { timeZone });
    expect(badge).toMatchObject({ text: '', count: 0 });
    expect(badge.color).toBeUndefined();
  });

  it('is amber with only deadlines due soon', () => {
    expect(badgeState([soon, later], now, { timeZone })).toMatchObject({
      text: '1',
      color: BADGE_AMBER,
      title: 'Due in 2 days: Send packet to Dr. Ruiz',
    });
  });

  it('is red and names the most overdue deadline when anything is overdue', () => {
    expect(badgeState([soon, later, chen], now, { timeZone })).toMatchObject({
      text: '2',
      color: BADGE_RED,
      title: 'Overdue: Dr. Chen upload (2 days) — and 1 more',
    });
  });

  it('uses the fixed system clock and zone when none are given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(now);
    const previous = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles'; // 23:00 on 9 Sept there: the packet is 3 days away
      expect(badgeState([soon], new Date()).title).toBe('Due in 3 days: Send packet to Dr. Ruiz');
      process.env.TZ = 'Asia/Kolkata';
      expect(badgeState([soon], new Date()).title).toBe('Due in 2 days: Send packet to Dr. Ruiz');
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
      vi.useRealTimers();
    }
  });
});

describe('notifications', () => {
  const timeZone = 'Europe/London';
  const now = at('2026-09-10T09:00:00Z');
  const due = deadline({ id: 'due', title: 'Upload check', dueDate: '2026-09-10' });

  it('fires for a deadline that has just become due, once', () => {
    expect(itemsToNotify([due], now, { timeZone })).toEqual([due]);
    const notified = { ...due, notifiedAt: now.toISOString() };
    expect(itemsToNotify([notified], at('2026-09-10T10:00:00Z'), { timeZone })).toEqual([]);
  });

  it('stays quiet while snoozed and fires again once the snooze ends', () => {
    const snoozedUntil = snoozeEnd(now, 2).toISOString();
    const snoozed = { ...due, notifiedAt: now.toISOString(), snoozedUntil };
    expect(itemsToNotify([snoozed], at('2026-09-10T10:00:00Z'), { timeZone })).toEqual([]);
    expect(itemsToNotify([snoozed], at('2026-09-10T11:01:00Z'), { timeZone })).toEqual([snoozed]);
    const again = { ...snoozed, notifiedAt: '2026-09-10T11:01:00.000Z' };
    expect(itemsToNotify([again], at('2026-09-10T12:00:00Z'), { timeZone })).toEqual([]);
  });

  it('skips done, later, passed milestones and long-overdue deadlines', () => {
    const items = [
      { ...due, id: 'done', done: true },
      deadline({ id: 'later', dueDate: '2026-12-01' }),
      deadline({ id: 'm', dueDate: '2026-09-01', kind: 'milestone' }),
      deadline({ id: 'old', dueDate: '2026-08-01' }),
    ];
    expect(itemsToNotify(items, now, { timeZone })).toEqual([]);
  });

  it('snoozes until 9:00 tomorrow on the user clock', () => {
    expect(snoozeEnd(at('2026-03-28T22:00:00Z'), 'tomorrow', timeZone).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(() => snoozeEnd(now, 0)).toThrow(/Snooze/);
  });
});

describe('next local midnight', () => {
  afterEach(() => vi.useRealTimers());
  it.each([
    ['Asia/Kolkata', '2026-03-08T12:00:00Z', '2026-03-08T18:31:00.000Z'],
    ['America/New_York', '2026-03-07T12:00:00Z', '2026-03-08T05:01:00.000Z'],
    ['America/New_York', '2026-03-08T12:00:00Z', '2026-03-09T04:01:00.000Z'],
    ['Australia/Sydney', '2026-04-05T00:00:00Z', '2026-04-05T14:01:00.000Z'],
  ])('in %s after %s it is %s', (timeZone, now, expected) => {
    expect(nextLocalMidnight(at(now), timeZone).toISOString()).toBe(expected);
  });
});

describe('the next state change between midnights', () => {
  const user = { timeZone: 'Asia/Kolkata' };

  it('is the soonest due time still ahead, in the deadline’s own zone', () => {
    const call = deadline({ id: 'call', dueDate: '2026-02-25', dueTime: '10:00' }); // Kolkata, no zone of its own
    expect(nextStateChange([rol, call], at('2026-02-25T03:00:00Z'), user)).toEqual(at('2026-02-25T04:30:00Z'));
    expect(nextStateChange([rol, call], at('2026-02-25T05:00:00Z'), user)).toEqual(at('2026-02-26T02:00:00Z'));
    expect(nextStateChange([rol, call], at('2026-02-26T02:00:00Z'), user)).toBeUndefined();
  });

  it('counts a snooze running out, and skips done, hidden and all-day deadlines', () => {
    const snoozed = deadline({ id: 'snoozed', dueDate: '2026-02-25', snoozedUntil: '2026-02-25T08:00:00Z' });
    const done = deadline({ id: 'done', dueDate: '2026-02-25', dueTime: '09:00', done: true });
    const hidden = { ...rol, hidden: true };
    const allDay = deadline({ id: 'all-day', dueDate: '2026-02-25' });
    const now = at('2026-02-25T01:00:00Z');
    expect(nextStateChange([snoozed, done, hidden, allDay], now, user)).toEqual(at('2026-02-25T08:00:00Z'));
    expect(nextStateChange([done, hidden, allDay], now, user)).toBeUndefined();
  });
});
