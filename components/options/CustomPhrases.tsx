/** The user's own weak phrases with a suggested alternative; empty, too long and duplicate phrases are refused. */
import { type FormEvent, useState } from 'react';
import type { Settings } from '@/lib/platform/settings';
import { saveSettings } from './hooks';
import { Status } from './Status';

export const MAX_PHRASE = 120;

/** Why a new phrase cannot be added, or undefined when it can. */
export function phraseProblem(phrase: string, existing: readonly { phrase: string }[]): string | undefined {
  const clean = phrase.trim();
  if (!clean) return 'Write the words to flag; the phrase is empty.';
  if (clean.length > MAX_PHRASE) return `Keep the phrase under ${MAX_PHRASE} characters (it has ${clean.length}).`;
  if (existing.some((p) => p.phrase.trim().toLowerCase() === clean.toLowerCase()))
    return `"${clean}" is already in your list.`;
  return undefined;
}

export function CustomPhrases({ settings }: { settings: Settings }) {
  const [phrase, setPhrase] = useState('');
  const [suggestion, setSuggestion] = useState('');
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});

  async function add(event: FormEvent) {
    event.preventDefault();
    const problem = phraseProblem(phrase, settings.customPhrases);
    if (problem) return setStatus({ error: problem });
    const error = await saveSettings({
      customPhrases: [...settings.customPhrases, { phrase: phrase.trim(), suggestion: suggestion.trim() }],
    });
    if (error) return setStatus({ error });
    setPhrase('');
    setSuggestion('');
    setStatus({ message: 'Phrase added.' });
  }

  const remove = async (index: number) => {
    const error = await saveSettings({ customPhrases: settings.customPhrases.filter((_p, i) => i !== index) });
    setStatus(error ? { error: `Not removed. ${error}` } : { message: 'Phrase removed.' });
  };

  return (
    <div>
      {settings.customPhrases.length > 0 && (
        <ul>
          {settings.customPhrases.map((p, i) => (
            <li key={p.phrase} className="sl-row">
              <span>
                <q>{p.phrase}</q>
                {p.suggestion ? ` → ${p.suggestion}` : ''}
              </span>
              <button type="button" onClick={() => remove(i)}>
                Remove<span className="sl-sr"> {p.phrase}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="sl-grid" aria-label="Add a phrase">
        <label>
          Phrase to flag
          <input value={phrase} onChange={(e) => setPhrase(e.target.value)} />
        </label>
        <label>
          Suggest instead
          <input value={suggestion} onChange={(e) => setSuggestion(e.target.value)} maxLength={300} />
        </label>
        <div>
          <button type="submit">Add phrase</button>
        </div>
      </form>
      <Status {...status} />
    </div>
  );
}
