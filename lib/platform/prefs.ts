import { browser } from 'wxt/browser';
import type { SiteId } from '@/lib/content/sites';
import type { CustomPhrase } from '@/lib/core/phrasing';

// The content script reads settings straight from storage, defensively and without zod (it must stay small):
// a malformed value falls back to the default rather than stopping the hints.

/** The settings the hints use. */
export interface HintPrefs {
  sites: Record<Exclude<SiteId, 'generic'>, boolean>;
  customSites: string[];
  disabledRules: string[];
  customPhrases: CustomPhrase[];
  /** The purpose last chosen when logging outreach: the compose panel's default. */
  lastOutreachPurpose: OutreachPurpose;
}

/** Outreach purposes, as in lib/settings (kept here so the content script does not import zod). */
export const OUTREACH_PURPOSES = ['observership', 'externship', 'research', 'other'] as const;
export type OutreachPurpose = (typeof OUTREACH_PURPOSES)[number];

/** Storage key of the settings object. */
export const SETTINGS_KEY = 'settings';

/** Settings before the user changes anything: every webmail site on, nothing disabled. */
export const DEFAULT_PREFS: HintPrefs = {
  sites: { gmail: true, outlook: true, yahoo: true },
  customSites: [],
  disabledRules: [],
  customPhrases: [],
  lastOutreachPurpose: 'observership',
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Reads whatever is stored into HintPrefs, keeping defaults for anything missing or malformed. */
export function toPrefs(raw: unknown): HintPrefs {
  if (!raw || typeof raw !== 'object') return DEFAULT_PREFS;
  const s = raw as Record<string, unknown>;
  const sites = { ...DEFAULT_PREFS.sites };
  const stored = (s.sites ?? {}) as Record<string, unknown>;
  for (const id of Object.keys(sites) as (keyof typeof sites)[]) {
    if (typeof stored[id] === 'boolean') sites[id] = stored[id];
  }
  const phrases = (Array.isArray(s.customPhrases) ? s.customPhrases : []).flatMap((p): CustomPhrase[] =>
    typeof p?.phrase === 'string'
      ? [{ phrase: p.phrase, suggestion: typeof p.suggestion === 'string' ? p.suggestion : undefined }]
      : [],
  );
  return {
    sites,
    customSites: strings(s.customSites),
    disabledRules: strings(s.disabledRules),
    customPhrases: phrases,
    lastOutreachPurpose: OUTREACH_PURPOSES.includes(s.lastOutreachPurpose as OutreachPurpose)
      ? (s.lastOutreachPurpose as OutreachPurpose)
      : DEFAULT_PREFS.lastOutreachPurpose,
  };
}

/**
 * True when a custom site (an origin as settings store it: https://mail.example.edu, or with a wildcard,
 * https://*.example.edu) covers this host.
 */
export function customSiteCovers(entry: string, host: string): boolean {
  let name: string;
  try {
    name = new URL(entry).hostname;
  } catch {
    return false;
  }
  return name.startsWith('*.') ? host === name.slice(2) || host.endsWith(name.slice(1)) : host === name;
}

/** Loads the settings now. */
export async function loadPrefs(): Promise<HintPrefs> {
  try {
    return toPrefs((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return DEFAULT_PREFS;
  }
}

/** Calls back with fresh settings whenever they change (in any tab or page), until signal aborts. */
export function watchPrefs(onChange: (prefs: HintPrefs) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(toPrefs(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Turns a rule off everywhere: the background saves it in turn with other settings saves. */
export async function disableRule(ruleId: string): Promise<void> {
  await browser.runtime.sendMessage({ type: 'disable-rule', ruleId });
}
