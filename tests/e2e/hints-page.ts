// Page helpers for the inline-hints end-to-end tests, in Chromium (Playwright) and Firefox (Puppeteer): what a user
// sees underlined, read from the browser-painted highlights (CSS.highlights, shared with the page) or, for the
// overlay fallback (textareas, and browsers that paint no highlight underline), from the overlay's shadow root.

/** What the helpers need of a page: Playwright's and Puppeteer's pages both evaluate a function with an argument. */
export interface Page {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface Underline {
  ruleId: string;
  severity: string;
  /** Centres of the underline's line boxes, in viewport coordinates. */
  centres: [number, number][];
  /** How it is drawn: a custom highlight or an overlay element. */
  kind: 'highlight' | 'overlay';
}

/** Every underline drawn now. */
export function underlines(page: Page): Promise<Underline[]> {
  return page.evaluate((_: null) => {
    const found: Underline[] = [];
    const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as [number, number];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry ?? []) {
      const match = /^strongletter-(error|warning|info)-(.+)$/.exec(name);
      if (!match) continue;
      for (const range of highlight) {
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        found.push({ ruleId: match[2], severity: match[1], centres: rects.map(centre), kind: 'highlight' });
      }
    }
    const root = document.querySelector('strongletter-overlay')?.shadowRoot;
    for (const el of root?.querySelectorAll<HTMLElement>('.layer:not([hidden]) [data-rule-id][data-severity]') ?? []) {
      found.push({
        ruleId: el.dataset.ruleId ?? '',
        severity: el.dataset.severity ?? '',
        centres: [...el.children].map((line) => centre(line.getBoundingClientRect())),
        kind: 'overlay',
      });
    }
    return found;
  }, null);
}

/** Underline centres that fall on an element matching one of the selectors (quotes, signatures). */
export async function centresOver(page: Page, selectors: string): Promise<string[]> {
  const centres = (await underlines(page)).flatMap((u) => u.centres);
  return page.evaluate(
    ([sel, points]) => {
      if (!sel) return [];
      const boxes = [...document.querySelectorAll(sel)].flatMap((el) => {
        // Text inside the element (its own line boxes), not the whole block, which may be wider.
        const range = document.createRange();
        range.selectNodeContents(el);
        return [...range.getClientRects()].map((r) => ({ el: el.outerHTML.slice(0, 60), r }));
      });
      const hits: string[] = [];
      for (const [x, y] of points) {
        for (const b of boxes) {
          if (x >= b.r.left && x <= b.r.right && y >= b.r.top && y <= b.r.bottom) hits.push(b.el);
        }
      }
      return hits;
    },
    [selectors, centres] as const,
  );
}

/** True when every underline centre lies inside one of the elements matching the selector. */
export async function allCentresInside(page: Page, selector: string): Promise<boolean> {
  const centres = (await underlines(page)).flatMap((u) => u.centres);
  return page.evaluate(
    ([sel, points]) =>
      points.every(([x, y]) =>
        [...document.querySelectorAll(sel)].some((b) => {
          const box = b.getBoundingClientRect();
          return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
        }),
      ),
    [selector, centres] as const,
  );
}

/** Text of the node under each underline centre (what the user sees underlined). */
export async function underlinedWords(page: Page): Promise<string[]> {
  const centres = (await underlines(page)).flatMap((u) => u.centres);
  return page.evaluate((points) => {
    const host = document.querySelector<HTMLElement>('strongletter-overlay');
    const words: string[] = [];
    if (host) host.style.visibility = 'hidden';
    for (const [x, y] of points) {
      const pos = document.caretPositionFromPoint?.(x, y);
      const node = pos?.offsetNode;
      words.push(node?.textContent ?? '');
    }
    if (host) host.style.visibility = '';
    return words;
  }, centres);
}

/**
 * The word under the middle of each underline, with its rule, read from the page itself (the overlay hidden while
 * it looks): what the user sees underlined. Works over contenteditable text and over a textarea's value.
 */
