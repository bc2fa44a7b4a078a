import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messages';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await browser.storage.local.set({ installedAt: new Date().toISOString(), installReason: reason });
  });

  handleMessages({
    ping: () => ({ ok: true }),
    'data-changed': () => ({ ok: true }),
  });
});
