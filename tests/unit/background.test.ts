import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';

describe('background service worker', () => {
  it('records the install and answers a ping', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const stored = await fakeBrowser.storage.local.get('installReason');
    expect(stored.installReason).toBe('install');
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'ping' });
    expect(reply).toMatchObject({ ok: true });
  });

  it('ignores messages that are not ours', async () => {
    background.main();
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'steal-everything' });
    expect(reply).toBeUndefined();
  });

  it('has a working IndexedDB in tests (fake-indexeddb)', async () => {
    const db = new Dexie('smoke');
    db.version(1).stores({ notes: '++id' });
    await db.table('notes').add({ text: 'hello' });
    expect(await db.table('notes').count()).toBe(1);
    await db.delete();
  });
});
