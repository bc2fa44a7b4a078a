import type { Settings } from '@/lib/core/model/settings';
import { DEFAULT_SETTINGS, type OutreachPurpose } from '@/lib/core/model/settings-values';
import { uiText } from '@/lib/core/phrasing/text-source';
import { customSiteCovers } from '@/lib/core/sites';
import { answerContentMessages, sendToBackground } from '@/lib/platform/protocol';
import { getSettings, watchSettings } from '@/lib/platform/settings-store';
import { type CardActions, HintCard, matchCase, replacementFor } from './card';
import { StatusChip } from './chip';
import { contentEditableEditor, type Editor, insertAtCaret, insertText, textareaEditor } from './editors';
import { HighlightLayer, highlightsSupported } from './highlights';
import { createOverlay, type Overlay } from './overlay';
import { HintPanel } from './panel';
import { ComposeSession, type HintItem, type SessionHost, TYPING_PAUSE } from './session';
import type { SiteAdapter } from './sites';

/** Runs one compose's step; a failure is logged and leaves the other compose bodies working. */
function guard(step: () => void): boolean {
  try {
    step();
    return true;
  } catch (error) {
    console.debug('StrongLetter: a compose could not be checked', error);
    return false;
  }
}

/** True when the user has hints on for this site: a webmail site switched on, or a custom site they added. */
export function siteEnabled(adapter: SiteAdapter, prefs: Settings, host: string): boolean {
  if (adapter.id !== 'generic') return prefs.sites[adapter.id] !== false;
  return prefs.customSites.some((entry) => customSiteCovers(entry, host));
}

/**
 * Runs the inline hints on this page until signal aborts: finds compose bodies with the site's adapter,
 * gives each a session, and removes everything it added when the compose closes or the extension goes away.
 */
