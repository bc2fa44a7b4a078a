import { defineConfig } from 'wxt';
import { localeMessages } from './lib/core/phrasing/locale';
import { OPTIONAL_HOST_MATCHES, WEBMAIL_MATCHES } from './lib/core/sites';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
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
