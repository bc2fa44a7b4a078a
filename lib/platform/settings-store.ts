/**
 * The settings store: one key in browser.storage.local, read the same way in every context (the content script
 * included, so this module carries no zod). Validated writes are in settings.ts.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/core/model/settings';
import { withDefaults } from '@/lib/core/model/settings-values';

export const SETTINGS_KEY = 'settings';

/** The current settings, defaults filled. */
export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return withDefaults(stored[SETTINGS_KEY]);
}

/**
 * Calls back with the new settings whenever they change anywhere in the extension; returns an unsubscribe.
 * With a signal, also unsubscribes when it aborts.
 */
export function watchSettings(callback: (settings: Settings) => void, signal?: AbortSignal): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(withDefaults(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  const stop = () => browser.storage.onChanged.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
