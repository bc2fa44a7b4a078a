import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messages';
import { onDataChanged, startReminders } from '@/lib/reminders/background';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await browser.storage.local.set({ installedAt: new Date().toISOString(), installReason: reason });
  });

  startReminders({ watchDatabase: true });

  handleMessages({
    ping: () => ({ ok: true }),
    'data-changed': async () => {
      await onDataChanged();
      return { ok: true };
    },
  });
});
