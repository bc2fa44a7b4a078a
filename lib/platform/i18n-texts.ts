import { browser } from 'wxt/browser';
import { setMessageLookup } from '@/lib/core/phrasing/text-source';

/** Makes the rules' words, category labels and panel words come from the extension's locale catalog. */
export function installCatalogTexts(): void {
  // The catalog is generated at build time, so WXT's typed message names do not list these.
  setMessageLookup((name) => (browser.i18n.getMessage as (name: string) => string)(name));
}
