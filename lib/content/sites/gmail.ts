import { type ComposeDetails, firstRecipient, looksLikeSignature, outermostWritable, type SiteAdapter } from './types';

// Gmail's body is a contenteditable with g_editable=true; its aria-label is translated, so it is not used.
const BODY =
  '[g_editable="true"][contenteditable], .M9 [contenteditable][role="textbox"], .Am.editable[contenteditable]';
const COMPOSE_ROOT = '.M9, [role="dialog"], .ip, .aoI, form';

/** Gmail: new-message dialogs and inline replies, several at once. */
export const gmail: SiteAdapter = {
  id: 'gmail',
  findBodies: (root) => outermostWritable(root.querySelectorAll(BODY)),
  isSkipped: (el) =>
    el.tagName === 'BLOCKQUOTE' ||
    el.classList.contains('gmail_quote') ||
    el.classList.contains('gmail_extra') ||
    el.getAttribute('data-smartmail') === 'gmail_signature' ||
    looksLikeSignature(el),
  isHistoryStart: (el) => el.classList.contains('gmail_quote_container') || el.classList.contains('gmail_attr'),
  readCompose(body): ComposeDetails {
    const root = body.closest(COMPOSE_ROOT) ?? body.parentElement;
    const subject = root?.querySelector<HTMLInputElement>('input[name="subjectbox"], input[name="subject"]')?.value;
    return { ...firstRecipient(root), subject: subject || undefined };
  },
};
