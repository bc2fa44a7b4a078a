import { type OutreachPurpose, PURPOSES } from '@/lib/core/model/settings-values';
import { CATEGORIES, type KindOption, RULES } from '@/lib/core/phrasing';
import { uiText } from '@/lib/core/phrasing/text-source';
import type { StatusChip } from './chip';
import { h } from './dom';
import type { ComposeSession, HintItem } from './session';

/** What the panel's controls do. */
export interface PanelActions {
  openHint(session: ComposeSession, item: HintItem, from: HTMLElement): void;
  togglePause(): void;
  paused(): boolean;
  /** The purpose to preselect: the last one used. */
  purpose(): OutreachPurpose;
  logOutreach(session: ComposeSession, purpose: OutreachPurpose): Promise<string>;
}

const KINDS: KindOption[] = ['auto', 'letter', 'request', 'outreach'];
const KIND_NAMES: Record<string, string> = {
  letter: 'a letter',
  request: 'a letter request',
  outreach: 'a cold email',
  unknown: 'not sure yet',
};

/** The panel opened from a chip: hint list, request checklist, mode switch, pause and outreach logging. */
export class HintPanel {
  readonly el: HTMLDivElement;
  chip: StatusChip | null = null;
  /** The purpose picked while this panel is open; until then the last one used. */
  private purpose: OutreachPurpose | undefined;
  /** The compose whose outreach is being saved (its button stays disabled meanwhile). */
  private saving: ComposeSession | null = null;
  /** The control to focus at the next redraw (after a choice removed the control that had focus). */
  private focusNext: string | undefined;
  /** Kept across redraws, so a confirmation is not wiped by the next keystroke. */
  private readonly status = h('p', { class: 'note', 'aria-live': 'polite' });

  constructor(
    root: ShadowRoot,
    private readonly actions: PanelActions,
  ) {
    this.el = h('div', { class: 'panel', role: 'dialog', 'aria-label': 'StrongLetter hints', hidden: true });
    this.el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close(true);
      }
    });
    root.append(this.el);
  }

  /** Opens the panel for a chip, or closes it when it is already open there. */
  toggle(chip: StatusChip): void {
    if (this.chip === chip && !this.el.hidden) {
      this.close(false);
      return;
    }
    this.chip?.el.setAttribute('aria-expanded', 'false');
    if (this.chip?.session !== chip.session) {
      this.purpose = undefined;
      this.status.textContent = '';
    }
    this.chip = chip;
    chip.el.setAttribute('aria-expanded', 'true');
    this.el.hidden = false;
    this.render();
    this.el.querySelector<HTMLElement>('select, button')?.focus();
  }

  /** Closes the panel, returning focus to its chip when asked. */
  close(restoreFocus: boolean): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    this.chip?.el.setAttribute('aria-expanded', 'false');
    if (restoreFocus) this.chip?.el.focus();
    this.chip = null;
  }

  /** Redraws the open panel after the text or the settings changed. */
  refresh(session: ComposeSession): void {
    if (!this.el.hidden && this.chip?.session === session) this.render();
  }

  private render(): void {
    const chip = this.chip;
    if (!chip) return;
    const session = chip.session;
    const paused = this.actions.paused();
    // Keep keyboard focus on the same control across a redraw.
    const active = (this.el.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    const focused = this.focusNext ?? (active && this.el.contains(active) ? active.dataset.focusKey : undefined);
    this.focusNext = undefined;
    const select = h('select', { 'aria-label': 'Kind of email', 'data-focus-key': 'kind' });
    for (const value of KINDS) {
      select.append(h('option', { value, selected: value === session.kindOption }, uiText(`kind_${value}`)));
    }
    select.addEventListener('change', () => session.setKind(select.value as KindOption));
    const purpose = h('select', { 'aria-label': 'Purpose of the email', 'data-focus-key': 'purpose' });
    for (const value of PURPOSES) purpose.append(h('option', { value }, value[0].toUpperCase() + value.slice(1)));
    purpose.value = this.purpose ?? this.actions.purpose();
    purpose.addEventListener('change', () => {
      this.purpose = purpose.value as OutreachPurpose;
    });
    const log = h(
      'button',
      { 'data-action': 'log-outreach', 'data-focus-key': 'log', disabled: this.saving === session },
      'Log as outreach',
    );
    log.addEventListener('click', () => this.log(session, log, purpose.value as OutreachPurpose));
    this.el.replaceChildren();
    this.el.append(
      h('h2', {}, paused ? 'Hints paused on this page' : countText(session)),
      h('div', { class: 'row' }, h('label', {}, 'Mode '), select),
      h('p', { class: 'note' }, `Reads as ${KIND_NAMES[session.kind] ?? session.kind}.`),
      session.kind === 'unknown' && session.kindOption === 'auto' ? this.kindChoice(session) : '',
      checklist(session) ?? '',
      letterChecks(session) ?? '',
      hintList(session, (item, from) => this.actions.openHint(session, item, from)) ?? '',
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          { 'data-action': 'pause', 'data-focus-key': 'pause', onclick: () => this.actions.togglePause() },
          paused ? 'Resume hints' : 'Pause on this page',
        ),
      ),
      h('div', { class: 'row' }, purpose, log),
      this.status,
    );
    const last = chip.el.getBoundingClientRect();
    const height = this.el.offsetHeight;
    this.el.style.left = `${Math.max(8, Math.min(last.right - 340, window.innerWidth - 348))}px`;
    this.el.style.top = `${Math.max(8, last.top - height - 6)}px`;
    if (focused) this.focus(focused);
  }

  /** When the kind stays unknown: three buttons to say what the email is; the choice holds for this compose. */
  private kindChoice(session: ComposeSession): HTMLElement {
    const row = h('div', { class: 'row', role: 'group', 'aria-label': uiText('kind_choice_label') });
    row.append(h('span', {}, uiText('kind_choice')));
    for (const kind of ['letter', 'request', 'outreach'] as const) {
      const choose = () => {
        // The buttons go with the redraw; keep the keyboard on the mode switch, which now shows the choice.
        this.focusNext = 'kind';
        session.setKind(kind);
      };
      row.append(
        h(
          'button',
          { 'data-kind': kind, 'data-focus-key': `kind-${kind}`, onclick: choose },
          uiText(`kind_choice_${kind}`),
        ),
      );
    }
    return row;
  }

  private focus(key: string): void {
    this.el.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus();
  }

  /** Logs the compose as outreach once: the button is disabled until the background answers. */
  private log(session: ComposeSession, button: HTMLButtonElement, purpose: OutreachPurpose): void {
    if (this.saving) return;
    this.saving = session;
    button.disabled = true;
    this.status.textContent = 'Saving…';
    this.actions.logOutreach(session, purpose).then((text) => {
      this.saving = null;
      if (this.chip?.session !== session) return;
      // A disabled button loses focus: give it back unless the user has moved on (into the email, say).
      const lost = !document.activeElement || document.activeElement === document.body;
      this.status.textContent = text;
      this.render();
      if (lost) this.focus('log');
    });
  }
}

