/**
 * The user's settings: small, kept in extension storage under one key (settings-store.ts) so every part of the
 * extension reads the same values and hears about changes. Changes are validated here before they are stored.
 */
import { browser } from 'wxt/browser';
import { applySettingsPatch, parseSettings, type Settings, type SettingsPatch } from '@/lib/core/model/settings';
import { getSettings, SETTINGS_KEY } from './settings-store';

export {
  applySettingsPatch,
  parseSettings,
  type Settings,
  type SettingsPatch,
  SettingsSchema,
} from '@/lib/core/model/settings';
export * from '@/lib/core/model/settings-values';
export { getSettings, SETTINGS_KEY, watchSettings } from './settings-store';

let localChain: Promise<unknown> = Promise.resolve();

/**
 * Runs read-modify-write steps on the settings one at a time, so two saves (options page, popup, background)
 * cannot lose each other's changes. The Web Locks API covers every extension page and the service worker;
 * where it is missing (older browsers, tests) a promise chain covers this context.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request('strongletter-settings', task) as unknown as Promise<T>;
  const run = localChain.then(task, task);
  localChain = run.catch(() => undefined);
  return run;
}

/** Changes some settings after validating them; returns the new settings. Nothing is stored if any value is bad. */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return changeSettings(() => patch);
}

/** Like updateSettings, with the patch worked out from the current settings inside the same turn. */
export function changeSettings(make: (current: Settings) => SettingsPatch): Promise<Settings> {
  return oneAtATime(async () => {
    const current = await getSettings();
    const next = applySettingsPatch(current, make(current));
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
}

/** Replaces the stored settings whole (a backup restore), in turn with other saves. */
export function replaceSettings(raw: unknown): Promise<Settings> {
  return oneAtATime(async () => {
    const next = parseSettings(raw);
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
}

/** Turns a rule off (the hint card's "Turn off this rule", sent to the background). */
export function disableRuleInSettings(ruleId: string): Promise<Settings> {
  return changeSettings((current) => ({
    disabledRules: current.disabledRules.includes(ruleId) ? current.disabledRules : [...current.disabledRules, ruleId],
  }));
}
