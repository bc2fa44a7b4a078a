// In a file of its own: starting the real entrypoint leaves database watchers running for the rest of the file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARM_HOURLY, ALARM_MIDNIGHT } from '@/lib/background/reminders';

const NOW = new Date('2026-09-10T06:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('service worker wake-up', () => {
  it('any start of the background script puts back missing hourly and midnight alarms', async () => {
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    const { default: background } = await import('@/entrypoints/background');
    background.main(); // woken for an alarm or a message: neither onInstalled nor onStartup fires
    await vi.waitFor(async () => {
      expect((await fakeBrowser.alarms.get(ALARM_HOURLY))?.periodInMinutes).toBe(60);
      expect((await fakeBrowser.alarms.get(ALARM_MIDNIGHT))?.scheduledTime).toBeGreaterThan(NOW.getTime());
    });
    expect((await fakeBrowser.alarms.get(ALARM_MIDNIGHT))!.scheduledTime - NOW.getTime()).toBeLessThanOrEqual(
      24 * 3_600_000 + 60_000,
    );
  });
});
