import { type ComposeDetails, firstRecipient, looksLikeSignature, outermostWritable, type SiteAdapter } from './types';

// Gmail's body is a contenteditable with g_editable=true; its aria-label is translated, so it is not used.
const BODY =
  '[g_editable="true"][contenteditable], .M9 [contenteditable][role="textbox"], .Am.editable[contenteditable]';
const COMPOSE_ROOT = '.M9, [role="dialog"], .ip, .aoI, form';

/** Gmail: new-message dialogs and inline replies, several at once. */
export const gmail: SiteAdapter = {
  id: 'gmail',
  findBodies: (root) => outermostWritable(root.querySelectorAll(BODY)),
  // What is quoted is the blockquote, not the div.gmail_quote (or .gmail_quote_container) around it: a user who
  // answers inline writes between the quoted blockquotes, inside that div, and those answers are theirs.
  isSkipped: (el) =>
    el.tagName === 'BLOCKQUOTE' ||
    el.classList.contains('gmail_attr') ||
    el.getAttribute('data-smartmail') === 'gmail_signature' ||
    looksLikeSignature(el),
  isHistoryStart: () => false,
  // Gmail before 2018 wrote the "On … wrote:" line as bare text at the top of div.gmail_quote.
  isSkippedText: (node) => {
    const parent = node.parentElement;
    if (!parent?.classList.contains('gmail_quote') || parent.tagName === 'BLOCKQUOTE') return false;
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling)
      if (prev.nodeName === 'BLOCKQUOTE') return false;
    return true;
  },
  readCompose(body): ComposeDetails {
    const root = body.closest(COMPOSE_ROOT) ?? body.parentElement;
    const subject = root?.querySelector<HTMLInputElement>('input[name="subjectbox"], input[name="subject"]')?.value;
    return { ...firstRecipient(root), subject: subject || undefined };
  },
};
