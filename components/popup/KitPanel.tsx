/** The request kit for one letter: pick a part, read it, copy it or insert it into an open compose window. */
import { useState } from 'react';
import { KIT_LABELS, type KitPart, kitText } from '@/lib/core/kit';
import { kitContextFor } from '@/lib/core/kit/context';
import type { Letter, Writer } from '@/lib/data';
import { insertIntoCompose } from '@/lib/platform/compose-insert';
import type { Settings } from '@/lib/platform/settings';

const PARTS = Object.keys(KIT_LABELS) as KitPart[];

/** The part to open first: the thank-you once the letter is in, else the request. */
function firstPart(letter: Letter): KitPart {
  return letter.stage === 'uploaded' || letter.stage === 'assigned' ? 'thanks' : 'request';
}

/** The kit, filled from the letter, its writer and the profile (name, Match year, default upload target). */
export function KitPanel({ letter, writer, settings }: { letter: Letter; writer: Writer; settings: Settings }) {
  const [part, setPart] = useState<KitPart>(() => firstPart(letter));
  const [status, setStatus] = useState<string>();
  const text = kitText(part, kitContextFor(letter, writer, settings));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${KIT_LABELS[part]} copied.`);
    } catch {
      setStatus('Copying was blocked; select the text and copy it by hand.');
    }
  };
  const [inserting, setInserting] = useState(false);
  const insert = async () => {
    if (inserting) return;
    setInserting(true);
    setStatus('Inserting…');
    try {
      setStatus((await insertIntoCompose(text)).message);
    } catch {
      setStatus('Could not reach your webmail tabs; copy the text instead.');
    } finally {
      setInserting(false);
    }
  };
  return (
    <div className="sl-kit">
      <div className="sl-inline">
        <label>
          Kit
          <select value={part} onChange={(e) => setPart(e.target.value as KitPart)}>
            {PARTS.map((p) => (
              <option key={p} value={p}>
                {KIT_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button
          type="button"
          onClick={insert}
          disabled={inserting}
          title="Put it at the cursor of the email you are writing"
        >
          Insert into email
        </button>
        <span role="status" className="sl-meta">
          {status}
        </span>
      </div>
      {!settings.applicantName && (
        <p className="sl-meta">Add your name under Profile on the options page to sign these emails.</p>
      )}
      <pre data-testid="kit-text">{text}</pre>
    </div>
  );
}
