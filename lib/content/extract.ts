// Reads the user's own text out of an editor as paragraphs, remembering which DOM text node
// each character came from, so a hint's offsets map back to a DOM Range.

/** A run of a paragraph's text that comes from one text node. */
export interface Segment {
  node: Text;
  /** Offset of the run in the paragraph text. */
  from: number;
  length: number;
}

/** One paragraph of the user's text. Contenteditable paragraphs carry segments; textarea ones a base offset. */
export interface Paragraph {
  text: string;
  segments: Segment[];
  /** Offset of the paragraph in a textarea's value. */
  base: number;
}

/** Which elements are not the user's text. */
export interface SkipRules {
  isSkipped(el: Element): boolean;
  isHistoryStart(el: Element): boolean;
  /** True for a text node that is not the user's although its element is (a bare "On … wrote:" line). */
  isSkippedText?(node: Text): boolean;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const IGNORED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'svg', 'SVG', 'IFRAME', 'OBJECT']);

/** A "-- " line starts a signature in plain-text email. */
export function isSignatureDelimiter(line: string): boolean {
  return /^--\s*$/.test(line.replace(/\u00a0/g, ' '));
}

/** A line starting with ">" is quoted text in plain-text email. */
export function isQuotedLine(line: string): boolean {
  return /^\s*>/.test(line);
}

/** Drops quoted lines and everything from a signature delimiter on. */
export function keepOwnText(paragraphs: Paragraph[]): Paragraph[] {
  const kept: Paragraph[] = [];
  for (const p of paragraphs) {
    if (isSignatureDelimiter(p.text)) break;
    if (!isQuotedLine(p.text)) kept.push(p);
  }
  return kept;
}

/** The user's paragraphs in a contenteditable body, skipping quotes, signatures and reply history. */
export function extractParagraphs(body: Element, rules: SkipRules): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph = { text: '', segments: [], base: 0 };
  let stopped = false;
  const flush = () => {
    if (current.text.length > 0) out.push(current);
    current = { text: '', segments: [], base: 0 };
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const node = child as Text;
        const length = node.data.length;
        if (length > 0 && !rules.isSkippedText?.(node)) {
          current.segments.push({ node, from: current.text.length, length });
          current.text += node.data;
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (rules.isHistoryStart(el)) {
        stopped = true;
        return;
      }
      const tag = el.tagName;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (IGNORED.has(tag)) continue;
      const block = BLOCK.has(tag);
      if (block) flush();
      if (rules.isSkipped(el)) {
        // Quoted text or a signature: its words must not join the paragraph around it.
        flush();
        continue;
      }
      walk(el);
      if (block) flush();
    }
  };
  walk(body);
  flush();
  return keepOwnText(out);
}

/** How much quoted conversation is read (the latest messages come first). */
const HISTORY_CHARS = 20_000;

/**
 * The conversation a contenteditable reply quotes: the text of its quotes and reply history, not the user's own
 * words. Read only to tell where the draft sits (the writer already agreed), never underlined.
 */
export function extractHistory(body: Element, rules: SkipRules): string {
  let out = '';
  let history = false;
  const walk = (parent: Node, quoted: boolean) => {
    for (let child = parent.firstChild; child && out.length < HISTORY_CHARS; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (quoted || history) out += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (!history && rules.isHistoryStart(el)) history = true;
      if (IGNORED.has(el.tagName)) continue;
      const inner = quoted || rules.isSkipped(el);
      if ((inner || history) && (el.tagName === 'BR' || BLOCK.has(el.tagName))) out += '\n';
      walk(el, inner);
    }
  };
  walk(body, false);
  return out;
}

/** The ">" lines of a plain-text value: the conversation it quotes. */
export function plainTextHistory(value: string): string {
  return value.split('\n').filter(isQuotedLine).join('\n').slice(0, HISTORY_CHARS);
}

/** The user's paragraphs (lines) in a plain-text value, skipping ">" quotes and the "-- " signature. */
export function extractPlainText(value: string): Paragraph[] {
  const out: Paragraph[] = [];
  let base = 0;
  for (const line of value.split('\n')) {
    if (line.length > 0) out.push({ text: line, segments: [], base });
    else out.push({ text: '', segments: [], base });
    base += line.length + 1;
  }
  return keepOwnText(out).filter((p) => p.text.length > 0);
}

/** The text nodes and offsets where [start, end) of a contenteditable paragraph begins and ends, or null when the text moved. */
export function boundsFor(paragraph: Paragraph, start: number, end: number): [Text, number, Text, number] | null {
  let startSeg: Segment | undefined;
  let endSeg: Segment | undefined;
  for (const seg of paragraph.segments) {
    if (!startSeg && start < seg.from + seg.length) startSeg = seg;
    if (end <= seg.from + seg.length) {
      endSeg = seg;
      break;
    }
  }
  if (!startSeg || !endSeg || !startSeg.node.isConnected || !endSeg.node.isConnected) return null;
  const startOffset = start - startSeg.from;
  const endOffset = end - endSeg.from;
  if (startOffset > startSeg.node.length || endOffset > endSeg.node.length) return null;
  return [startSeg.node, startOffset, endSeg.node, endOffset];
}

/** A DOM Range over [start, end) of a contenteditable paragraph, or null when the text moved. */
export function rangeFor(paragraph: Paragraph, start: number, end: number): Range | null {
  const bounds = boundsFor(paragraph, start, end);
  if (!bounds) return null;
  const range = document.createRange();
  range.setStart(bounds[0], bounds[1]);
  range.setEnd(bounds[2], bounds[3]);
  return range;
}
