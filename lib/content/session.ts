import type { Settings } from '@/lib/core/model/settings';
import { createIncrementalAnalyzer, type Hint, type Kind, type KindOption } from '@/lib/core/phrasing';
import { intersect } from './dom';
import type { Editor, Spot } from './editors';
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
  /** Viewport rectangles from the last layout. */
  rects: DOMRect[];
}

type Box = [number, number, number, number];

/** Characters of not-yet-analysed text per pass (about a thousand words: a few milliseconds). */
const NEW_TEXT_PER_PASS = 6000;
/** Below this many hints every one is measured; above it only those near the visible text. */
const CULL_FROM = 40;

/** What a compose session needs from the page-level controller. */
export interface SessionHost {
  root: ShadowRoot;
  prefs(): Settings;
  paused(): boolean;
  /** Asks for a layout (and an analysis when dirty) in the next frame. */
  schedule(session: ComposeSession): void;
  onFocusHint(session: ComposeSession, item: HintItem, anchor: HTMLElement, enter: boolean): void;
  onChanged(session: ComposeSession): void;
}

/** Hints for one compose body: reads its text, analyses changed paragraphs, draws underlines and the chip. */
export class ComposeSession {
  readonly layer: HTMLDivElement;
  readonly controller = new AbortController();
  items: HintItem[] = [];
  documentHints: Hint[] = [];
  kind: Kind | 'unknown' = 'unknown';
  kindOption: KindOption = 'auto';
  clip: Box | null = null;
  dirty = true;
  private readonly analyzer = createIncrementalAnalyzer();
  private readonly ignored = new Set<string>();
  private readonly elements = new Map<string, HTMLElement>();
  private clippers: Element[] = [];
  /** Paragraph texts already analysed under the current options (new text is analysed in slices). */
  private known = new Set<string>();
  private optionsKey = '';

  constructor(
    readonly editor: Editor,
    readonly adapter: SiteAdapter,
    private readonly host: SessionHost,
  ) {
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    host.root.append(this.layer);
    editor.watch(() => this.invalidate(), this.controller.signal);
    if (typeof ResizeObserver === 'function') {
      const resize = new ResizeObserver(() => host.schedule(this));
      resize.observe(editor.el);
      this.controller.signal.addEventListener('abort', () => resize.disconnect(), { once: true });
    }
  }

  /** Marks the text as changed; it is analysed again in the next frame. */
  invalidate(): void {
    this.dirty = true;
    this.host.schedule(this);
  }

  /**
   * Re-reads the text and analyses it; unchanged paragraphs come from the analyzer's cache. New text is
   * analysed a slice at a time (a pasted or opened long draft), so no frame runs long; the rest follows.
   */
  analyze(): void {
    this.dirty = false;
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
        items.push({ key: `${base}|${n}`, index, hint, text, paragraph, start: hint.start, end: hint.end, rects: [] });
      }
    });
    this.items = items;
    this.clippers = clippingAncestors(this.editor.el);
    this.host.onChanged(this);
    if (!complete) {
      this.dirty = true;
      this.host.schedule(this);
    }
  }

  /** Positions underlines from the current layout; hidden while paused or when the editor is off screen. */
  layout(): void {
    const box = this.editor.el.getBoundingClientRect();
    let clip: Box | null = [box.left, box.top, box.right, box.bottom];
    for (const el of this.clippers) {
      if (!clip) break;
      const r = el.getBoundingClientRect();
      clip = intersect(clip, [r.left, r.top, r.right, r.bottom]);
    }
    if (clip) clip = intersect(clip, [0, 0, window.innerWidth, window.innerHeight]);
    this.clip = clip;
    const show = clip !== null && !this.host.paused();
    this.layer.hidden = !show;
    if (!show || !clip) return;
    // Only hints near the visible part of the editor are measured and drawn.
    const near = this.nearby(clip);
    const rects = this.editor.measure(near);
    const views: UnderlineView[] = [];
    for (const item of this.items) item.rects = [];
    near.forEach((item, i) => {
      item.rects = rects[i] ?? [];
      views.push({
        key: item.key,
        ruleId: item.hint.ruleId,
        severity: item.hint.severity,
        label: `${item.text}: ${item.hint.message}`,
        rects: item.rects,
      });
    });
    renderUnderlines(this.layer, clip, views, this.elements, (key, el, enter) => {
      const item = this.items.find((x) => x.key === key);
      if (item) this.host.onFocusHint(this, item, el, enter);
    });
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

  /** The hint under a viewport point, if any. */
  hintAt(x: number, y: number): HintItem | undefined {
    const clip = this.clip;
    if (!clip || this.layer.hidden || x < clip[0] || x > clip[2] || y < clip[1] || y > clip[3]) return undefined;
    return this.items.find((item) =>
      item.rects.some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2),
    );
  }

  /** The underline element of a hint, for focus and highlighting. */
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
    this.invalidate();
  }

  /** Switches letter / request / outreach detection for this compose. */
  setKind(kind: KindOption): void {
    this.kindOption = kind;
    this.invalidate();
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
    this.layer.remove();
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
