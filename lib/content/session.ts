import type { Settings } from '@/lib/core/model/settings';
import { createIncrementalAnalyzer, type Hint, type Kind, type KindOption } from '@/lib/core/phrasing';
import { intersect } from './dom';
import type { Editor, Spot } from './editors';
import { boundsFor, rangeFor } from './extract';
import type { HighlightLayer } from './highlights';
import { renderUnderlines, type UnderlineView } from './overlay';
import type { ComposeDetails, SiteAdapter } from './sites';

/** A span hint found in the user's text, with where it sits. */
export interface HintItem extends Spot {
  key: string;
  /** Index of the paragraph in the last reading. */
  index: number;
  hint: Hint;
  /** The words the hint covers, as analysed. */
  text: string;
  /** Viewport rectangles from the last overlay layout (the overlay fallback only). */
  rects: DOMRect[];
  /** The live range the browser underlines (highlight painting only): it moves with the text by itself. */
  range: Range | null;
}

type Box = [number, number, number, number];

/** Characters of not-yet-analysed text per pass (about a thousand words: a few milliseconds). */
const NEW_TEXT_PER_PASS = 6000;
/**
 * Rich text is analysed once the user pauses typing this long (ms), or at least every TYPING_MAX_WAIT ms while
 * they type on without a pause (one keystroke in thirty at ten keys a second): not on every keystroke.
 * Underlines already drawn keep their place meanwhile (their ranges follow the edits), and the words being
 * typed are not flagged mid-word.
 */
export const TYPING_PAUSE = 250;
const TYPING_MAX_WAIT = 3000;
/** Below this many hints every one is measured; above it only those near the visible text. */
const CULL_FROM = 40;

/** What a compose session needs from the page-level controller. */
export interface SessionHost {
  root: ShadowRoot;
  /** The page's custom highlights, where the browser has them; otherwise underlines are overlay elements. */
  highlights: HighlightLayer | null;
  prefs(): Settings;
  paused(): boolean;
  /** Asks for a layout (and an analysis when dirty) in the next frame. */
  schedule(session: ComposeSession): void;
  onFocusHint(session: ComposeSession, item: HintItem, anchor: HTMLElement, enter: boolean): void;
  onChanged(session: ComposeSession): void;
  /** The user edited the text of this compose. */
  onEdited(session: ComposeSession): void;
}

/**
 * Hints for one compose body: reads its text, analyses changed paragraphs and underlines them. A rich-text
 * body gets browser-painted highlights where the API exists (nothing to measure while the user types); a
 * textarea, or a browser without the API, gets overlay elements measured near the visible text.
 */
export class ComposeSession {
  /** The overlay layer of underline elements (the fallback only). */
  readonly layer: HTMLDivElement | null = null;
  readonly controller = new AbortController();
  items: HintItem[] = [];
  documentHints: Hint[] = [];
  kind: Kind | 'unknown' = 'unknown';
  kindOption: KindOption = 'auto';
  clip: Box | null = null;
  /** The text changed since the last analysis. */
  dirty = true;
  private analyzedAt = Number.NEGATIVE_INFINITY;
  private editedAt = Number.NEGATIVE_INFINITY;
  private timer = 0;
  /** Paragraphs came on or went off screen: the highlighted ranges follow at the next frame. */
  resync = false;
  /** The editor may have moved or changed size since the last layout (scroll, resize, zoom). */
  moved = true;
  private readonly highlights: HighlightLayer | null;
  private shown = true;
  private views: UnderlineView[] = [];
  /** Ranges in the page's highlights now, with their hints: only those of paragraphs on or near the screen. */
  private readonly registered = new Map<Range, HintItem>();
  /** Paragraph elements on or near the screen, as the intersection observer last reported. */
  private readonly visible = new Set<Element>();
  private readonly blocks = new Map<Range, Element | null>();
  private visibility: IntersectionObserver | null = null;
  private readonly observed = new Set<Element>();
  private readonly analyzer = createIncrementalAnalyzer();
  private readonly ignored = new Set<string>();
  private readonly elements = new Map<string, HTMLElement>();
  private clippers: Element[] | null = null;
  /** Paragraph texts already analysed under the current options (new text is analysed in slices). */
  private known = new Set<string>();
  private optionsKey = '';