export async function startHints(
  adapter: SiteAdapter,
  signal: AbortSignal,
  alive: () => boolean = () => true,
  host = location.hostname,
): Promise<void> {
  let prefs = DEFAULT_SETTINGS;
  let paused = false;
  let overlay: Overlay | null = null;
  // When the user last typed: the caret moving as they type does not open cards.
  let typedAt = 0;
  let highlights: HighlightLayer | null = null;
  let card: HintCard | null = null;
  let panel: HintPanel | null = null;
  const sessions = new Map<HTMLElement, { session: ComposeSession; chip: StatusChip }>();
  const pending = new Set<ComposeSession>();
  let frame = 0;
  let scanQueued = false;
  // The compose the user last worked in: where the popup's "Insert into email" puts its text.
  let lastUsed: HTMLElement | null = null;

  // One frame: every read first (analysis, then layout of what moved), then every write, so the page lays out
  // once. Highlights need no layout while the user types: only overlay underlines and a scroll or resize do.
  const runFrame = () => {
    frame = 0;
    // After an extension reload the old instance learns it is orphaned here and removes its UI.
    if (signal.aborted || !alive()) return;
    const batch = [...pending].filter((session) => sessions.has(session.editor.el));
    pending.clear();
    const ok = batch.filter((session) =>
      guard(() => {
        if (session.dirty && session.due()) session.analyze();
        else if (session.dirty) session.wake();
        if (session.resync) session.sync();
        if (session.moved) session.measure();
      }),
    );
    for (const session of ok) {
      guard(() => {
        session.draw();
        sessions.get(session.editor.el)?.chip.update(paused);
      });
    }
    card?.place();
  };
  // Looking for new or closed compose windows waits for idle time (at most a few hundred ms).
  let scanHandle = 0;
  const queueScan = () => {
    if (scanQueued || signal.aborted) return;
    scanQueued = true;
    const run = () => {
      scanHandle = 0;
      if (!signal.aborted && alive()) scan();
    };
    scanHandle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(run, { timeout: 300 })
        : window.setTimeout(run, 50);
  };
  const requestFrame = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(runFrame);
  };
  function sessionHostSchedule(session: ComposeSession) {
    pending.add(session);
    requestFrame();
  }
  const scheduleAll = () => {
    for (const { session } of sessions.values()) session.relayout();
  };

  const ensureOverlay = (): Overlay => {
    if (overlay) return overlay;
    overlay = createOverlay();
    if (highlightsSupported()) highlights = new HighlightLayer();
    const root = overlay.root;
    card = new HintCard(root, cardActions, () => prefs.customPhrases);
    panel = new HintPanel(root, {
      openHint: (session, item, from) => openCard(session, item, from),
      togglePause: () => {
        paused = !paused;
        scheduleAll();
        if (panel?.chip) panel.refresh(panel.chip.session);
      },
      paused: () => paused,
      purpose: () => prefs.lastOutreachPurpose,
      logOutreach,
    });
    return overlay;
  };

  const sessionHost = (root: ShadowRoot): SessionHost => ({
    root,
    highlights,
    prefs: () => prefs,
    paused: () => paused,
    schedule: sessionHostSchedule,
    onFocusHint: (session, item, anchor, enter) => card?.show(session, item, { returnTo: anchor, focus: enter }),
    onEdited: (session) => {
      typedAt = performance.now();
      watchTyping();
      // A card over the words being typed would be in the way.
      if (card?.current?.session === session && !card.el.contains(root.activeElement)) card.hide();
    },
    onChanged: (session) => {
      panel?.refresh(session);
      if (card?.current?.session === session && !session.items.some((i) => i.key === card?.current?.item.key))
        card.hide();
    },
  });

  const attach = (el: HTMLElement) => {
    const root = ensureOverlay().root;
    const editor: Editor =
      el instanceof HTMLTextAreaElement ? textareaEditor(el, () => root) : contentEditableEditor(el, adapter);
    const session = new ComposeSession(editor, adapter, sessionHost(root));
    const chip = new StatusChip(root, session, (c) => panel?.toggle(c));
    sessions.set(el, { session, chip });
    session.invalidate();
  };

  const detach = (el: HTMLElement) => {
    const entry = sessions.get(el);
    if (!entry) return;
    if (card?.current?.session === entry.session) card.hide();
    if (panel?.chip === entry.chip) panel.close(false);
    entry.session.destroy();
    pending.delete(entry.session);
    sessions.delete(el);
    if (lastUsed === el) lastUsed = null;
    if (sessions.size === 0 && overlay) {
      overlay.remove();
      highlights?.remove();
      overlay = card = panel = highlights = null;
    }
  };

  function scan() {
    scanQueued = false;
    let bodies: HTMLElement[] = [];
    if (siteEnabled(adapter, prefs, host)) {
      try {
        bodies = adapter.findBodies(document);
      } catch (error) {
        console.debug(`StrongLetter: the ${adapter.id} adapter failed`, error);
      }
    }
    const found = new Set(bodies);
    for (const el of [...sessions.keys()]) if (!found.has(el) || !el.isConnected) detach(el);
    for (const el of bodies) if (!sessions.has(el)) attach(el);
  }

  const cardActions: CardActions = {
    apply(session, item) {
      const replacement = replacementFor(item.hint, prefs.customPhrases);
      if (!replacement || !session.select(item)) return;
      insertText(session.editor.el, matchCase(item.text, replacement));
    },
    ignore: (session, item) => session.ignore(item),
    disableRule(_session, item) {
      prefs = { ...prefs, disabledRules: [...prefs.disabledRules, item.hint.ruleId] };
      for (const { session } of sessions.values()) session.refresh();
      sendToBackground({ type: 'disable-rule', ruleId: item.hint.ruleId }).catch((error) =>
        console.debug('StrongLetter: could not save the setting', error),
      );
    },
  };

  function openCard(session: ComposeSession, item: HintItem, from: HTMLElement) {
    panel?.close(false);
    const range = item.paragraph.segments[0]?.node.parentElement;
    range?.scrollIntoView({ block: 'nearest' });
    session.layout();
    card?.show(session, item, {
      focus: true,
      returnTo: from.isConnected ? from : (session.elementOf(item) ?? session.editor.el),
    });
  }

  async function logOutreach(session: ComposeSession, purpose: OutreachPurpose): Promise<string> {
    const details = session.details();
    const to = details.recipientEmail;
    if (!to) return uiText('log_no_recipient');
    // The background guesses the institution from the address (not for personal mail such as gmail.com).
    try {
      const reply = await sendToBackground({
        type: 'log-outreach',
        recipientEmail: to,
        recipientName: details.recipientName,
        subject: details.subject,
        purpose,
      });
      if (reply?.ok) return `Logged outreach to ${to}.`;
      if (reply?.error === 'already-logged') return `Already logged: your email to ${to} today is in the popup.`;
      return uiText(reply?.error === 'sample-data' ? 'log_sample' : 'log_failed');
    } catch {
      return uiText('log_reload');
    }
  }

  // Hover: underlines do not take the pointer (the user's clicks go to the editor), so hit-test instead.
  let hoverFrame = 0;
  let hideTimer = 0;
  const onPointer = (event: MouseEvent) => {
    if (hoverFrame || !alive()) return;
    const { clientX: x, clientY: y } = event;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      if (paused || !card) return;
      if (event.composedPath().includes(card.el)) {
        clearTimeout(hideTimer);
        return;
      }
      for (const { session } of sessions.values()) {
        const item = session.hintAt(x, y);
        if (item) {
          clearTimeout(hideTimer);
          card.show(session, item);
          return;
        }
      }
      if (card.current && !hideTimer) {
        hideTimer = window.setTimeout(() => {
          hideTimer = 0;
          if (!card?.el.matches(':hover') && !card?.el.contains((overlay?.root.activeElement as Node) ?? null))
            card?.hide();
        }, 300);
      }
    });
  };

  // From the keyboard: the caret standing in a hint (moved there, not typing) shows its card, since a highlight
  // has no element to focus; Alt+Enter moves into the card and Escape returns to the text.
  let caretFrame = 0;
  const onSelection = () => {
    if (caretFrame || !alive()) return;
    caretFrame = requestAnimationFrame(() => {
      caretFrame = 0;
      if (paused || !card || performance.now() - typedAt < TYPING_PAUSE) return;
      const active = document.activeElement;
      for (const { session } of sessions.values()) {
        if (!active || !session.editor.el.contains(active)) continue;
        const item = session.hintAtCaret();
        if (item) {
          card.show(session, item, { returnTo: session.editor.el, caret: true });
          // Keys are only watched while such a card is open: a listener on every keystroke costs time.
          document.addEventListener('keydown', onKey, { capture: true, signal });
          return;
        }
        document.removeEventListener('keydown', onKey, { capture: true });
        if (card.current?.session === session && !card.el.matches(':hover')) card.hide();
        return;
      }
    });
  };
  // While the user types, nothing runs per keystroke but the editor's watcher: one timer for the whole burst
  // sets itself again until they pause (or a compose's text is due at the longest wait), then asks for the
  // analysis. The caret is not watched meanwhile (a selectionchange listener costs every keystroke time).
  let pauseTimer = 0;
  let caretWatched = false;
  const onPauseTimer = () => {
    const now = performance.now();
    let wait = typedAt + TYPING_PAUSE - now;
    for (const { session } of sessions.values()) {
      if (!session.dirty) continue;
      const due = session.dueIn();
      if (due <= 0) sessionHostSchedule(session);
      else wait = Math.min(wait, due);
    }
    if (wait > 0 && !signal.aborted) {
      pauseTimer = window.setTimeout(onPauseTimer, wait);
      return;
    }
    pauseTimer = 0;
    if (signal.aborted || caretWatched) return;
    document.addEventListener('selectionchange', onSelection, { passive: true, signal });
    caretWatched = true;
  };
  const watchTyping = () => {
    if (caretWatched) document.removeEventListener('selectionchange', onSelection);
    caretWatched = false;
    if (!pauseTimer) pauseTimer = window.setTimeout(onPauseTimer, TYPING_PAUSE);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !event.altKey || !card?.current || !alive()) return;
    const { session, item } = card.current;
    if (!session.editor.el.contains(event.target as Node) || session.hintAtCaret()?.key !== item.key) return;
    event.preventDefault();
    event.stopPropagation();
    card.show(session, item, { focus: true, returnTo: session.editor.el });
  };

  const observer = new MutationObserver((records) => {
    if (scanQueued || !alive()) return;
    for (const record of records) {
      if (record.addedNodes.length === 0 && record.removedNodes.length === 0) continue;
      const target = record.target;
      let inside = false;
      for (const el of sessions.keys()) {
        if (el.contains(target)) {
          inside = true;
          break;
        }
      }
      if (inside) continue;
      if (overlay && record.target === document.documentElement && [...record.addedNodes].includes(overlay.host))
        continue;
      // A closed compose loses its UI at once; new ones are looked for in idle time.
      if (record.removedNodes.length) for (const el of [...sessions.keys()]) if (!el.isConnected) detach(el);
      queueScan();
      return;
    }
  });

  prefs = await getSettings().catch(() => DEFAULT_SETTINGS);
  if (signal.aborted) return;
  watchSettings((next) => {
    prefs = next;
    queueScan();
    for (const { session } of sessions.values()) session.refresh();
    scheduleAll();
  }, signal);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const passive = { capture: true, passive: true, signal };
  // Every handler first checks the extension is still there: an orphaned instance removes its UI at once.
  const onLayoutChange = () => {
    if (alive()) scheduleAll();
  };
  addEventListener('scroll', onLayoutChange, passive);
  addEventListener('resize', onLayoutChange, { passive: true, signal });
  addEventListener(
    'focusin',
    (event) => {
      for (const el of sessions.keys()) if (el.contains(event.target as Node)) lastUsed = el;
      onLayoutChange();
    },
    { passive: true, signal },
  );
  // From the popup's request kit: put a template at the caret of the compose the user is working in. That is
  // the visible compose holding the page's focus (in its body, or nearest to its To or Subject field), else the
  // one last worked in, else the only one open; with several open and none known, the user is asked to pick.
  const insertTarget = (): HTMLElement | 'choose' | undefined => {
    const visible = [...sessions.keys()].filter((el) => el.isConnected && el.getClientRects().length > 0);
    const active = document.activeElement;
    let best: HTMLElement | undefined;
    let bestDepth = 7;
    for (const el of visible) {
      let node: Element | null = el;
      for (let depth = 0; node && depth < bestDepth; depth++, node = node.parentElement) {
        if (active && node.contains(active) && node !== document.body) {
          best = el;
          bestDepth = depth;
        }
      }
    }
    if (best) return best;
    if (lastUsed && visible.includes(lastUsed)) return lastUsed;
    return visible.length > 1 ? 'choose' : visible[0];
  };
  answerContentMessages(
    {
      'insert-text': (message) => {
        if (!alive()) return undefined;
        const el = insertTarget();
        if (!el || el === 'choose') return { ok: false, reason: el ?? 'no-compose' };
        return insertAtCaret(el, message.text) ? { ok: true, site: adapter.id } : { ok: false, reason: 'failed' };
      },
    },
    signal,
  );
  visualViewport?.addEventListener('resize', onLayoutChange, { passive: true, signal });
  document.addEventListener('mousemove', onPointer, passive);
  document.addEventListener('selectionchange', onSelection, { passive: true, signal });
  caretWatched = true;

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      cancelAnimationFrame(hoverFrame);
      cancelAnimationFrame(caretFrame);
      clearTimeout(pauseTimer);
      if (scanHandle && typeof cancelIdleCallback === 'function') cancelIdleCallback(scanHandle);
      clearTimeout(hideTimer);
      for (const el of [...sessions.keys()]) detach(el);
      overlay?.remove();
      highlights?.remove();
    },
    { once: true },
  );
  scan();
}
