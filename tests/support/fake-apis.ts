/** Test helper: in-memory scripting and permissions for fakeBrowser, which leaves them unimplemented. */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakeApis {
  registered: { id: string; matches?: string[] }[];
  granted: Set<string>;
  /** What the next permission prompt answers. */
  answer: boolean;
}

/** Installs the fakes on fakeBrowser; returns the state the test can read and change. */
export function installFakeApis(): FakeApis {
  const state: FakeApis = { registered: [], granted: new Set(), answer: true };
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = async ({ ids }: { ids: string[] }) =>
    state.registered.filter((s) => ids.includes(s.id));
  scripting.registerContentScripts = async (scripts: FakeApis['registered']) => {
    state.registered.push(...scripts);
  };
  scripting.unregisterContentScripts = async ({ ids }: { ids: string[] }) => {
    state.registered = state.registered.filter((s) => !ids.includes(s.id));
  };
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.request = async (asked: { origins?: string[]; permissions?: string[] }) => {
    if (state.answer) for (const p of [...(asked.origins ?? []), ...(asked.permissions ?? [])]) state.granted.add(p);
    return state.answer;
  };
  permissions.contains = async (asked: { origins?: string[] }) =>
    (asked.origins ?? []).every((o) => state.granted.has(o));
  permissions.remove = async (removed: { origins?: string[]; permissions?: string[] }) => {
    for (const p of [...(removed.origins ?? []), ...(removed.permissions ?? [])]) state.granted.delete(p);
    return true;
  };
  return state;
}
