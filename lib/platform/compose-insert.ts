/**
 * "Insert into email" from the popup's request kit: finds the webmail tab the user is writing in and asks its
 * content script to put the text at the caret of the compose they last worked in. The text goes from the
 * popup to that tab and nowhere else.
 */
import { browser } from 'wxt/browser';
import { siteLabel, WEBMAIL_MATCHES } from '@/lib/core/sites';
import { type InsertReply, sendToTab } from './protocol';
import { getSettings } from './settings-store';
import { originPattern } from './sites-registration';

/** Splits a template's "Subject: …" first line from its body. */
export function splitSubject(text: string): { subject?: string; body: string } {
  const match = /^Subject: (.*)\n\n?/.exec(text);
  return match ? { subject: match[1], body: text.slice(match[0].length) } : { body: text };
}

/** The order to try tabs in: the one in front first, then the most recently used. */
export function tabOrder<T extends { active?: boolean; lastAccessed?: number }>(tabs: readonly T[]): T[] {
  return [...tabs].sort(
    (a, b) => Number(b.active ?? false) - Number(a.active ?? false) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
  );
}

/**
 * Inserts a kit template into an open compose window. Returns what to tell the user: where it went (and the
 * subject line to use), or why it could not be inserted.
 */
export async function insertIntoCompose(text: string): Promise<{ ok: boolean; message: string }> {
  const { subject, body } = splitSubject(text);
  const { customSites } = await getSettings();
  const tabs = await browser.tabs.query({ url: [...WEBMAIL_MATCHES, ...customSites.map(originPattern)] });
  let webmailOpen = false;
  for (const tab of tabOrder(tabs)) {
    if (tab.id === undefined) continue;
    let reply: InsertReply | undefined;
    try {
      reply = await sendToTab(tab.id, { type: 'insert-text', text: body });
    } catch {
      continue; // a tab without the hints (opened before install, or hints off there)
    }
    webmailOpen = true;
    if (reply?.ok) {
      const where = siteLabel(reply.site) ?? 'the compose window';
      const then = subject ? ` Subject line to use: "${subject}".` : '';
      return {
        ok: true,
        message: `Inserted into your ${where} draft at the cursor; Ctrl+Z there takes it out.${then}`,
      };
    }
    // This tab has composes: the answer is about them, never a reason to write into another tab.
    if (reply?.reason === 'choose')
      return { ok: false, message: 'Several emails are open: click into the one you want, then insert again.' };
    if (reply?.reason === 'failed')
      return {
        ok: false,
        message: 'That editor did not take the text; copy it and paste it instead. Nothing was changed.',
      };
  }
  return {
    ok: false,
    message: webmailOpen
      ? 'No open compose window found: start an email or a reply (with hints on for that site), then insert again.'
      : 'Open Gmail, Outlook or Yahoo Mail with a compose window (hints on), then insert again. Or copy the text.',
  };
}
