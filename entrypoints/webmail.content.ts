import { WEBMAIL_MATCHES } from '@/lib/sites';

/** Compose bodies we know how to read. Site adapters with skip rules replace this list in the hints feature. */
const COMPOSE_SELECTOR = [
  'div[contenteditable="true"][g_editable="true"]',
  'div[contenteditable="true"][role="textbox"][aria-label^="Message body"]',
  '#editor-container [data-test-id="rte"]',
].join(',');

export default defineContentScript({
  matches: [...WEBMAIL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // The overlay lives outside the editor: an open shadow root on our own host element.
    const host = document.createElement('strongletter-overlay');
    host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483646;';
    const root = host.attachShadow({ mode: 'open' });
    const chip = document.createElement('div');
    chip.setAttribute('part', 'chip');
    root.append(chip);
    document.documentElement.append(host);

    const refresh = () => {
      const bodies = document.querySelectorAll(COMPOSE_SELECTOR);
      host.dataset.composeCount = String(bodies.length);
      chip.textContent = bodies.length ? `StrongLetter: watching ${bodies.length} draft(s)` : '';
    };
    refresh();
    const observer = new MutationObserver(() => refresh());
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      host.remove();
    });
  },
});
