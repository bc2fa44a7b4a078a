/**
 * The webmail sites StrongLetter knows: one table, from which the manifest's host access and content-script
 * matches, the settings defaults, the options page's site list, "Insert into email" and the content script's
 * choice of editor adapter are all derived.
 */

/** A webmail site the extension supports out of the box. */
export interface WebmailSite {
  /** Also the key of its switch in settings (`sites.<id>`) and of its editor adapter in lib/content/sites. */
  id: 'gmail' | 'outlook' | 'yahoo';
  /** The name users know it by. */
  label: string;
  /** Match patterns of its pages (host permissions and content-script matches). */
  matches: readonly string[];
}

export const SITES = [
  { id: 'gmail', label: 'Gmail', matches: ['https://mail.google.com/*'] },
  {
    id: 'outlook',
    label: 'Outlook on the web',
    matches: ['https://outlook.office.com/*', 'https://outlook.live.com/*', 'https://outlook.office365.com/*'],
  },
  { id: 'yahoo', label: 'Yahoo Mail', matches: ['https://mail.yahoo.com/*'] },
] as const satisfies readonly WebmailSite[];

/** A built-in webmail site's id. */
export type WebmailSiteId = (typeof SITES)[number]['id'];

/** Every built-in site's match patterns (host permissions in the manifest, content-script matches). */
export const WEBMAIL_MATCHES: readonly string[] = SITES.flatMap((site) => site.matches);

/** Match patterns for sites the user may enable later; requested as optional host permissions. */
export const OPTIONAL_HOST_MATCHES = ['https://*/*', 'http://*/*'] as const;

/** The content script's file in the build, for scripting.executeScript and registerContentScripts alike. */
export const WEBMAIL_SCRIPT_FILE = '/content-scripts/webmail.js';

const hostOf = (pattern: string) => pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');

/** The built-in site whose pages are on this host, if any. */
export function siteForHost(host: string): WebmailSite | undefined {
  return SITES.find((site) => site.matches.some((pattern) => hostOf(pattern) === host));
}

/** The name a user knows a site by ("Gmail"), or undefined for a site of their own. */
export function siteLabel(id: string): string | undefined {
  return SITES.find((site) => site.id === id)?.label;
}

/** Settings' default: every built-in site on. */
export function allSitesOn(): Record<WebmailSiteId, boolean> {
  return Object.fromEntries(SITES.map((site) => [site.id, true])) as Record<WebmailSiteId, boolean>;
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
