import { h } from './dom';
import { OVERLAY_CSS } from './styles';

/** The page-level overlay: one `strongletter-overlay` host with an open shadow root, outside every editor. */
export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

/** Adds the overlay host to the page (never inside an editor). */
export function createOverlay(doc: Document = document): Overlay {
  const host = doc.createElement('strongletter-overlay');
  host.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483646;';
  const root = host.attachShadow({ mode: 'open' });
  root.append(h('style', {}, OVERLAY_CSS));
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}

/** One underline, measured: a hint's key, its look and the viewport rectangles of its lines. */
export interface UnderlineView {
  key: string;
  ruleId: string;
  severity: string;
  label: string;
  rects: DOMRect[];
}

type Box = [number, number, number, number];

/**
 * Draws underlines into a layer clipped to the editor's visible box, reusing the element of each
 * hint by key and touching only the styles that changed.
 */
export function renderUnderlines(
  layer: HTMLElement,
  clip: Box,
  views: readonly UnderlineView[],
  cache: Map<string, HTMLElement>,
  onFocus: (key: string, el: HTMLElement, enter: boolean) => void,
): void {
  setStyle(layer, 'left', `${clip[0]}px`);
  setStyle(layer, 'top', `${clip[1]}px`);
  setStyle(layer, 'width', `${clip[2] - clip[0]}px`);
  setStyle(layer, 'height', `${clip[3] - clip[1]}px`);
  const seen = new Set<string>();
  for (const view of views) {
    seen.add(view.key);
    let el = cache.get(view.key);
    if (!el) {
      el = h('div', {
        class: 'hint',
        tabindex: 0,
        role: 'button',
        'data-rule-id': view.ruleId,
        'data-severity': view.severity,
        'aria-label': view.label,
      });
      const key = view.key;
      const target = el;
      el.addEventListener('focus', () => onFocus(key, target, false));
      // Enter or Space on a focused underline moves into its card.
      el.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onFocus(key, target, true);
      });
      cache.set(view.key, el);
      layer.append(el);
    }
    const lines = el.children;
    let i = 0;
    for (const r of view.rects) {
      if (r.width === 0 && r.height === 0) continue;
      const line = ((lines[i] as HTMLElement | undefined) ?? el.appendChild(document.createElement('i'))) as Line;
      const css = `transform:translate(${r.left - clip[0]}px,${r.top - clip[1]}px);width:${r.width}px;height:${r.height}px`;
      // Write only what moved: most underlines stay put while the user types elsewhere.
      if (line.placed !== css) {
        line.placed = css;
        line.style.cssText = css;
      }
      i++;
    }
    while (lines.length > i) lines[lines.length - 1].remove();
  }
  for (const [key, el] of cache) {
    if (!seen.has(key)) {
      el.remove();
      cache.delete(key);
    }
  }
}

type Line = HTMLElement & { placed?: string };

function setStyle(el: HTMLElement, prop: 'left' | 'top' | 'width' | 'height', value: string): void {
  if (el.style[prop] !== value) el.style[prop] = value;
}
