// Underlines painted by the browser itself with the CSS Custom Highlight API: one Highlight per rule, named
// after it, styled by ::highlight() rules. No elements and no positioning: the ranges move with the text, so
// scrolling, zooming, resizing and reflow need no work from us. Where the API is missing the overlay draws.

const PREFIX = 'strongletter-';
/** Name of the highlight behind the hint whose card is open. */
const ACTIVE = `${PREFIX}active`;
const COLORS: Record<string, string> = { error: '#d93025', warning: '#e37400', info: '#1a73e8' };

/**
 * True when this browser paints our underlines as custom highlights: Chromium 105+. Firefox ESR 140 has the
 * API but paints no text-decoration in ::highlight() (only colours), so Firefox keeps the overlay.
 */
export function highlightsSupported(): boolean {
  if (import.meta.env.FIREFOX) return false;
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && typeof CSS.highlights === 'object';
}

/** The highlight name of a rule at a severity, e.g. "strongletter-warning-faint-satisfactory". */
export function highlightName(severity: string, ruleId: string): string {
  return `${PREFIX}${severity}-${ruleId}`.replace(/[^\w-]/g, '_');
}

/** The page's highlights for hints: shared by every compose body on the page. */
export class HighlightLayer {
  private readonly styled = new Set<string>();
  private readonly sheet: CSSStyleSheet | null;
  private readonly style: HTMLStyleElement | null = null;
  private readonly active: Highlight;
  /** Ranges this instance added, by highlight name (another instance of the extension may share the names). */
  private readonly owned = new Map<Range, string>();

  constructor(private readonly doc: Document = document) {
    this.active = CSS.highlights.get(ACTIVE) ?? new Highlight();
    this.active.priority = 1;
    const rule = `::highlight(${ACTIVE}){background-color:rgba(227,116,0,.2)}`;
    // A constructed sheet leaves the page's DOM alone; where a content script cannot adopt one, a <style>.
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (!doc.adoptedStyleSheets.includes(sheet)) sheet = null;
    } catch {
      sheet = null;
    }
    if (!sheet) {
      this.style = doc.createElement('style');
      (doc.head ?? doc.documentElement).append(this.style);
      sheet = this.style.sheet;
    }
    this.sheet = sheet;
    this.sheet?.insertRule(rule);
    CSS.highlights.set(ACTIVE, this.active);
  }

  /** The highlight of one rule, registered (and styled) on first use. */
  private highlight(severity: string, ruleId: string): Highlight {
    const name = highlightName(severity, ruleId);
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      CSS.highlights.set(name, highlight);
    }
    if (!this.styled.has(name)) {
      this.styled.add(name);
      const color = COLORS[severity] ?? COLORS.info;
      this.sheet?.insertRule(
        `::highlight(${name}){text-decoration:underline solid ${color} 2px;text-underline-offset:2px}`,
        this.sheet.cssRules.length,
      );
    }
    return highlight;
  }

  /** Underlines a range. */
  add(severity: string, ruleId: string, range: Range): void {
    this.highlight(severity, ruleId).add(range);
    this.owned.set(range, highlightName(severity, ruleId));
  }

  /** Removes a range's underline. */
  delete(severity: string, ruleId: string, range: Range): void {
    CSS.highlights.get(highlightName(severity, ruleId))?.delete(range);
    this.owned.delete(range);
  }

  /** Shades the hint whose card is open (or none). */
  setActive(range: Range | null): void {
    if (range === this.shaded) return;
    if (this.shaded) this.active.delete(this.shaded);
    this.shaded = range;
    if (range) this.active.add(range);
  }

  private shaded: Range | null = null;

  /** Removes this instance's underlines (and highlights left empty) and its stylesheet. */
  remove(): void {
    this.setActive(null);
    for (const [range, name] of this.owned) {
      const highlight = CSS.highlights.get(name);
      highlight?.delete(range);
      if (highlight?.size === 0) CSS.highlights.delete(name);
    }
    this.owned.clear();
    if (this.style) this.style.remove();
    else if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
