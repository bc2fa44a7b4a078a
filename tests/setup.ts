// Real IndexedDB semantics in memory for Dexie; fakeBrowser is wired by WxtVitest.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogLookup } from '@/lib/core/phrasing/locale';
import { setMessageLookup } from '@/lib/core/phrasing/text-source';

// The rules' words come from the generated locale catalog, as in the extension (where browser.i18n reads it).
setMessageLookup(catalogLookup());

beforeEach(() => {
  fakeBrowser.reset();
});
