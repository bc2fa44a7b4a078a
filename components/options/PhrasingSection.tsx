/** Phrasing: built-in rules grouped by category with on/off switches, the user's own phrases, and a live preview. */
import { useState } from 'react';
import { CATEGORIES, RULES } from '@/lib/core/phrasing';
import { CustomPhrases } from './CustomPhrases';
import { useEditableSettings } from './hooks';
import { PhrasePreview } from './PhrasePreview';
import { Status } from './Status';

export function PhrasingSection() {
  const [settings, save] = useEditableSettings();
  const [error, setError] = useState<string>();
  if (!settings) return <p>Loading…</p>;
  const off = new Set(settings.disabledRules);
  const toggle = (id: string, on: boolean) => {
    const next = on ? settings.disabledRules.filter((r) => r !== id) : [...settings.disabledRules, id];
    save({ disabledRules: next }).then((problem) => setError(problem && `Not saved. ${problem}`));
  };
  return (
    <div>
      <PhrasePreview settings={settings} />
      <h3>Rules</h3>
      <Status error={error} />
      {CATEGORIES.filter((c) => c.id !== 'custom').map((category) => {
        const rules = RULES.filter((r) => r.category === category.id);
        if (rules.length === 0) return null;
        return (
          <details key={category.id} className="sl-category">
            <summary>
              {category.label}{' '}
              <span className="sl-muted">
                ({rules.filter((r) => !off.has(r.id)).length} of {rules.length} on)
              </span>
            </summary>
            <ul className="sl-rules">
              {rules.map((rule) => (
                <li key={rule.id}>
                  <label className="sl-check">
                    <input
                      type="checkbox"
                      checked={!off.has(rule.id)}
                      onChange={(e) => toggle(rule.id, e.target.checked)}
                      data-rule-id={rule.id}
                    />
                    <strong>{rule.title}</strong>
                  </label>
                  <p>{rule.explanation}</p>
                  <p className="sl-muted">Instead: {rule.suggestion}</p>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      <h3>Your phrases</h3>
      <CustomPhrases settings={settings} />
    </div>
  );
}