export async function wordsUnder(page: Page): Promise<{ ruleId: string; word: string }[]> {
  const points = (await underlines(page)).flatMap((u) => u.centres.map((c) => [u.ruleId, c] as const));
  return page.evaluate((marks) => {
    const host = document.querySelector<HTMLElement>('strongletter-overlay');
    const wordAt = (text: string, offset: number) => {
      let start = offset;
      let end = offset;
      while (start > 0 && /[\p{L}\p{N}'’-]/u.test(text[start - 1])) start--;
      while (end < text.length && /[\p{L}\p{N}'’-]/u.test(text[end])) end++;
      return text.slice(start, end);
    };
    const found: { ruleId: string; word: string }[] = [];
    if (host) host.style.visibility = 'hidden';
    for (const [ruleId, [x, y]] of marks) {
      const pos = document.caretPositionFromPoint?.(x, y);
      const node = pos?.offsetNode;
      const text =
        node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement
          ? node.value
          : node?.nodeType === Node.TEXT_NODE
            ? (node.textContent ?? '')
            : '';
      found.push({ ruleId, word: pos ? wordAt(text, pos.offset) : '' });
    }
    if (host) host.style.visibility = '';
    return found;
  }, points);
}

/** One underlined line checked against the text: what the underline covers, hit-tested at its two ends. */
export interface Placed {
  ruleId: string;
  kind: 'highlight' | 'overlay';
  /** The text between the caret positions at the line's left and right ends (what it is drawn under). */
  covered: string;
  /** The hinted words as the extension holds them (a highlight's range text; an overlay underline's label). */
  words: string;
  /** The line's middle is on screen, over its own text (not scrolled out of its box or covered). */
  visible: boolean;
}

/**
 * Every underline line (a highlight range's client rects, an overlay underline's line boxes), checked against the
 * page's text as laid out now: the caret positions just inside the line's left and right ends bound the text it
 * is drawn under (contenteditable text or a textarea's value). The overlay is hidden while it looks.
 */
export function placements(page: Page): Promise<Placed[]> {
  return page.evaluate((_: null) => {
    type Kind = 'highlight' | 'overlay';
    const lines: { ruleId: string; kind: Kind; words: string; rect: DOMRect; node: Node | null; clip?: DOMRect }[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry ?? []) {
      const match = /^strongletter-(?:error|warning|info)-(.+)$/.exec(name);
      if (!match) continue;
      for (const range of highlight) {
        for (const rect of range.getClientRects()) {
          if (rect.width > 0) {
            lines.push({
              ruleId: match[1],
              kind: 'highlight',
              words: range.toString(),
              rect,
              node: range.startContainer,
            });
          }
        }
      }
    }
    const host = document.querySelector<HTMLElement>('strongletter-overlay');
    for (const el of host?.shadowRoot?.querySelectorAll<HTMLElement>('.layer:not([hidden]) [data-rule-id]') ?? []) {
      const words = (el.getAttribute('aria-label') ?? '').split(': ')[0];
      // The layer clips its underlines to the editor's visible box.
      const clip = el.parentElement!.getBoundingClientRect();
      for (const line of el.children) {
        const rect = line.getBoundingClientRect();
        if (rect.width > 0)
          lines.push({ ruleId: el.dataset.ruleId ?? '', kind: 'overlay', words, rect, node: null, clip });
      }
    }
    const at = (x: number, y: number) => {
      const pos = document.caretPositionFromPoint(x, y);
      if (!pos) return null;
      const node = pos.offsetNode;
      const text =
        node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement
          ? node.value
          : node.nodeType === Node.TEXT_NODE
            ? ((node as Text).data ?? '')
            : '';
      return { node, text, offset: pos.offset };
    };
    if (host) host.style.visibility = 'hidden';
    const found = lines.map(({ ruleId, kind, words, rect, node, clip }) => {
      const y = rect.top + rect.height / 2;
      const x = rect.left + rect.width / 2;
      const onScreen = x >= 0 && y >= 0 && x <= innerWidth && y <= innerHeight;
      // A highlight shows where its text is not scrolled out of view; an overlay line inside its layer's clip.
      const visible =
        onScreen &&
        (clip
          ? x >= clip.left && x <= clip.right && y >= clip.top && y <= clip.bottom
          : !!node && !!document.elementFromPoint(x, y)?.contains(node));
      const start = at(rect.left + 1, y);
      const end = at(rect.right - 1, y);
      const covered = start && end && start.node === end.node ? start.text.slice(start.offset, end.offset) : '';
      return { ruleId, kind, words, covered, visible };
    });
    if (host) host.style.visibility = '';
    return found;
  }, null);
}
