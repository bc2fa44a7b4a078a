import '@/lib/core/model/zod-jitless';
import { browser } from 'wxt/browser';
import { attachToOpenTabs, handleLogOutreach } from '@/lib/background/hints';
import { onDataChanged, startReminders } from '@/lib/background/reminders';
import { installCatalogTexts } from '@/lib/platform/i18n-texts';
import { handleMessages } from '@/lib/platform/messages';
import { disableRuleInSettings } from '@/lib/platform/settings';
import { ensureCustomSiteScripts } from '@/lib/platform/sites-registration';

export default defineBackground(() => {
  installCatalogTexts();
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await browser.storage.local.set({ installedAt: new Date().toISOString(), installReason: reason });
  });
  // Webmail tabs open before an install, update or reload get the hints without a page reload.
  browser.runtime.onInstalled.addListener(() => void attachToOpenTabs());
  // Firefox forgets scripts registered for the user's own sites when the extension is updated (Chrome keeps them):
  // register them again for every site whose permission is still granted.
  browser.runtime.onInstalled.addListener(() => void ensureCustomSiteScripts().catch(() => undefined));

  startReminders({ watchDatabase: true });

  handleMessages({
    ping: () => ({ ok: true }),
    'data-changed': async () => {
      await onDataChanged();
      return { ok: true };
    },
    'disable-rule': async (message) => {
      await disableRuleInSettings(message.ruleId);
      return { ok: true };
    },
    'log-outreach': async (message) => {
      const reply = await handleLogOutreach(message);
      if (reply.ok) await onDataChanged();
      return reply;
    },
  });
});
