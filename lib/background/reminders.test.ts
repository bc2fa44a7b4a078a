import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CALENDAR_VERSION } from '@/lib/core/calendar/cycles';
import { nextLocalMidnight } from '@/lib/core/due';
import { clearAllData, db } from '@/lib/data/database';
import { addDeadline, getDeadline, markDeadlineDone } from '@/lib/data/deadlines';
import { addLetter } from '@/lib/data/letters';
import { addWriter } from '@/lib/data/writers';
import { updateSettings } from '@/lib/platform/settings';
import {
  ALARM_HOURLY,
  ALARM_MIDNIGHT,
  ALARM_NEXT,
  CALENDAR_VERSION_KEY,
  ensureReminderAlarms,
  MIDNIGHT_ZONE_KEY,
  notifyDueDeadlines,
  onDataChanged,
  onNotificationButton,
  onNotificationClicked,
  onReminderAlarm,
  recomputeBadge,
  refreshIfCalendarChanged,
  scheduleReminderAlarms,
  startReminders,
} from './reminders';

const NOW = new Date('2026-09-10T06:00:00Z'); // 11:30 in Kolkata, 02:00 in New York
const ZONE = 'Asia/Kolkata';
const RED = [197, 34, 31, 255];
const AMBER = [176, 96, 0, 255];

async function badge() {
  return {
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  };
}

