// Page helpers for the inline-hints end-to-end tests, in Chromium (Playwright) and Firefox (Puppeteer): what a
// user sees in the overlay, read from its open shadow root.

/** What the helpers need of a page: Playwright's and Puppeteer's pages both evaluate a function with an argument. */
export interface Page {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface Underline {
  ruleId: string;
  severity: string;
  /** Centres of the underline's line boxes, in viewport coordinates. */
  centres: [number, number][];
}

/** Every underline drawn now. */
export function underlines(page: Page): Promise<Underline[]> {
  return page.evaluate((_: null) => {
    const root = document.querySelector('strongletter-overlay')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('.layer:not([hidden]) [data-rule-id][data-severity]')].map((el) => ({
      ruleId: el.dataset.ruleId ?? '',
      severity: el.dataset.severity ?? '',
      centres: [...el.children].map((line) => {
        const r = line.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2] as [number, number];
      }),
    }));
  }, null);
}

/** Underline centres that fall on an element matching one of the selectors (quotes, signatures). */
export function centresOver(page: Page, selectors: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector('strongletter-overlay')?.shadowRoot;
    if (!root || !sel) return [];
    const boxes = [...document.querySelectorAll(sel)].flatMap((el) => {
      // Text inside the element (its own line boxes), not the whole block, which may be wider.
      const range = document.createRange();
      range.selectNodeContents(el);
      return [...range.getClientRects()].map((r) => ({ el: el.outerHTML.slice(0, 60), r }));
    });
    const hits: string[] = [];
    for (const line of root.querySelectorAll<HTMLElement>('[data-rule-id] > i')) {
      const r = line.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      for (const b of boxes) {
        if (x >= b.r.left && x <= b.r.right && y >= b.r.top && y <= b.r.bottom) hits.push(b.el);
      }
    }
    return hits;
  }, selectors);
}

/** Text of the element under each underline centre (what the user sees underlined). */
export function underlinedWords(page: Page): Promise<string[]> {
  return page.evaluate((_: null) => {
    const root = document.querySelector('strongletter-overlay')?.shadowRoot;
    if (!root) return [];
    const host = document.querySelector<HTMLElement>('strongletter-overlay')!;
    const words: string[] = [];
    host.style.visibility = 'hidden';
    for (const line of root.querySelectorAll<HTMLElement>('.layer:not([hidden]) [data-rule-id] > i')) {
      const r = line.getBoundingClientRect();
      const pos = document.caretPositionFromPoint?.(r.left + r.width / 2, r.top + r.height / 2);
      const node = pos?.offsetNode;
      words.push(node?.nodeType === 3 ? (node.textContent ?? '') : (node?.textContent ?? ''));
    }
    host.style.visibility = '';
    return words;
  }, null);
}

/**
 * The word under the middle of each underline, with its rule, read from the page itself (the overlay hidden while
 * it looks): what the user sees underlined. Works over contenteditable text and over a textarea's value.
 */
export function wordsUnder(page: Page): Promise<{ ruleId: string; word: string }[]> {
  return page.evaluate((_: null) => {
    const host = document.querySelector<HTMLElement>('strongletter-overlay');
    const root = host?.shadowRoot;
    if (!host || !root) return [];
    const wordAt = (text: string, offset: number) => {
      let start = offset;
      let end = offset;
      while (start > 0 && /[\p{L}\p{N}'’-]/u.test(text[start - 1])) start--;
      while (end < text.length && /[\p{L}\p{N}'’-]/u.test(text[end])) end++;
      return text.slice(start, end);
    };
    const found: { ruleId: string; word: string }[] = [];
    host.style.visibility = 'hidden';
    for (const line of root.querySelectorAll<HTMLElement>('.layer:not([hidden]) [data-rule-id] > i')) {
      const r = line.getBoundingClientRect();
      const pos = document.caretPositionFromPoint?.(r.left + r.width / 2, r.top + r.height / 2);
      const node = pos?.offsetNode;
      const text =
        node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement
          ? node.value
          : node?.nodeType === Node.TEXT_NODE
            ? (node.textContent ?? '')
            : '';
      const ruleId = (line.parentElement as HTMLElement).dataset.ruleId ?? '';
      found.push({ ruleId, word: pos ? wordAt(text, pos.offset) : '' });
    }
    host.style.visibility = '';
    return found;
  }, null);
}
