/** A box to paste text into; hints appear as the content script would show them, with the user's settings. */
import { useMemo, useState } from 'react';
import { analyze } from '@/lib/core/phrasing';
import type { Settings } from '@/lib/platform/settings';

export function PhrasePreview({ settings }: { settings: Settings }) {
  const [text, setText] = useState('');
  const hints = useMemo(
    () => analyze(text, { disabledRules: settings.disabledRules, customPhrases: settings.customPhrases }),
    [text, settings.disabledRules, settings.customPhrases],
  );
  const pieces: { text: string; hint?: (typeof hints)[number] }[] = [];
  let at = 0;
  for (const hint of hints.filter((h) => h.scope === 'span')) {
    if (hint.start < at) continue;
    pieces.push({ text: text.slice(at, hint.start) }, { text: text.slice(hint.start, hint.end), hint });
    at = hint.end;
  }
  pieces.push({ text: text.slice(at) });
  return (
    <div className="sl-preview">
      <label>
        Try it: paste a letter, a request or a cold email
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {text && (
        <>
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
          <p role="status">{hints.length === 0 ? 'No hints.' : `${hints.length} hints`}</p>
          <ul aria-label="Hints" className="sl-hints">
            {hints.map((hint) => (
              <li key={`${hint.ruleId}-${hint.start}-${hint.end}`} data-rule-id={hint.ruleId}>
                {hint.scope === 'span' ? <q>{text.slice(hint.start, hint.end)}</q> : null} {hint.message}
                {hint.suggestion ? <span className="sl-muted"> {hint.suggestion}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
