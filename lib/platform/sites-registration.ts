/**
 * Hints on sites the user adds: the optional host permission is asked for at that moment and the
 * webmail content script is registered for the site's pages (one registration, id "custom-sites").
 */
import { browser } from 'wxt/browser';
import { WEBMAIL_SCRIPT_FILE } from '@/lib/core/sites';
import { getSettings, updateSettings } from './settings';

export const CUSTOM_SITES_SCRIPT_ID = 'custom-sites';

/** Turns what the user typed ("mail.example.edu/inbox", "https://x.org/") into an origin, or undefined. */
export function normaliseOrigin(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** The match pattern covering every page of an origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** Makes the registered content script cover exactly these origins (none: unregistered). */
export async function syncCustomSiteScripts(origins: readonly string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: CUSTOM_SITES_SCRIPT_ID,
      matches: origins.map(originPattern),
      js: [WEBMAIL_SCRIPT_FILE],
      runAt: 'document_idle',
    },
  ]);
}

/** Asks for the site's permission (call from a click), saves it and registers hints there; returns a problem or undefined. */
export async function addCustomSite(input: string): Promise<string | undefined> {
  const origin = normaliseOrigin(input);
  if (!origin) return 'Write a web address like https://mail.example.edu.';
  // Asked first, while the click's user gesture is still fresh (an earlier await could lose it).
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  const settings = await getSettings();
  if (settings.customSites.includes(origin)) return `${origin} is already in your list.`;
  if (!granted) return `Permission for ${origin} was not given, so hints cannot run there.`;
  const next = await updateSettings({ customSites: [...settings.customSites, origin] });
  await syncCustomSiteScripts(next.customSites);
  return undefined;
}

/**
 * Stops hints on a site: removes it from settings, unregisters the script there and gives back the permission.
 * Returns whether the browser took the permission back (it refuses for a permission the manifest requires).
 */
export async function removeCustomSite(origin: string): Promise<boolean> {
  const settings = await getSettings();
  const next = await updateSettings({ customSites: settings.customSites.filter((site) => site !== origin) });
  await syncCustomSiteScripts(next.customSites);
  return browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
}

/** Re-registers hints for every saved site whose permission is still granted (after a restore or a browser reset). */
export async function ensureCustomSiteScripts(): Promise<string[]> {
  const { customSites } = await getSettings();
  const permitted: string[] = [];
  for (const origin of customSites) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) permitted.push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
  const current = existing[0]?.matches ?? [];
  const wanted = permitted.map(originPattern);
  if (current.length !== wanted.length || current.some((m, i) => m !== wanted[i]))
    await syncCustomSiteScripts(permitted);
  return permitted;
}
