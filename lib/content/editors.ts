import {
  extractHistory,
  extractParagraphs,
  extractPlainText,
  type Paragraph,
  plainTextHistory,
  rangeFor,
  type SkipRules,
} from './extract';

/** A span of a paragraph to measure or select. */
export interface Spot {
  paragraph: Paragraph;
  start: number;
  end: number;
}

/** Reads, measures and edits one compose body, whatever kind of element it is. */
export interface Editor {
  el: HTMLElement;
  /** The user's paragraphs, quotes and signature left out. */
  read(): Paragraph[];
  /** The quoted conversation under a reply (empty for a new message): read for context, never underlined. */
  history(): string;
  /** Viewport rectangles of each spot (one per line it wraps over); empty when the text is gone. */
  measure(spots: readonly Spot[]): DOMRect[][];
  /** Viewport box of a whole paragraph, for skipping the ones far off screen (contenteditable only). */
  boxOf?(paragraph: Paragraph): DOMRect | null;
  /** The exact text at a spot now, to check it has not changed since it was analysed. */
  textAt(spot: Spot): string | null;
  /** Selects a spot through the editor's own selection, ready for an edit the editor can undo. */
  select(spot: Spot): boolean;
  /** Calls onChange after every edit until signal aborts. */
  watch(onChange: () => void, signal: AbortSignal): void;
}

/** Editor for a contenteditable body (Gmail, Outlook, Yahoo, generic rich text). */
export function contentEditableEditor(el: HTMLElement, rules: SkipRules): Editor {
  return {
    el,
    read: () => extractParagraphs(el, rules),
    history: () => extractHistory(el, rules),
    measure: (spots) => spots.map((s) => [...(rangeFor(s.paragraph, s.start, s.end)?.getClientRects() ?? [])]),
    boxOf: (p) => rangeFor(p, 0, p.text.length)?.getBoundingClientRect() ?? null,
    textAt: (s) => rangeFor(s.paragraph, s.start, s.end)?.toString() ?? null,
    select(spot) {
      const range = rangeFor(spot.paragraph, spot.start, spot.end);
      const selection = el.ownerDocument.getSelection();
      if (!range || !selection) return false;
      el.focus({ preventScroll: true });
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    },
    watch(onChange, signal) {
      const observer = new MutationObserver(onChange);
      observer.observe(el, { childList: true, characterData: true, subtree: true });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    },
  };
}

const MIRRORED = [
  'boxSizing',
  'width',
  'height',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'letterSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'wordSpacing',
  'tabSize',
  'direction',
] as const;

/** Editor for a textarea: text positions come from an invisible mirror with the same metrics. */
export function textareaEditor(el: HTMLTextAreaElement, mirrorParent: () => Node): Editor {
  let mirror: HTMLDivElement | null = null;
  const offsetOf = (spot: Spot) => spot.paragraph.base;
  return {
    el,
    read: () => extractPlainText(el.value),
    history: () => plainTextHistory(el.value),
    measure(spots) {
      if (spots.length === 0) return [];
      mirror ??= document.createElement('div');
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const m = mirror.style;
      for (const prop of MIRRORED) m[prop] = style[prop];
      // A scrollbar narrows the textarea's text: the mirror's text must wrap at the same width.
      const scrollbar =
        el.offsetWidth - el.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      if (scrollbar > 0) {
        if (style.boxSizing === 'border-box') m.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
        else m.width = `${parseFloat(style.width) - scrollbar}px`;
      }
      Object.assign(m, {
        position: 'fixed',
        left: `${box.left}px`,
        top: `${box.top}px`,
        visibility: 'hidden',
        overflow: 'hidden',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word',
        pointerEvents: 'none',
      });
      const value = el.value;
      const sorted = spots.map((s, i) => ({ i, from: offsetOf(s) + s.start, to: offsetOf(s) + s.end }));
      sorted.sort((a, b) => a.from - b.from);
      mirror.textContent = '';
      const marks: HTMLSpanElement[] = [];
      let at = 0;
      for (const s of sorted) {
        if (s.from < at) continue; // overlapping hints share the first one's mark
        mirror.append(value.slice(at, s.from));
        const mark = document.createElement('span');
        mark.textContent = value.slice(s.from, s.to);
        mirror.append(mark);
        marks[s.i] = mark;
        at = s.to;
      }
      mirror.append(`${value.slice(at)}\n`);
      if (!mirror.isConnected) mirrorParent().appendChild(mirror);
      mirror.scrollTop = el.scrollTop;
      mirror.scrollLeft = el.scrollLeft;
      const rects = spots.map((_, i) => (marks[i] ? [...marks[i].getClientRects()] : []));
      mirror.textContent = '';
      return rects;
    },
    textAt: (s) => el.value.slice(offsetOf(s) + s.start, offsetOf(s) + s.end),
    select(spot) {
      el.focus({ preventScroll: true });
      el.setSelectionRange(offsetOf(spot) + spot.start, offsetOf(spot) + spot.end);
      return true;
    },
    watch(onChange, signal) {
      el.addEventListener('input', onChange, { signal });
      signal.addEventListener('abort', () => mirror?.remove(), { once: true });
    },
  };
}

/** Replaces the selection through the editor's own editing path, so Ctrl+Z undoes it and the site sees the edit. */
export function insertText(el: HTMLElement, text: string): boolean {
  const doc = el.ownerDocument;
  if (doc.execCommand('insertText', false, text)) return true;
  // Editors that refuse execCommand take a beforeinput they can handle themselves.
  const event = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  if (!el.dispatchEvent(event)) return true;
  if (el instanceof HTMLTextAreaElement) {
    el.setRangeText(text, el.selectionStart, el.selectionEnd, 'end');
    el.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true }));
    return true;
  }
  return false;
}

/**
 * Inserts text where the caret was in a compose body (at its start when the caret was elsewhere), through the
 * editor's own editing path so Ctrl+Z takes it out again.
 */
export function insertAtCaret(el: HTMLElement, text: string): boolean {
  if (!el.isConnected) return false;
  el.focus({ preventScroll: true });
  if (!(el instanceof HTMLTextAreaElement)) {
    const selection = el.ownerDocument.getSelection();
    if (!selection) return false;
    if (!selection.rangeCount || !el.contains(selection.getRangeAt(0).startContainer)) {
      selection.collapse(el, 0);
    }
  }
  return insertText(el, text);
}
