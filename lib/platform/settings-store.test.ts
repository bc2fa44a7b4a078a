import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OUTREACH_PURPOSES } from '@/lib/core/model/schema';
import { SettingsSchema } from '@/lib/core/model/settings';
import { DEFAULT_SETTINGS, PURPOSES } from '@/lib/core/model/settings-values';
import { customSiteCovers } from '@/lib/core/sites';
import { disableRuleInSettings } from './settings';
import { getSettings, SETTINGS_KEY, watchSettings } from './settings-store';

describe('settings store (read the same way in every context, the content script included)', () => {
  it('the schema and the plain defaults agree', () => {
    expect(SettingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  it('outreach purposes are declared once for settings and records', () => {
    expect(OUTREACH_PURPOSES).toBe(PURPOSES);
  });

  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['a string', 'oops', DEFAULT_SETTINGS],
    [
      'wrong types fall back field by field',
      { sites: { gmail: 'no', yahoo: false }, disabledRules: 'all', specialty: 7, followUpDays: 9 },
      { ...DEFAULT_SETTINGS, sites: { gmail: true, outlook: true, yahoo: false }, followUpDays: 9 },
    ],
  ])('%s', async (_name, raw, expected) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: raw });
    expect(await getSettings()).toEqual(expected);
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

  it('turning a rule off keeps the other settings and tells open pages, until the watcher is aborted', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, specialty: 'Internal Medicine' } });
    const seen: string[][] = [];
    const controller = new AbortController();
    watchSettings((settings) => seen.push(settings.disabledRules), controller.signal);
    // What the background does with the card's "disable-rule" message.
    await Promise.all([disableRuleInSettings('faint-satisfactory'), disableRuleInSettings('hedge-seems')]);
    await disableRuleInSettings('faint-satisfactory');
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;
    expect(stored.specialty).toBe('Internal Medicine');
    expect(stored.disabledRules).toEqual(['faint-satisfactory', 'hedge-seems']);
    expect((await getSettings()).disabledRules).toEqual(['faint-satisfactory', 'hedge-seems']);
    expect(seen.at(-1)).toEqual(['faint-satisfactory', 'hedge-seems']);
    controller.abort();
    await disableRuleInSettings('effort-only');
    expect(seen.at(-1)).toEqual(['faint-satisfactory', 'hedge-seems']);
  });
});
