// Background-side pieces of the inline hints: logging outreach from the compose chip, and attaching
// the content script again to open webmail tabs after the extension is installed, updated or reloaded.
import { browser } from 'wxt/browser';
import { todayIso } from '@/lib/core/calendar/zone';
import type { Outreach } from '@/lib/core/model/schema';
import { WEBMAIL_MATCHES, WEBMAIL_SCRIPT_FILE } from '@/lib/core/sites';
import { addOutreachOnce } from '@/lib/data/outreach';
import { hasSampleData } from '@/lib/data/sample';
import type { BackgroundMessage as Message, BackgroundReplies as Replies } from '@/lib/platform/protocol';
import { getSettings, updateSettings } from '@/lib/platform/settings';

type LogOutreach = Extract<Message, { type: 'log-outreach' }>;

// Personal mail providers say nothing about where someone works.
const PERSONAL_DOMAINS =
  /^(?:gmail|googlemail|yahoo|ymail|outlook|hotmail|live|msn|icloud|me|aol|proton|protonmail)\./i;

/** The institution guessed from an address domain ("med.example.edu"), or undefined for personal mail. */
export function institutionFromEmail(email: string): string | undefined {
  const domain = email.split('@')[1]?.toLowerCase();
  return domain && !PERSONAL_DOMAINS.test(domain) ? domain : undefined;
}

/**
 * Records a cold email as outreach (never its body); the purpose defaults to the last one used. The same
 * recipient on the same sent date is the same outreach: the stored record comes back with `added: false`.
 */
export async function logOutreachFromCompose(
  message: LogOutreach,
  today = new Date(),
): Promise<{ outreach: Outreach; added: boolean }> {
  const settings = await getSettings();
  const purpose = message.purpose ?? settings.lastOutreachPurpose;
  const result = await addOutreachOnce({
    contactName: message.recipientName?.trim() || message.recipientEmail,
    email: message.recipientEmail,
    subject: message.subject?.trim() || undefined,
    institution: message.institution?.trim() || institutionFromEmail(message.recipientEmail),
    purpose,
    sentDate: todayIso(today),
  });
  if (result.added && purpose !== settings.lastOutreachPurpose) await updateSettings({ lastOutreachPurpose: purpose });
  return result;
}

/**
 * The background's answer to "Log as outreach": refused while sample data is loaded, so the user's real
 * emails are never mixed into the example applicant (they would be deleted with it), and answered
 * "already-logged" for an email to the same address already logged that day.
 */
export async function handleLogOutreach(message: LogOutreach, today = new Date()): Promise<Replies['log-outreach']> {
  if (await hasSampleData()) return { ok: false, error: 'sample-data' };
  const { outreach, added } = await logOutreachFromCompose(message, today);
  return added ? { ok: true, id: outreach.id } : { ok: false, error: 'already-logged', id: outreach.id };
}

/** Attaches the hints to webmail tabs that were open before an install, update or reload. */
export async function attachToOpenTabs(): Promise<number> {
  if (!browser.scripting) return 0; // Firefox MV2: pages get the script on their next load
  const tabs = await browser.tabs.query({ url: [...WEBMAIL_MATCHES] });
  let attached = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [WEBMAIL_SCRIPT_FILE] });
      attached++;
    } catch {
      // A tab that is still loading or not permitted gets the script from the manifest on its next load.
    }
  }
  return attached;
}
