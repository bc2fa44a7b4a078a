/** The request kit for one letter: pick a part, read it, copy it or insert it into an open compose window. */
import { useState } from 'react';
import { KIT_LABELS, type KitPart, kitText } from '@/lib/core/kit';
import type { Letter, Writer } from '@/lib/data';
import { CONTACT_LABELS } from '@/lib/data';
import { insertIntoCompose } from '@/lib/platform/compose-insert';

const PARTS = Object.keys(KIT_LABELS) as KitPart[];

/** The kit, filled from the letter and its writer. */
export function KitPanel({ letter, writer }: { letter: Letter; writer: Writer }) {
  const [part, setPart] = useState<KitPart>('request');
  const [status, setStatus] = useState<string>();
  const setting = `${CONTACT_LABELS[writer.contactType].toLowerCase()}${writer.institution ? ` at ${writer.institution}` : ''}`;
  const text = kitText(part, {
    writerName: writer.name,
    setting: `my ${setting}`,
    specialty: letter.specialty,
    deadline: letter.targetUploadDate,
    letterId: letter.letterId,
    service: letter.service,
  });
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
      <pre data-testid="kit-text">{text}</pre>
    </div>
  );
}
