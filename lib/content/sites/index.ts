import { siteForHost, type WebmailSiteId } from '@/lib/core/sites';
import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';
import { yahoo } from './yahoo';

export { generic } from './generic';
export type { ComposeDetails, SiteAdapter, SiteId } from './types';

/** The editor adapter of each built-in site in lib/platform/sites (a new site fails to compile until it has one). */
export const WEBMAIL_ADAPTERS: Readonly<Record<WebmailSiteId, SiteAdapter>> = { gmail, outlook, yahoo };

/** The adapter for a host: a known webmail editor, or the generic one for sites the user enabled. */
export function adapterForHost(host: string): SiteAdapter {
  const site = siteForHost(host);
  return site ? WEBMAIL_ADAPTERS[site.id] : generic;
}
