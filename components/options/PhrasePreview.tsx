/**
 * A box to paste text into; hints appear as the content script would show them, with the user's settings: the
 * underlined words, and the checks of the text as a whole (no example, no deadline…) for the kind it reads as.
 */
import { useId, useMemo, useState } from 'react';
import { analyze, detectKind, type Hint, type KindOption, RULES } from '@/lib/core/phrasing';
import { HINT_UI_TEXTS } from '@/lib/core/phrasing/texts';
import type { Settings } from '@/lib/platform/settings';

const KINDS: { value: KindOption; label: string }[] = [
  { value: 'auto', label: HINT_UI_TEXTS.kind_auto },
  { value: 'letter', label: HINT_UI_TEXTS.kind_letter },
  { value: 'request', label: HINT_UI_TEXTS.kind_request },
  { value: 'outreach', label: HINT_UI_TEXTS.kind_outreach },
];

// A rule's title, read when shown (the words come from the catalog, installed when the page starts).
const titleOf = (id: string) => RULES.find((r) => r.id === id)?.title ?? id;

export function PhrasePreview({ settings }: { settings: Settings }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<KindOption>('auto');
  const wholeId = useId();
  const detected = useMemo(() => (kind === 'auto' && text ? detectKind(text) : null), [kind, text]);
  const hints = useMemo(
    () => analyze(text, { kind, disabledRules: settings.disabledRules, customPhrases: settings.customPhrases }),
    [text, kind, settings.disabledRules, settings.customPhrases],
  );
  const spans = hints.filter((h) => h.scope === 'span');
  const whole = hints.filter((h) => h.scope === 'document');
  return (
    <div className="sl-preview">
      <label>
        Try it: paste a letter, a request or a cold email
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        Read it as
        <select value={kind} onChange={(e) => setKind(e.target.value as KindOption)}>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {text && (
        <>
          {detected && (
            <p className="sl-muted" data-detected={detected}>
              {detected === 'unknown'
                ? 'Could not tell what this is: choose above to get the checks of the text as a whole.'
                : `Reads as: ${KINDS.find((k) => k.value === detected)?.label}.`}
            </p>
          )}
          <Underlined text={text} spans={spans} />
          <p role="status">{hints.length === 0 ? 'No hints.' : `${hints.length} hints`}</p>
          <ul aria-label="Hints" className="sl-hints">
            {spans.map((hint) => (
              <li key={`${hint.ruleId}-${hint.start}-${hint.end}`} data-rule-id={hint.ruleId}>
                <q>{text.slice(hint.start, hint.end)}</q> {hint.message}
                {hint.suggestion ? <span className="sl-muted"> {hint.suggestion}</span> : null}
              </li>
            ))}
          </ul>
          {whole.length > 0 && (
            <section aria-labelledby={wholeId}>
              <h4 id={wholeId}>About the text as a whole</h4>
              <ul aria-label="About the text as a whole" className="sl-hints">
                {whole.map((hint) => (
                  <li key={hint.ruleId} data-rule-id={hint.ruleId}>
                    <strong>{titleOf(hint.ruleId)}.</strong> {hint.message}
                    {hint.suggestion ? <span className="sl-muted"> {hint.suggestion}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** The pasted text with its span hints marked, as the webmail underlines them. */
function Underlined({ text, spans }: { text: string; spans: Hint[] }) {
  const pieces: { text: string; hint?: Hint }[] = [];
  let at = 0;
  for (const hint of spans) {
    if (hint.start < at) continue;
    pieces.push({ text: text.slice(at, hint.start) }, { text: text.slice(hint.start, hint.end), hint });
    at = hint.end;
  }
  pieces.push({ text: text.slice(at) });
  return (
    <p className="sl-preview-text">
      {pieces.map((piece, i) =>
        piece.hint ? (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces are rebuilt from the text on every render
            key={i}
            className="sl-underline"
            data-rule-id={piece.hint.ruleId}
            title={piece.hint.message}
          >
            {piece.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are rebuilt from the text on every render
          <span key={i}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
