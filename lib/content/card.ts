import { CATEGORIES, type CustomPhrase, type Hint } from '@/lib/core/phrasing';
import { h } from './dom';
import type { ComposeSession, HintItem } from './session';

/** What the card's buttons do. */
export interface CardActions {
  apply(session: ComposeSession, item: HintItem): void;
  ignore(session: ComposeSession, item: HintItem): void;
  disableRule(session: ComposeSession, item: HintItem): void;
}

const categoryLabel = (id: string) => CATEGORIES.find((c) => c.id === id)?.label ?? 'Phrasing';

/**
 * The literal words to put in place of a hint: the analyzer's replacement, or for the user's own phrase
 * the suggestion they wrote for it (they chose those words themselves).
 */
export function replacementFor(hint: Hint, customPhrases: readonly CustomPhrase[]): string | undefined {
  if (hint.replacement) return hint.replacement;
  const custom = /^custom-(\d+)$/.exec(hint.ruleId);
  const suggestion = custom ? customPhrases[Number(custom[1])]?.suggestion?.trim() : undefined;
  return suggestion && suggestion.length <= 80 ? suggestion : undefined;
}

/** Keeps the case of the first letter the user typed ("Hardworking" → "Tireless"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** The hint card: category, why it reads weak, the stronger alternative and three actions. */
export class HintCard {
  readonly el: HTMLDivElement;
  current: { session: ComposeSession; item: HintItem } | null = null;
  private returnFocus: HTMLElement | null = null;
  /** Shown when the card opened because the caret stands in the hint (no underline element to focus). */
  private readonly keys = h('p', { class: 'note' }, 'Alt+Enter: go to these buttons. Esc: back to your text.');
  private restoring = false;

  constructor(
    root: ShadowRoot,
    private readonly actions: CardActions,
    private readonly customPhrases: () => readonly CustomPhrase[],
  ) {
    this.el = h('div', { class: 'card', role: 'dialog', 'aria-label': 'StrongLetter hint', hidden: true });
    this.el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.hide(true);
      }
    });
    root.append(this.el);
  }

  /** Shows the card under the hint; with focus, moves keyboard focus to its first action. */
  show(
    session: ComposeSession,
    item: HintItem,
    options: { focus?: boolean; returnTo?: HTMLElement; caret?: boolean } = {},
  ): void {
    if (this.restoring) return;
    if (this.current?.item.key !== item.key || this.current.session !== session) {
      this.current?.session.setActive(null);
      this.current = { session, item };
      this.render(session, item);
      session.setActive(item);
    }
    this.returnFocus = options.returnTo ?? null;
    this.keys.hidden = !options.caret;
    this.el.hidden = false;
    this.place();
    if (options.focus) this.el.querySelector('button')?.focus();
  }

  /** Hides the card, returning focus where it came from when asked. */
  hide(restoreFocus = false): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.current?.session.setActive(null);
    this.current = null;
    if (restoreFocus && this.returnFocus) {
      // Focusing the underline again must not reopen the card it just left.
      this.restoring = true;
      this.returnFocus.focus();
      this.restoring = false;
    }
    this.returnFocus = null;
  }

  private render(session: ComposeSession, item: HintItem): void {
    const { hint } = item;
    const run = (fn: (s: ComposeSession, i: HintItem) => void) => () => {
      this.hide();
      fn(session, item);
    };
    const literal = replacementFor(hint, this.customPhrases());
    const replacement = literal ? matchCase(item.text, literal) : undefined;
    this.el.dataset.severity = hint.severity;
    this.el.dataset.ruleId = hint.ruleId;
    this.el.replaceChildren();
    this.el.append(
      h('div', { class: 'cat' }, categoryLabel(hint.category)),
      h('p', { class: 'why' }, h('q', {}, item.text), ` ${hint.message}`),
      hint.suggestion ? h('p', { class: 'alt' }, 'Stronger: ', hint.suggestion) : '',
      h(
        'div',
        { class: 'actions' },
        replacement
          ? h(
              'button',
              { class: 'primary', 'data-action': 'apply', onclick: run(this.actions.apply) },
              `Use “${replacement}”`,
            )
          : null,
        h('button', { 'data-action': 'ignore', onclick: run(this.actions.ignore) }, 'Ignore here'),
        h('button', { 'data-action': 'disable', onclick: run(this.actions.disableRule) }, 'Turn off this rule'),
      ),
      this.keys,
    );
  }

  /** Keeps the card under its hint (or above it near the bottom of the window). */
  place(): void {
    const current = this.current;
    if (!current || this.el.hidden) return;
    const rects = current.session.rectsOf(current.item);
    const last = rects[rects.length - 1];
    if (!last) return;
    const width = Math.min(340, window.innerWidth - 16);
    const left = Math.max(8, Math.min(last.left, window.innerWidth - width - 8));
    const height = this.el.offsetHeight || 140;
    const below = last.bottom + 6;
    const top = below + height > window.innerHeight ? Math.max(8, rects[0].top - height - 6) : below;
    const css = `${left}px,${top}px`;
    if (this.placed === css) return;
    this.placed = css;
    this.el.style.left = `${left}px`;
    this.el.style.top = `${top}px`;
  }

  private placed = '';
}
