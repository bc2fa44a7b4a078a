import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearAllData } from '@/lib/data/database';
import { addDeadline } from '@/lib/data/deadlines';
import { updateSettings } from '@/lib/platform/settings';
import { ALARM_NEXT, notifyCheckIn, notifyDueDeadlines, recomputeAndSchedule } from './reminders';

const ZONE = 'America/New_York';
const SUNDAY = new Date('2026-11-29T15:00:00Z'); // 10:00 Sunday in New York: the default week's rest day
const MONDAY_7 = new Date('2026-11-30T12:00:00Z'); // 07:00 Monday
const MONDAY_8 = new Date('2026-11-30T13:00:00Z'); // 08:00 Monday

const badgeText = () => fakeBrowser.action.getBadgeText({});

beforeEach(async () => {
  await clearAllData();
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(SUNDAY);
  await addDeadline({ id: 'today', title: 'Send the packet', dueDate: '2026-11-29' });
  await addDeadline({ id: 'soon', title: 'Thank Dr. Chen', dueDate: '2026-12-01' });
});
afterEach(() => vi.useRealTimers());

describe('a rest day', () => {
  it('badge counts only what is due that day; on an application day everything due soon', async () => {
    await recomputeAndSchedule(SUNDAY, ZONE);
    expect(await badgeText()).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Rest day. Due today: Send the packet');
    await updateSettings({ weekPlan: Array(7).fill('application') });
    await recomputeAndSchedule(SUNDAY, ZONE);
    expect(await badgeText()).toBe('2');
  });

  it('holds notifications until 08:00 the next morning and sets the one-shot alarm for then', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await updateSettings({ notifications: true });
    expect(await notifyDueDeadlines(SUNDAY, ZONE)).toEqual([]);
    await recomputeAndSchedule(SUNDAY, ZONE);
    expect((await fakeBrowser.alarms.get(ALARM_NEXT))?.scheduledTime).toBe(MONDAY_8.getTime());
    expect(await notifyDueDeadlines(MONDAY_7, ZONE)).toEqual([]);
    expect(await notifyDueDeadlines(MONDAY_8, ZONE)).toEqual(['today', 'soon']);
  });
});

describe('check-in reminder', () => {
  beforeEach(async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    await updateSettings({ notifications: true, checkInDay: 3, checkInGroup: ['Amara', 'Luis'] });
  });

  it('shows once on the check-in day from 9:00, naming the group', async () => {
    expect(await notifyCheckIn(new Date('2026-12-02T13:30:00Z'), ZONE)).toBe(false); // Wednesday 08:30
    expect(await notifyCheckIn(new Date('2026-12-02T14:05:00Z'), ZONE)).toBe(true); // 09:05
    expect(fakeBrowser.notifications.getAllCreateOptions()['check-in']).toMatchObject({
      message: 'Check in with Amara, Luis.',
    });
    expect(await notifyCheckIn(new Date('2026-12-02T18:00:00Z'), ZONE)).toBe(false);
    expect(await notifyCheckIn(new Date('2026-12-03T15:00:00Z'), ZONE)).toBe(false); // Thursday
  });

  it('stays quiet without a group', async () => {
    await updateSettings({ checkInGroup: [] });
    expect(await notifyCheckIn(new Date('2026-12-02T15:00:00Z'), ZONE)).toBe(false);
  });
});
