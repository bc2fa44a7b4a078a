// Real IndexedDB semantics in memory for Dexie; fakeBrowser is wired by WxtVitest.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