beforeEach(async () => {
  await clearAllData();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('badge from IndexedDB', () => {
  it('shows nothing when nothing is due', async () => {
    await addDeadline({ title: 'Far away', dueDate: '2026-12-01' });
    await recomputeBadge(NOW, ZONE);
    expect(await badge()).toMatchObject({ text: '', title: 'StrongLetter: nothing due soon' });
  });

  it('is amber for deadlines due soon and red once one is overdue, naming it', async () => {
    await addDeadline({ id: 'packet', title: 'Send packet to Dr. Ruiz', dueDate: '2026-09-12' });
    await recomputeBadge(NOW, ZONE);
    expect(await badge()).toEqual({ text: '1', color: AMBER, title: 'Due in 2 days: Send packet to Dr. Ruiz' });

    await addDeadline({ id: 'chen', title: 'Dr. Chen upload', dueDate: '2026-09-08' });
    await recomputeBadge(NOW, ZONE);
    expect(await badge()).toEqual({ text: '2', color: RED, title: 'Overdue: Dr. Chen upload (2 days) — and 1 more' });

    await markDeadlineDone('chen');
    await recomputeBadge(NOW, ZONE);
    expect(await badge()).toMatchObject({ text: '1', color: AMBER });
  });

  it('counts the rank list deadline (9 pm Eastern) on the Indian user’s next morning', async () => {
    await addDeadline({
      title: 'Certify rank order list',
      dueDate: '2026-02-25',
      dueTime: '21:00',
      timeZone: 'America/New_York',
    });
    await recomputeBadge(new Date('2026-02-25T19:00:00Z'), ZONE);
    expect(await badge()).toMatchObject({ text: '1', title: 'Due today: Certify rank order list at 07:30' });
    await recomputeBadge(new Date('2026-02-26T02:00:00Z'), ZONE);
    expect(await badge()).toMatchObject({ text: '1', color: RED, title: 'Overdue: Certify rank order list (today)' });
  });

  it('uses the badge window from settings', async () => {
    await addDeadline({ title: 'Personal statement draft', dueDate: '2026-09-20' });
    await recomputeBadge(NOW, ZONE);
    expect((await badge()).text).toBe('');
    await updateSettings({ badgeThresholdDays: 14 });
    await recomputeBadge(NOW, ZONE);
    expect((await badge()).text).toBe('1');
  });
});

describe('notifications', () => {
  beforeEach(async () => {
    await addDeadline({ id: 'chen', title: 'Dr. Chen upload', dueDate: '2026-09-10' });
  });

  it('stay off unless the user turned them on and the permission is granted', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
    expect(await notifyDueDeadlines(NOW, ZONE)).toEqual([]);
    await updateSettings({ notifications: true });
    expect(await notifyDueDeadlines(NOW, ZONE)).toEqual([]);
    expect(contains).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('fire once per deadline, and again only after a snooze runs out', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await updateSettings({ notifications: true });
    expect(await notifyDueDeadlines(NOW, ZONE)).toEqual(['chen']);
    expect(fakeBrowser.notifications.getAllCreateOptions()['deadline:chen']).toMatchObject({
      message: 'Due today: Dr. Chen upload',
    });
    expect(await notifyDueDeadlines(new Date(NOW.getTime() + 3_600_000), ZONE)).toEqual([]);
    expect((await getDeadline('chen'))?.notifiedAt).toBe(NOW.toISOString());

    await onNotificationButton('deadline:chen', 0, NOW);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect((await getDeadline('chen'))?.snoozedUntil).toBe('2026-09-10T07:00:00.000Z');
    expect(await notifyDueDeadlines(new Date('2026-09-10T06:30:00Z'), ZONE)).toEqual([]);
    expect(await notifyDueDeadlines(new Date('2026-09-10T07:05:00Z'), ZONE)).toEqual(['chen']);
    expect(await notifyDueDeadlines(new Date('2026-09-10T08:00:00Z'), ZONE)).toEqual([]);
  });

  it('clicking one opens the deadline in the options page', async () => {
    await onNotificationClicked('deadline:chen');
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.at(-1)?.url).toMatch(/options\.html#deadline=chen$/);
  });
});

describe('alarms and wiring', () => {
  it('on install: registers the hourly and midnight alarms, stores the cycle and sets the badge', async () => {
    await updateSettings({ cycleYear: 2027 });
    const stop = startReminders();
    await addDeadline({ title: 'Dr. Chen upload', dueDate: '2026-09-08' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    // The deadline, and NRMP registration opening on Sep 15.
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
    const hourly = await fakeBrowser.alarms.get(ALARM_HOURLY);
    const midnight = await fakeBrowser.alarms.get(ALARM_MIDNIGHT);
    expect(hourly?.periodInMinutes).toBe(60);
    expect(midnight?.scheduledTime).toBeGreaterThan(NOW.getTime());
    expect(midnight!.scheduledTime - NOW.getTime()).toBeLessThanOrEqual(24 * 3_600_000 + 60_000);
    await vi.waitFor(async () => expect(await db.deadlines.where('source').equals('built-in').count()).toBe(9));
    stop();
  });

  it('refreshes milestones stored from an older calendar once, keeping a date the user moved', async () => {
    await updateSettings({ cycleYear: 2026 });
    await browser.storage.local.set({ [CALENDAR_VERSION_KEY]: 1 });
    const old = { kind: 'milestone' as const, source: 'built-in' as const, done: false, pending: 1 as const };
    const stamp = { createdAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z' };
    await db.deadlines.bulkPut([
      {
        ...old,
        ...stamp,
        id: 'builtin:2026:rol-opens',
        title: 'Ranking opens',
        dueDate: '2026-01-15',
        dueAt: '2026-01-15T24:00',
      },
      {
        ...old,
        ...stamp,
        id: 'builtin:2026:match-day',
        title: 'Match Day',
        dueDate: '2026-03-19',
        dueAt: '2026-03-19T24:00',
        userEdited: true,
      },
    ]);
    expect(await refreshIfCalendarChanged(NOW, ZONE)).toBe(true);
    expect(await getDeadline('builtin:2026:rol-opens')).toMatchObject({ dueDate: '2026-02-01', estimated: true });
    expect(await getDeadline('builtin:2026:match-day')).toMatchObject({ dueDate: '2026-03-19' });
    expect((await browser.storage.local.get(CALENDAR_VERSION_KEY))[CALENDAR_VERSION_KEY]).toBe(CALENDAR_VERSION);
    expect(await refreshIfCalendarChanged(NOW, ZONE)).toBe(false);
  });

  it('at the user’s midnight, tomorrow’s deadline becomes due today', async () => {
    await addDeadline({ title: 'Upload check', dueDate: '2026-09-11' });
    await recomputeBadge(new Date('2026-09-10T18:29:00Z'), ZONE); // 23:59 in Kolkata
    expect(await fakeBrowser.action.getTitle({})).toBe('Due tomorrow: Upload check');
    await onReminderAlarm(ALARM_MIDNIGHT, new Date('2026-09-10T18:31:00Z'), ZONE);
    expect(await fakeBrowser.action.getTitle({})).toBe('Due today: Upload check');
  });

  it('the midnight alarm re-arms itself for the next midnight', async () => {
    await onReminderAlarm(ALARM_MIDNIGHT, new Date('2026-09-10T18:31:00Z'), ZONE);
    expect((await fakeBrowser.alarms.get(ALARM_MIDNIGHT))?.scheduledTime).toBe(Date.parse('2026-09-11T18:31:00Z'));
  });

  it('a data-changed message re-derives letter steps and refreshes the badge', async () => {
    const { default: background } = await import('@/entrypoints/background');
    background.main();
    const writer = await addWriter({ name: 'Dr. Chen', contactType: 'us-hands-on', startDate: '2026-08-03' });
    const letter = await addLetter({ writerId: writer.id, stage: 'working-together', targetUploadDate: '2026-09-15' });
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'data-changed' });
    expect(reply).toEqual({ ok: true });
    expect(await db.deadlines.get(`derived:letter:${letter.id}:letter-id-reminder`)).toMatchObject({
      dueDate: '2026-09-08',
    });
    // tell-writer (3 Aug), formal ask (16 Aug), Letter ID reminder (8 Sep) overdue; upload check (15 Sep) within the week
    expect(await fakeBrowser.action.getBadgeText({})).toBe('4');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(RED);
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Overdue: Let Dr. Chen know you will ask for a letter (38 days) — and 3 more',
    );
  });
});

describe('alarms kept in step', () => {
  const NEW_YORK = 'America/New_York';
  const scheduled = async (name: string) => (await fakeBrowser.alarms.get(name))?.scheduledTime;

  it('leaves alarms that exist alone, creating only what is missing', async () => {
    await scheduleReminderAlarms(NOW, ZONE);
    const hourly = await scheduled(ALARM_HOURLY);
    const midnight = await scheduled(ALARM_MIDNIGHT);
    expect(await ensureReminderAlarms(new Date(NOW.getTime() + 600_000), ZONE)).toEqual([]);
    expect(await scheduled(ALARM_HOURLY)).toBe(hourly);
    expect(await scheduled(ALARM_MIDNIGHT)).toBe(midnight);

    await fakeBrowser.alarms.clear(ALARM_HOURLY);
    expect(await ensureReminderAlarms(NOW, ZONE)).toEqual([ALARM_HOURLY]);
    expect(await scheduled(ALARM_MIDNIGHT)).toBe(midnight);
  });

  it('turns a timed deadline overdue at its due minute through a one-shot alarm, not at the next hour', async () => {
    await addDeadline({
      title: 'Certify rank order list',
      dueDate: '2026-02-25',
      dueTime: '21:00',
      timeZone: NEW_YORK,
    });
    const due = Date.parse('2026-02-26T02:00:00Z'); // 21:00 EST
    await onDataChanged(new Date('2026-02-25T19:00:00Z'), NEW_YORK);
    expect(await badge()).toMatchObject({
      text: '1',
      color: AMBER,
      title: 'Due today: Certify rank order list at 21:00',
    });
    expect(await scheduled(ALARM_NEXT)).toBe(due);

    await onReminderAlarm(ALARM_NEXT, new Date(due), NEW_YORK);
    expect(await badge()).toMatchObject({ text: '1', color: RED, title: 'Overdue: Certify rank order list (today)' });
    expect(await fakeBrowser.alarms.get(ALARM_NEXT)).toBeUndefined(); // nothing else changes before midnight
  });

  it('the one-shot alarm follows the data: moved to a sooner due time, cleared when the item is done', async () => {
    await addDeadline({ id: 'late', title: 'Evening upload', dueDate: '2026-09-10', dueTime: '22:00' });
    await onDataChanged(NOW, ZONE);
    expect(await scheduled(ALARM_NEXT)).toBe(Date.parse('2026-09-10T16:30:00Z'));
    await addDeadline({ id: 'soon', title: 'Noon call', dueDate: '2026-09-10', dueTime: '12:00' });
    await onDataChanged(NOW, ZONE);
    expect(await scheduled(ALARM_NEXT)).toBe(Date.parse('2026-09-10T06:30:00Z'));
    await markDeadlineDone('soon');
    await markDeadlineDone('late');
    await onDataChanged(NOW, ZONE);
    expect(await fakeBrowser.alarms.get(ALARM_NEXT)).toBeUndefined();
  });

  it('a snoozed notification comes back when the snooze ends, through the one-shot alarm', async () => {
    await addDeadline({ id: 'chen', title: 'Dr. Chen upload', dueDate: '2026-09-10' });
    await onNotificationButton('deadline:chen', 0, NOW);
    expect(await scheduled(ALARM_NEXT)).toBe(NOW.getTime() + 3_600_000);
  });

  it('moves the midnight alarm when the user’s time zone changes', async () => {
    await scheduleReminderAlarms(NOW, ZONE);
    expect(await scheduled(ALARM_MIDNIGHT)).toBe(nextLocalMidnight(NOW, ZONE).getTime());
    await onDataChanged(NOW, ZONE);
    expect(await scheduled(ALARM_MIDNIGHT)).toBe(nextLocalMidnight(NOW, ZONE).getTime());

    await onDataChanged(NOW, NEW_YORK); // the user flew home
    expect(await scheduled(ALARM_MIDNIGHT)).toBe(Date.parse('2026-09-11T04:01:00Z'));
    expect(await fakeBrowser.storage.local.get(MIDNIGHT_ZONE_KEY)).toEqual({ [MIDNIGHT_ZONE_KEY]: NEW_YORK });

    // A worker waking in yet another zone moves it too.
    expect(await ensureReminderAlarms(NOW, 'Europe/London')).toEqual([ALARM_MIDNIGHT]);
    expect(await scheduled(ALARM_MIDNIGHT)).toBe(Date.parse('2026-09-10T23:01:00Z'));
  });
});
