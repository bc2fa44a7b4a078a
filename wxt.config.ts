import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { localeMessages } from './lib/core/phrasing/locale';
import { OPTIONAL_HOST_MATCHES, WEBMAIL_MATCHES } from './lib/platform/sites';

type Alias = { find: string | RegExp; replacement: string };

/**
 * The popup, options page and background use webextension-polyfill (one promise API in Chrome and Firefox).
 * The content script does not: it only needs storage and runtime messaging, which both browsers already offer
 * as promises in MV3/Firefox, and its budget is 30 KB gzipped. So the polyfill alias is dropped for that build.
 */
function withoutPolyfill(alias: unknown): unknown {
  if (Array.isArray(alias)) return (alias as Alias[]).filter((a) => a.find !== 'wxt/browser');
  if (alias && typeof alias === 'object') {
    const { 'wxt/browser': _polyfill, ...rest } = alias as Record<string, string>;
    return rest;
  }
  return alias;
}

/**
 * Two swaps keep the content script within its budget:
 * - the rules' words (titles, explanations, suggestions), the category labels and the compose panel's fixed
 *   words come from the extension's locale catalog rather than from its JavaScript: lib/phrasing/text-source
 *   is swapped for lib/hints/rule-text-locale;
 * - the analyzer keeps its simple rule layout (lib/phrasing/split-layout is swapped for split-layout-off, see
 *   there why).
 */
const contentScriptSwaps = {
  name: 'strongletter:content-script-swaps',
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    if (!/\/lib\/(?:core\/phrasing|content)\//.test(importer?.replaceAll('\\', '/') ?? '')) return null;
    if (/(?:^|\/)text-source(?:\.ts)?$/.test(source)) return resolve(import.meta.dirname, 'lib/platform/i18n-texts.ts');
    if (/^\.\/split-layout(?:\.ts)?$/.test(source))
      return resolve(import.meta.dirname, 'lib/core/phrasing/split-layout-off.ts');
    return null;
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((e) => e.type === 'content-script') && config.resolve?.alias) {
        config.resolve.alias = withoutPolyfill(config.resolve.alias) as typeof config.resolve.alias;
      }
      if (entrypoints.every((e) => e.type === 'content-script'))
        config.plugins = [contentScriptSwaps, ...(config.plugins ?? [])];
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: '_locales/en/messages.json', contents: JSON.stringify(localeMessages(), null, 1) });
    },
  },
  manifest: ({ browser }) => ({
    name: 'StrongLetter',
    default_locale: 'en',
    description:
      'Track residency letters of recommendation, deadlines and programs, and catch lukewarm phrasing as you write. Nothing leaves your browser.',
    // storage: settings; unlimitedStorage: IndexedDB never evicted; alarms: badge recompute;
    // scripting: hints on sites the user enables. Notifications are optional (asked from options).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting'],
    host_permissions: [...WEBMAIL_MATCHES],
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['notifications', ...OPTIONAL_HOST_MATCHES],
          browser_specific_settings: { gecko: { id: 'strongletter@strongletter.app', strict_min_version: '115.0' } },
        }
      : { optional_permissions: ['notifications'], optional_host_permissions: [...OPTIONAL_HOST_MATCHES] }),
    action: { default_title: 'StrongLetter' },
  }),
});
