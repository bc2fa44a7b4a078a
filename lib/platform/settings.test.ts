import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { ValidationError } from '@/lib/core/model/errors';
import {
  DEFAULT_SETTINGS,
  defaultCycleYear,
  getSettings,
  SETTINGS_KEY,
  updateSettings,
  watchSettings,
} from './settings';

describe('settings', () => {
  it('fills defaults when nothing is stored', async () => {
    const settings = await getSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.followUpDays).toBe(7);
    expect(settings.sites).toEqual({ gmail: true, outlook: true, yahoo: true });
  });

  it('stores a valid change and keeps the rest', async () => {
    await updateSettings({ specialty: 'Internal Medicine', cycleYear: 2027 });
    await updateSettings({ followUpDays: 10 });
    expect(await getSettings()).toMatchObject({ specialty: 'Internal Medicine', cycleYear: 2027, followUpDays: 10 });
  });

  it.each([
    [{ followUpDays: 14 }, 'Follow up days: between 7 and 10 days'],
    [{ cycleYear: 1999 }, 'Cycle year: use a Match year like 2027'],
    [{ customSites: ['mail.example.edu'] }, 'Custom sites: use an address like https://mail.example.edu'],
    [{ customPhrases: [{ phrase: '  ', suggestion: 'x' }] }, 'Custom phrases (phrase): write the words to flag'],
  ])('refuses %o and stores nothing', async (patch, message) => {
    await updateSettings({ specialty: 'Surgery' });
    const error = await updateSettings(patch as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(message);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, specialty: 'Surgery' });
  });

  it('two saves at once both land (neither overwrites the other with stale settings)', async () => {
    await Promise.all([
      updateSettings({ specialty: 'Neurology' }),
      updateSettings({ followUpDays: 9 }),
      updateSettings({ cycleYear: 2028 }),
    ]);
    expect(await getSettings()).toMatchObject({ specialty: 'Neurology', followUpDays: 9, cycleYear: 2028 });
  });

  it('keeps the good fields of damaged stored settings', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { specialty: 'Neurology', followUpDays: 'soon' } });
    expect(await getSettings()).toMatchObject({ specialty: 'Neurology', followUpDays: 7 });
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.specialty));
    await updateSettings({ specialty: 'Pediatrics' });
    stop();
    await updateSettings({ specialty: 'Psychiatry' });
    expect(seen).toEqual(['Pediatrics']);
  });

  it('reads settings stored before the profile had a name and "trained outside the US"', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { specialty: 'Neurology', usBased: true } });
    const settings = await getSettings();
    expect(settings).toMatchObject({ specialty: 'Neurology', usBased: true, trainedAbroad: true, applicantName: '' });
  });

  it.each([
    ['2026-03-01T12:00:00', 2027],
    ['2026-07-01T12:00:00', 2027],
    ['2026-09-30T12:00:00', 2027],
    ['2026-10-01T12:00:00', 2028],
    ['2026-12-31T12:00:00', 2028],
  ])('default cycle year on %s is %i', (date, year) => {
    expect(defaultCycleYear(new Date(date))).toBe(year);
  });
});
