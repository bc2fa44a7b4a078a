import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';
import { defineConfig } from 'wxt';
import { OPTIONAL_HOST_MATCHES, WEBMAIL_MATCHES } from './lib/core/sites';

/**
 * zod 4 compiles object parsers with the Function constructor unless `jitless` is set. The entrypoints set it
 * before any schema exists (lib/core/model/zod-jitless.ts); fixing the same switch at build time lets the minifier
 * drop the compiler itself, so the bundles hold no Function constructor for Mozilla's linter to flag as eval.
 */
const zodJitlessAtBuild = {
  name: 'strongletter:zod-jitless',
  transform(code: string, id: string) {
    if (!/\/node_modules\/zod\/v4\/core\/(?:util|schemas)\.js$/.test(id.replaceAll('\\', '/'))) return null;
    return code.replaceAll(/\b(?:core\.)?globalConfig\.jitless\b/g, 'true');
  },
};

// The catalog lists each rule's first words, so it reads the rules, whose imports use the '@/' alias that the
// config's own loader does not know.
const jiti = createJiti(import.meta.url, { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } });

export default defineConfig({
  vite: () => ({ plugins: [zodJitlessAtBuild] }),
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      const { localeMessages } = await jiti.import<typeof import('./lib/core/phrasing/locale')>(
        './lib/core/phrasing/locale.ts',
      );
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
          browser_specific_settings: {
            gecko: {
              id: 'strongletter@strongletter.app',
              // 140 is the ESR the end-to-end suite runs in, and the first to know data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is collected or sent anywhere: declared for addons.mozilla.org's data consent.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { optional_permissions: ['notifications'], optional_host_permissions: [...OPTIONAL_HOST_MATCHES] }),
    action: { default_title: 'StrongLetter' },
  }),
});
