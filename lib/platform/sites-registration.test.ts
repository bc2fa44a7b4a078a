import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WEBMAIL_SCRIPT_FILE } from '@/lib/core/sites';
import { getSettings, updateSettings } from './settings';
import { addCustomSite, ensureCustomSiteScripts, normaliseOrigin, removeCustomSite } from './sites-registration';

type Registered = { id: string; matches?: string[]; js?: string[] };
let registered: Registered[];
let granted: Set<string>;
let answer: boolean;

// fakeBrowser leaves scripting and permissions unimplemented; give them small in-memory behaviour.
beforeEach(() => {
  registered = [];
  granted = new Set();
  answer = true;
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) =>
    registered.filter((s) => ids.includes(s.id));
  scripting.registerContentScripts = async (scripts: Registered[]) => {
    if (scripts.some((s) => registered.some((r) => r.id === s.id))) throw new Error('duplicate id');
    registered.push(...scripts);
  };
  scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    registered = registered.filter((s) => !ids.includes(s.id));
  };
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.request = async ({ origins }: { origins: string[] }) => {
    if (answer) for (const o of origins) granted.add(o);
    return answer;
  };
  permissions.contains = async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o));
  permissions.remove = async ({ origins }: { origins: string[] }) => {
    for (const o of origins) granted.delete(o);
    return true;
  };
});

describe('custom sites', () => {
  it.each([
    ['mail.example.edu', 'https://mail.example.edu'],
    ['https://mail.example.edu/inbox?x=1', 'https://mail.example.edu'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['ftp://files.example.org', undefined],
    ['not a site', undefined],
    ['', undefined],
  ])('reads %j as %j', (input, origin) => {
    expect(normaliseOrigin(input)).toBe(origin);
  });

  it('asks permission, saves the site and registers the webmail script for it; removing undoes all three', async () => {
    expect(await addCustomSite('forum.example.org')).toBeUndefined();
    expect(await addCustomSite('https://mail.example.edu')).toBeUndefined();
    expect(granted).toEqual(new Set(['https://forum.example.org/*', 'https://mail.example.edu/*']));
    expect((await getSettings()).customSites).toEqual(['https://forum.example.org', 'https://mail.example.edu']);
    expect(registered).toEqual([
      {
        id: 'custom-sites',
        matches: ['https://forum.example.org/*', 'https://mail.example.edu/*'],
        js: [WEBMAIL_SCRIPT_FILE],
        runAt: 'document_idle',
      },
    ]);
    await removeCustomSite('https://forum.example.org');
    expect(granted).toEqual(new Set(['https://mail.example.edu/*']));
    expect(registered[0].matches).toEqual(['https://mail.example.edu/*']);
    await removeCustomSite('https://mail.example.edu');
    expect(registered).toEqual([]);
  });

  it('saves nothing when permission is refused, a duplicate is added or the address is bad', async () => {
    answer = false;
    expect(await addCustomSite('mail.example.edu')).toMatch(/not given/);
    expect((await getSettings()).customSites).toEqual([]);
    answer = true;
    await addCustomSite('mail.example.edu');
    expect(await addCustomSite('https://mail.example.edu/')).toMatch(/already in your list/);
    expect(await addCustomSite('nonsense')).toMatch(/web address/);
    expect((await getSettings()).customSites).toEqual(['https://mail.example.edu']);
  });

  it('re-registers saved sites that still have permission, leaving out those that lost it', async () => {
    await updateSettings({ customSites: ['https://a.example.org', 'https://b.example.org'] });
    granted.add('https://b.example.org/*');
    expect(await ensureCustomSiteScripts()).toEqual(['https://b.example.org']);
    expect(registered.map((s) => s.matches)).toEqual([['https://b.example.org/*']]);
    expect(await ensureCustomSiteScripts()).toEqual(['https://b.example.org']);
    expect(registered).toHaveLength(1);
  });
});
