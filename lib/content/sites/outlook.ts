import { type ComposeDetails, emailIn, looksLikeSignature, outermostWritable, type SiteAdapter } from './types';

// To and Cc are contenteditable textboxes too, and a message being read may carry a similar label
// without being editable: only a writable textbox labelled as the message body counts.
const CANDIDATES = '[contenteditable][role="textbox"], [contenteditable][aria-label]';
const BODY_LABEL = /^message body/i;
const FIELD_LABEL = /^(?:to|cc|bcc|from|subject)\b/i;
const HISTORY = /(?:^|_)(?:appendonsend|divRplyFwdMsg)$/;

/** Outlook on the web (work, school and personal accounts). */
export const outlook: SiteAdapter = {
  id: 'outlook',
  findBodies(root) {
    const candidates = [...root.querySelectorAll(CANDIDATES)];
    const labelled = outermostWritable(candidates.filter((el) => BODY_LABEL.test(el.getAttribute('aria-label') ?? '')));
    if (labelled.length) return labelled;
    // A translated label: take the multi-line textbox that holds the signature or reply history, or a tall one.
    return outermostWritable(
      candidates.filter(
        (el) =>
          el.getAttribute('role') === 'textbox' &&
          !FIELD_LABEL.test(el.getAttribute('aria-label') ?? '') &&
          (el.querySelector('[id$="Signature"], [id$="appendonsend"], [id$="divRplyFwdMsg"]') !== null ||
            (el.getAttribute('aria-multiline') === 'true' && el.getBoundingClientRect().height >= 60)),
      ),
    );
  },
  // Outlook's reply history is plain divs after the reply header (no blockquote around it): all of it is skipped.
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