function countText(session: ComposeSession): string {
  const n = session.items.length + session.documentHints.length;
  return n === 0 ? 'No hints: this reads strong' : `${n} ${n === 1 ? 'hint' : 'hints'}`;
}

/** For a request or a cold email, what a strong one includes, ticked off from the analyzer's document hints. */
function checklist(session: ComposeSession): HTMLElement | null {
  if (session.kind !== 'request' && session.kind !== 'outreach') return null;
  const kind = session.kind;
  const missing = new Map(session.documentHints.map((hint) => [hint.ruleId, hint]));
  const rules = RULES.filter((rule) => rule.scope === 'document' && rule.kinds.includes(kind));
  const list = h('ul', { class: 'checklist', 'aria-label': 'Checklist' });
  for (const rule of rules) {
    const hint = missing.get(rule.id);
    list.append(
      h(
        'li',
        { class: `check ${hint ? 'miss' : 'ok'}`, 'data-rule-id': rule.id, 'data-done': hint ? 'false' : 'true' },
        hint ? `✗ ${rule.title}: ${hint.message}` : `✓ ${rule.title}`,
      ),
    );
  }
  // Whole-text hints from custom rules the registry does not list still deserve a line.
  for (const hint of session.documentHints) {
    if (!rules.some((r) => r.id === hint.ruleId)) {
      list.append(
        h('li', { class: 'check miss', 'data-rule-id': hint.ruleId, 'data-done': 'false' }, `✗ ${hint.message}`),
      );
    }
  }
  return list.children.length ? h('div', {}, h('h2', {}, 'Checklist'), list) : null;
}

/** For a letter, the whole-letter hints: what the letter lacks, why it matters and what to add. */
function letterChecks(session: ComposeSession): HTMLElement | null {
  if (session.kind !== 'letter' || session.documentHints.length === 0) return null;
  const list = h('ul', { class: 'checklist', 'aria-label': 'The letter as a whole' });
  for (const hint of session.documentHints) {
    const title = RULES.find((rule) => rule.id === hint.ruleId)?.title;
    list.append(
      h(
        'li',
        { class: 'check miss', 'data-rule-id': hint.ruleId, 'data-done': 'false' },
        `✗ ${title ? `${title}: ` : ''}${hint.message}`,
        hint.suggestion ? h('span', { class: 'alt' }, ` Stronger: ${hint.suggestion}`) : '',
      ),
    );
  }
  const heading = CATEGORIES.find((c) => c.id === 'whole-letter')?.label ?? 'The letter as a whole';
  return h('div', {}, h('h2', {}, heading), list);
}

function hintList(session: ComposeSession, open: (item: HintItem, from: HTMLElement) => void): HTMLElement | null {
  if (session.items.length === 0) return null;
  const list = h('ul', { 'aria-label': 'Hints' });
  for (const item of session.items) {
    const button = h(
      'button',
      { 'data-severity': item.hint.severity, 'data-rule-id': item.hint.ruleId, 'data-focus-key': `hint:${item.key}` },
      h('q', {}, item.text),
      ` — ${item.hint.message}`,
    );
    button.addEventListener('click', () => open(item, button));
    list.append(h('li', {}, button));
  }
  return list;
}
