import { type ComposeDetails, emailIn, looksLikeSignature, outermostWritable, type SiteAdapter } from './types';

/** True when a class ends in yahoo_quoted (Yahoo prefixes it with a random string). */
function isYahooQuote(el: Element): boolean {
  const list = el.classList;
  for (let i = 0; i < list.length; i++) if (list[i].endsWith('yahoo_quoted')) return true;
  return false;
}

/** Yahoo Mail's rich-text compose body. */
export const yahoo: SiteAdapter = {
  id: 'yahoo',
  findBodies: (root) =>
    outermostWritable(
      root.querySelectorAll('#editor-container [data-test-id="rte"], [data-test-id="rte"][contenteditable]'),
    ),
  // Yahoo's reply history is the *yahoo_quoted div itself (no blockquote inside), so the whole div is the quote.
  isSkipped: (el) => el.tagName === 'BLOCKQUOTE' || isYahooQuote(el) || looksLikeSignature(el),
  isHistoryStart: () => false,
  readCompose(body): ComposeDetails {
    const root = body.closest('[data-test-id="compose"], form, [role="main"]') ?? document;
    const pill = root.querySelector('[data-test-id="pill"], [data-test-id*="recipient"]');
    const recipientEmail = emailIn(pill?.getAttribute('title')) ?? emailIn(pill?.textContent);
    const subject = root.querySelector<HTMLInputElement>(
      '[data-test-id="compose-subject"], input[name="subject"]',
    )?.value;
    return { recipientEmail, subject: subject || undefined };
  },
};
