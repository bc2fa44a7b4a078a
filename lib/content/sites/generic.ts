import { type ComposeDetails, looksLikeSignature, outermostWritable, type SiteAdapter } from './types';

// Any text box on a site the user enabled: textareas and contenteditable roots big enough to write in.
const CANDIDATES = 'textarea, [contenteditable]:not([contenteditable="false"])';
const MIN_HEIGHT = 40;

/** Any textarea or contenteditable on a site the user enabled in options. */
export const generic: SiteAdapter = {
  id: 'generic',
  findBodies: (root) =>
    outermostWritable(root.querySelectorAll(CANDIDATES)).filter((el) => {
      if (el.closest('strongletter-overlay')) return false;
      // A one-line box (search, subject) is not a message; hidden boxes are measured again later.
      return el.getBoundingClientRect().height >= MIN_HEIGHT || (el instanceof HTMLTextAreaElement && el.rows > 1);
    }),
  isSkipped: (el) => el.tagName === 'BLOCKQUOTE' || looksLikeSignature(el),
  isHistoryStart: () => false,
  readCompose: (): ComposeDetails => ({}),
};
