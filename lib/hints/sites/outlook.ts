import { type ComposeDetails, emailIn, looksLikeSignature, outermostWritable, type SiteAdapter } from './types';

const HOSTS = new Set(['outlook.office.com', 'outlook.live.com', 'outlook.office365.com']);
// To and Cc are contenteditable textboxes too, and a message being read may carry a similar label
// without being editable: only a writable textbox labelled as the message body counts.
const CANDIDATES = '[contenteditable][role="textbox"], [contenteditable][aria-label]';
const BODY_LABEL = /^message body/i;
const HISTORY = /(?:^|_)(?:appendonsend|divRplyFwdMsg)$/;

/** Outlook on the web (work, school and personal accounts). */
export const outlook: SiteAdapter = {
  id: 'outlook',
  matchesHost: (host) => HOSTS.has(host),
  findBodies: (root) =>
    outermostWritable(
      [...root.querySelectorAll(CANDIDATES)].filter((el) => BODY_LABEL.test(el.getAttribute('aria-label') ?? '')),
    ),
  isSkipped: (el) => el.tagName === 'BLOCKQUOTE' || looksLikeSignature(el) || /^Signature/.test(el.id),
  isHistoryStart: (el) => HISTORY.test(el.id),
  readCompose(body): ComposeDetails {
    const root = body.closest('[role="dialog"], [role="main"], form') ?? document;
    const to = root.querySelector('[aria-label^="To" i][contenteditable], [aria-label^="To" i]');
    const persona = to?.querySelector('[title*="@"], [aria-label*="@"]');
    const recipientEmail =
      emailIn(persona?.getAttribute('title')) ??
      emailIn(persona?.getAttribute('aria-label')) ??
      emailIn(to?.textContent);
    const subject = root.querySelector<HTMLInputElement>(
      'input[aria-label^="Subject" i], input[placeholder^="Add a subject" i]',
    )?.value;
    const name = persona?.textContent?.trim();
    return {
      recipientEmail,
      recipientName: name && name !== recipientEmail ? name : undefined,
      subject: subject || undefined,
    };
  },
};
