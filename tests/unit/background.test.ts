import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
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

describe('custom sites after an update', () => {
  it('registers the hints again for saved sites whose permission is granted (Firefox drops them on update)', async () => {
    let registered: { id: string; matches?: string[] }[] = [];
    const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
    scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) =>
      registered.filter((s) => ids.includes(s.id));
    scripting.registerContentScripts = async (scripts: typeof registered) => {
      registered.push(...scripts);
    };
    scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    };
    const granted = ['https://forum.example.org/*'];
    (fakeBrowser.permissions as unknown as Record<string, unknown>).contains = async ({
      origins,
    }: {
      origins: string[];
    }) => origins.every((o) => granted.includes(o));
    await fakeBrowser.storage.local.set({
      settings: { customSites: ['https://forum.example.org', 'https://revoked.example.org'] },
    });

    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(() => expect(registered.map((s) => s.matches)).toEqual([['https://forum.example.org/*']]));
  });
});