  constructor(
    readonly editor: Editor,
    readonly adapter: SiteAdapter,
    private readonly host: SessionHost,
  ) {
    this.highlights = editor.boxOf ? host.highlights : null;
    if (this.highlights && typeof IntersectionObserver === 'function') {
      // Only the paragraphs on or near the screen are highlighted: the browser then re-marks and repaints
      // little after each keystroke, however long the draft.
      const root = scrollRoot(editor.el);
      this.visibility = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) this.visible.add(entry.target);
            else this.visible.delete(entry.target);
          }
          this.host.schedule(this);
          this.resync = true;
        },
        { root, rootMargin: '40px 0px' },
      );
    }
    if (!this.highlights) {
      this.layer = document.createElement('div');
      this.layer.className = 'layer';
      host.root.append(this.layer);
    }
    editor.watch(() => this.edited(), this.controller.signal);
    if (typeof ResizeObserver === 'function') {
      const resize = new ResizeObserver(() => {
        this.clippers = null;
        this.relayout();
      });
      resize.observe(editor.el);
      this.controller.signal.addEventListener('abort', () => resize.disconnect(), { once: true });
    }
  }

  /** Marks the text as changed; it is analysed again in the next frame, or once typing pauses. */
  invalidate(): void {
    this.dirty = true;
    // Overlay underlines below the edit move with the text; highlights move by themselves.
    if (!this.highlights) this.moved = true;
    if (this.due()) this.host.schedule(this);
    else this.wake();
  }

  /** Asks for a new layout (after a scroll, resize or zoom) in the next frame. */
  relayout(): void {
    this.moved = true;
    this.host.schedule(this);
  }

  /**
   * The user edited the text (the editor's watcher calls this on every change). With highlights this only notes
   * it: the underlines follow the text by themselves, and the page's one typing-pause timer (the host's) asks for
   * the analysis once the user pauses. Overlay underlines are placed again in the next frame.
   */
  edited(): void {
    this.editedAt = performance.now();
    this.dirty = true;
    if (!this.highlights) {
      this.moved = true;
      this.host.schedule(this);
    }
    this.host.onEdited(this);
  }

  /** Analyses now, whatever the typing pause (settings, ignore, kind: the user expects to see it at once). */
  refresh(): void {
    this.analyzedAt = Number.NEGATIVE_INFINITY;
    this.editedAt = Number.NEGATIVE_INFINITY;
    this.invalidate();
  }

  /**
   * True when the text may be analysed now: highlights wait for a pause in typing (or TYPING_MAX_WAIT);
   * overlay underlines are placed from the analysed offsets, so they need every edit analysed.
   */
  due(): boolean {
    return this.dueIn() <= 0;
  }

  /** Comes back when the text is due (after a due() that said no, outside typing: settings, ignore, kind). */
  wake(): void {
    if (this.timer) return;
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.host.schedule(this);
    }, this.dueIn());
  }

  /** Milliseconds until the text may be analysed (0 or less: now). */
  dueIn(): number {
    if (!this.highlights) return 0;
    const now = performance.now();
    return Math.min(this.editedAt + TYPING_PAUSE - now, this.analyzedAt + TYPING_MAX_WAIT - now);
  }

  /**
   * Re-reads the text and analyses it; unchanged paragraphs come from the analyzer's cache. New text is
   * analysed a slice at a time (a pasted or opened long draft), so no frame runs long; the rest follows.
   */
  analyze(): void {
    this.dirty = false;
    this.analyzedAt = performance.now();
    const prefs = this.host.prefs();
    const options = { kind: this.kindOption, disabledRules: prefs.disabledRules, customPhrases: prefs.customPhrases };
    const optionsKey = JSON.stringify(options);
    // The quoted conversation tells whether the writer already agreed (then this is no first request).
    const history = this.editor.history();
    if (optionsKey !== this.optionsKey) {
      this.optionsKey = optionsKey;
      this.known = new Set();
    }
    const paragraphs = this.editor.read();
    let budget = NEW_TEXT_PER_PASS;
    let complete = true;
    const texts = paragraphs.map((p) => {
      if (this.known.has(p.text)) return p.text;
      if (budget <= 0) {
        complete = false;
        return '';
      }
      budget -= p.text.length;
      return p.text;
    });
    const result = this.analyzer.analyzeParagraphs(texts, { ...options, history });
    this.known = new Set(texts);
    this.kind = result.kind;
    if (complete) this.documentHints = result.document;
    const seen = new Map<string, number>();
    const items: HintItem[] = [];
    result.paragraphs.forEach((hints, index) => {
      const paragraph = paragraphs[index];
      for (const hint of hints) {
        const text = paragraph.text.slice(hint.start, hint.end);
        const base = `${hint.ruleId}|${text.toLowerCase()}`;
        if (this.ignored.has(base)) continue;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const item = { key: `${base}|${n}`, index, hint, text, paragraph, start: hint.start, end: hint.end };
        items.push({ ...item, rects: [], range: null });
      }
    });
    if (this.highlights) this.paint(this.items, items);
    else this.items = items;
    this.host.onChanged(this);
    if (!complete) {
      // The rest of a long draft (pasted, or opened) is analysed a slice at a time when the page is idle.
      this.dirty = true;
      this.analyzedAt = Number.NEGATIVE_INFINITY;
      const next = () => this.host.schedule(this);
      if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 200 });
      else window.setTimeout(next, 20);
    }
  }

  /**
   * Gives each hint its live range, reusing the previous one where the hint is still at the same place (live
   * ranges follow edits), so the browser repaints only what changed.
   */
  private paint(previous: readonly HintItem[], next: HintItem[]): void {
    const byNode = new Map<Node, HintItem[]>();
    for (const item of previous) {
      if (!item.range) continue;
      const list = byNode.get(item.range.startContainer);
      if (list) list.push(item);
      else byNode.set(item.range.startContainer, [item]);
    }
    const kept = new Set<Range>();
    for (const item of next) {
      const bounds = boundsFor(item.paragraph, item.start, item.end);
      if (!bounds) continue;
      const same = byNode
        .get(bounds[0])
        ?.find(
          ({ range, hint }) =>
            range &&
            !kept.has(range) &&
            hint.ruleId === item.hint.ruleId &&
            hint.severity === item.hint.severity &&
            range.startOffset === bounds[1] &&
            range.endContainer === bounds[2] &&
            range.endOffset === bounds[3],
        );
      if (same?.range) {
        item.range = same.range;
        kept.add(same.range);
        continue;
      }
      const range = document.createRange();
      range.setStart(bounds[0], bounds[1]);
      range.setEnd(bounds[2], bounds[3]);
      item.range = range;
      this.blocks.set(range, blockOf(bounds[0], this.editor.el));
    }
    for (const { range } of previous) if (range && !kept.has(range)) this.blocks.delete(range);
    this.items = next;
    this.sync();
  }

  /**
   * Puts in the page's highlights exactly the ranges to show: none while paused, else those in paragraphs on
   * or near the screen (all of them where there is no IntersectionObserver). Paragraphs are observed as needed.
   */
  sync(): void {
    this.resync = false;
    const layer = this.highlights;
    if (!layer) return;
    const want = new Map<Range, HintItem>();
    const blocks = new Set<Element>();
    for (const item of this.items) {
      const range = item.range;
      if (!range) continue;
      const block = this.blocks.get(range) ?? null;
      if (block) blocks.add(block);
      if (this.shown && (!this.visibility || !block || this.visible.has(block))) want.set(range, item);
    }
    for (const [range, { hint }] of this.registered) {
      if (want.has(range)) continue;
      layer.delete(hint.severity, hint.ruleId, range);
      this.registered.delete(range);
    }
    for (const [range, item] of want) {
      if (this.registered.has(range)) continue;
      layer.add(item.hint.severity, item.hint.ruleId, range);
      this.registered.set(range, item);
    }
    if (!this.visibility) return;
    for (const el of this.observed) {
      if (blocks.has(el)) continue;
      this.visibility.unobserve(el);
      this.observed.delete(el);
      this.visible.delete(el);
    }
    for (const el of blocks) {
      if (this.observed.has(el)) continue;
      this.visibility.observe(el);
      this.observed.add(el);
    }
  }

  /** Shows or hides this compose's highlights (paused). */
  private show(shown: boolean): void {
    if (shown === this.shown || !this.highlights) return;
    this.shown = shown;
    this.sync();
  }

  /**
   * Reads the layout: the visible box of the editor and, for overlay underlines, the rectangles of the hints
   * near it. No writes, so several compose bodies are all measured before anything is drawn.
   */
  measure(): void {
    this.moved = false;
    const box = this.editor.el.getBoundingClientRect();
    let clip: Box | null = [box.left, box.top, box.right, box.bottom];
    this.clippers ??= clippingAncestors(this.editor.el);
    for (const el of this.clippers) {
      if (!clip) break;
      const r = el.getBoundingClientRect();
      clip = intersect(clip, [r.left, r.top, r.right, r.bottom]);
    }
    if (clip) clip = intersect(clip, [0, 0, window.innerWidth, window.innerHeight]);
    this.clip = clip;
    this.views = [];
    if (!this.layer || !clip || this.host.paused()) return;
    // Only hints near the visible part of the editor are measured and drawn.
    const near = this.nearby(clip);
    const rects = this.editor.measure(near);
    for (const item of this.items) item.rects = [];
    near.forEach((item, i) => {
      item.rects = rects[i] ?? [];
      this.views.push({
        key: item.key,
        ruleId: item.hint.ruleId,
        severity: item.hint.severity,
        label: `${item.text}: ${item.hint.message}`,
        rects: item.rects,
      });
    });
  }

  /** Writes what measure() found: overlay underlines, or highlights shown or hidden. */
  draw(): void {
    const show = !this.host.paused();
    if (!this.layer) {
      this.show(show);
      return;
    }
    const clip = this.clip;
    this.layer.hidden = !show || !clip;
    if (this.layer.hidden || !clip) return;
    renderUnderlines(this.layer, clip, this.views, this.elements, (key, el, enter) => {
      const item = this.items.find((x) => x.key === key);
      if (item) this.host.onFocusHint(this, item, el, enter);
    });
  }

  /** Measures and draws at once (outside the frame loop: opening a hint from the panel). */
  layout(): void {
    this.measure();
    this.draw();
  }

  /**
   * Hints in paragraphs within a screen of the clip box. Paragraphs run top to bottom, so a binary search
   * over the paragraphs that hold hints finds the first one near the top with a few measurements.
   */
  private nearby(clip: Box): HintItem[] {
    const items = this.items;
    if (!this.editor.boxOf || items.length < CULL_FROM) return items;
    const margin = window.innerHeight;
    const top = clip[1] - margin;
    const bottom = clip[3] + margin;
    const starts: number[] = [];
    for (let i = 0; i < items.length; i++) if (i === 0 || items[i].index !== items[i - 1].index) starts.push(i);
    const box = (k: number) => this.editor.boxOf!(items[starts[k]].paragraph);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const b = box(mid);
      if (b && b.bottom < top) lo = mid + 1;
      else hi = mid;
    }
    const near: HintItem[] = [];
    for (let k = lo; k < starts.length; k++) {
      const b = box(k);
      if (b && b.top > bottom) break;
      const end = k + 1 < starts.length ? starts[k + 1] : items.length;
      for (let i = starts[k]; i < end; i++) near.push(items[i]);
    }
    return near;
  }

  /** Viewport rectangles of a hint's lines now (highlights) or at the last layout (overlay). */
  rectsOf(item: HintItem): DOMRect[] {
    if (!item.range) return item.rects;
    return [...item.range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  }

  /** The hint under a viewport point, if any. */
  hintAt(x: number, y: number): HintItem | undefined {
    const clip = this.clip;
    if (!clip || !this.shown || this.layer?.hidden || x < clip[0] || x > clip[2] || y < clip[1] || y > clip[3])
      return undefined;
    const within = (item: HintItem) =>
      this.rectsOf(item).some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2);
    if (!this.highlights) return this.items.find(within);
    // Highlights have no element to hit: find the text under the point, then the hint holding it.
    const at = textPointAt(x, y);
    if (!at) return undefined;
    return this.items.find((item) => item.range?.isPointInRange(at[0], at[1]) && within(item));
  }

  /** The hint the caret stands in (a collapsed selection inside or at the edge of its words), if any. */
  hintAtCaret(): HintItem | undefined {
    const el = this.editor.el;
    if (el instanceof HTMLTextAreaElement) {
      if (el.ownerDocument.activeElement !== el || el.selectionStart !== el.selectionEnd) return undefined;
      const at = el.selectionStart;
      return this.items.find((i) => at >= i.paragraph.base + i.start && at <= i.paragraph.base + i.end);
    }
    const selection = el.ownerDocument.getSelection();
    const node = selection?.anchorNode;
    if (!selection?.isCollapsed || !node || !el.contains(node)) return undefined;
    const offset = selection.anchorOffset;
    return this.items.find((item) =>
      (item.range ?? rangeFor(item.paragraph, item.start, item.end))?.isPointInRange(node, offset),
    );
  }

  /** Shades the hint whose card is open (or none). */
  setActive(item: HintItem | null): void {
    if (this.highlights) this.highlights.setActive(item?.range ?? null);
    else for (const [key, el] of this.elements) el.classList.toggle('on', key === item?.key);
  }

  /** The underline element of a hint, for focus (overlay underlines only). */
  elementOf(item: HintItem): HTMLElement | undefined {
    return this.elements.get(item.key);
  }

  /** Replaces a hint's words with its replacement through the editor's own editing path. */
  select(item: HintItem): boolean {
    if (this.editor.textAt(item) !== item.text) return false;
    return this.editor.select(item);
  }

  /** Hides this hint's words for the rest of this compose. */
  ignore(item: HintItem): void {
    this.ignored.add(`${item.hint.ruleId}|${item.text.toLowerCase()}`);
    this.refresh();
  }

  /** Switches letter / request / outreach detection for this compose. */
  setKind(kind: KindOption): void {
    this.kindOption = kind;
    this.refresh();
  }

  /** Recipient and subject for "Log as outreach". */
  details(): ComposeDetails {
    try {
      return this.adapter.readCompose(this.editor.el);
    } catch {
      return {};
    }
  }

  /** Removes the overlay and every observer and listener of this compose. */
  destroy(): void {
    this.controller.abort();
    clearTimeout(this.timer);
    this.show(false);
    this.visibility?.disconnect();
    this.highlights?.setActive(null);
    this.layer?.remove();
    this.elements.clear();
  }
}

/** Ancestors that clip the editor (scroll boxes), so underlines never show outside the visible text. */
function clippingAncestors(el: Element): Element[] {
  const found: Element[] = [];
  for (let node = el.parentElement; node && node !== document.documentElement; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') found.push(node);
  }
  return found;
}

/** The text node and offset under a viewport point, if the point is over text. */
function textPointAt(x: number, y: number): [Node, number] | null {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): CaretPosition | null };
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? [position.offsetNode, position.offset] : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? [range.startContainer, range.startOffset] : null;
}

/** The paragraph element holding a text node, or null when the text sits right in the editor. */
function blockOf(node: Node, editor: Element): Element | null {
  for (let el = node.parentElement; el && el !== editor; el = el.parentElement) {
    if (isBlock(el)) return el;
  }
  return null;
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'TD', 'TH', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** True for an element that lays out as a paragraph by its tag (no style read: that would force a layout). */
function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

/** The box that scrolls the editor's text: the editor itself, a scrolling ancestor, or null for the page. */
function scrollRoot(el: HTMLElement): Element | null {
  for (let node: HTMLElement | null = el; node && node !== document.body; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (/auto|scroll/.test(style.overflowY)) return node;
  }
  return null;
}
