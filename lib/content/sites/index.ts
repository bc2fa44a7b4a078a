import { generic } from './generic';
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { SiteAdapter } from './types';
import { yahoo } from './yahoo';

export { generic } from './generic';
export type { ComposeDetails, SiteAdapter, SiteId } from './types';

/** The webmail adapters, each tried on its own hosts. */
export const WEBMAIL_ADAPTERS: readonly SiteAdapter[] = [gmail, outlook, yahoo];

/** The adapter for a host: a known webmail editor, or the generic one for sites the user enabled. */
export function adapterForHost(host: string): SiteAdapter {
  for (const adapter of WEBMAIL_ADAPTERS) {
    try {
      if (adapter.matchesHost(host)) return adapter;
    } catch {
      // A broken adapter must not stop the others.
    }
  }
  return generic;
}
