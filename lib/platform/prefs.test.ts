import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OUTREACH_PURPOSES as DB_PURPOSES } from '@/lib/core/model/schema';
import {
  customSiteCovers,
  DEFAULT_PREFS,
  loadPrefs,
  OUTREACH_PURPOSES,
  SETTINGS_KEY,
  toPrefs,
  watchPrefs,
} from './prefs';
import { SETTINGS_KEY as APP_SETTINGS_KEY, DEFAULT_SETTINGS, disableRuleInSettings, PURPOSES } from './settings';

describe('hint settings (read without zod in the content script)', () => {
  it('reads the same storage key and defaults as lib/settings', () => {
    expect(SETTINGS_KEY).toBe(APP_SETTINGS_KEY);
    const prefs = toPrefs(DEFAULT_SETTINGS);
    expect(prefs.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(prefs.disabledRules).toEqual([]);
    expect(prefs.lastOutreachPurpose).toBe(DEFAULT_SETTINGS.lastOutreachPurpose);
  });

  it('knows the same outreach purposes as the settings and the database', () => {
    expect(OUTREACH_PURPOSES).toEqual(PURPOSES);
    expect(OUTREACH_PURPOSES).toEqual(DB_PURPOSES);
  });

  it.each([
    ['research', 'research'],
    ['externship', 'externship'],
    ['shadowing', 'observership'],
    [3, 'observership'],
    [undefined, 'observership'],
  ])('last outreach purpose %s reads as %s', (stored, expected) => {
    expect(toPrefs({ lastOutreachPurpose: stored }).lastOutreachPurpose).toBe(expected);
  });

  it.each([
    ['nothing stored', undefined, DEFAULT_PREFS],
    ['a string', 'oops', DEFAULT_PREFS],
    [
      'wrong types fall back field by field',
      { sites: { gmail: 'no', yahoo: false }, disabledRules: ['a', 3], customPhrases: [{ phrase: 'fine' }, { x: 1 }] },
      {
        ...DEFAULT_PREFS,
        sites: { gmail: true, outlook: true, yahoo: false },
        disabledRules: ['a'],
        customPhrases: [{ phrase: 'fine', suggestion: undefined }],
      },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(toPrefs(raw)).toEqual(expected);
  });

  it.each([
    ['https://mail.example.edu', 'mail.example.edu', true],
    ['https://mail.example.edu:8443', 'mail.example.edu', true],
    ['not an address', 'mail.example.edu', false],
    ['https://*.example.edu', 'mail.example.edu', true],
    ['https://*.example.edu', 'example.edu', true],
    ['https://*.example.edu', 'example.edu.evil.com', false],
    ['https://mail.example.edu', 'evil-mail.example.edu', false],
    ['https://example.edu', 'example.edu.evil.com', false],
  ])('custom site %s covers %s: %s', (entry, host, expected) => {
    expect(customSiteCovers(entry, host)).toBe(expected);
  });

  it('turning a rule off keeps the other settings and tells open pages', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, specialty: 'Internal Medicine' } });
    const seen: string[][] = [];
    const controller = new AbortController();
    watchPrefs((prefs) => seen.push(prefs.disabledRules), controller.signal);
    // What the background does with the card's "disable-rule" message.
    await Promise.all([disableRuleInSettings('faint-satisfactory'), disableRuleInSettings('hedge-seems')]);
    await disableRuleInSettings('faint-satisfactory');
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;
    expect(stored.specialty).toBe('Internal Medicine');
    expect(stored.disabledRules).toEqual(['faint-satisfactory', 'hedge-seems']);
    expect((await loadPrefs()).disabledRules).toEqual(['faint-satisfactory', 'hedge-seems']);
    expect(seen.at(-1)).toEqual(['faint-satisfactory', 'hedge-seems']);
    controller.abort();
    await disableRuleInSettings('effort-only');
    expect(seen.at(-1)).toEqual(['faint-satisfactory', 'hedge-seems']);
  });
});
