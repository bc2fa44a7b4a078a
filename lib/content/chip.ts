import { h } from './dom';
import type { ComposeSession } from './session';

/** The status chip of one compose body: the hint count, opening the panel when clicked. */
export class StatusChip {
  readonly el: HTMLButtonElement;

  constructor(
    root: ShadowRoot,
    readonly session: ComposeSession,
    onOpen: (chip: StatusChip) => void,
  ) {
    this.el = h('button', { class: 'chip', type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' });
    this.el.addEventListener('click', () => onOpen(this));
    root.append(this.el);
    session.controller.signal.addEventListener('abort', () => this.el.remove(), { once: true });
  }

  /** Shows the current count (or "paused") and keeps the chip at the editor's bottom-right corner. Writes only. */
  update(paused: boolean): void {
    const count = this.session.items.length + this.session.documentHints.length;
    const clip = this.session.clip;
    // Anchored by its right edge (translate -100%), so placing it needs no measuring.
    const state = `${paused}|${count}|${clip?.[2]}|${clip?.[3]}`;
    if (state === this.state) return;
    this.state = state;
    this.el.textContent = paused ? 'paused' : String(count);
    this.el.dataset.count = String(count);
    this.el.classList.toggle('paused', paused);
    this.el.setAttribute(
      'aria-label',
      paused ? 'StrongLetter hints paused on this page' : `StrongLetter: ${count} ${count === 1 ? 'hint' : 'hints'}`,
    );
    this.el.hidden = !clip;
    if (!clip) return;
    this.el.style.left = `${clip[2] - 8}px`;
    this.el.style.top = `${Math.max(clip[1], clip[3] - 22 - 8)}px`;
  }

  private state = '';
}
