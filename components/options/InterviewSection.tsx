/** Interview sentences: two short, editable answers (visa; why this program as an IMG), filled from the profile. */
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useState } from 'react';
import { fillTemplate, VISA_TEMPLATE, WHY_PROGRAM_TEMPLATE } from '@/lib/core/kit/interview';
import type { NoteId } from '@/lib/core/model/notes';
import { db, saveNote } from '@/lib/data';
import { errorText, useSettings } from './hooks';
import { Status } from './Status';

const SENTENCES: [id: NoteId, title: string, template: string][] = [
  ['interview-visa', 'Visa sponsorship (J-1 / H-1B)', VISA_TEMPLATE],
  ['interview-why', 'Why this program, as an international graduate', WHY_PROGRAM_TEMPLATE],
];

function Sentence({ id, title, template }: { id: NoteId; title: string; template: string }) {
  const settings = useSettings();
  const note = useLiveQuery(async () => (await db.notes.get(id)) ?? null, [id]);
  const [text, setText] = useState<string>();
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  useEffect(() => {
    if (note !== undefined && text === undefined) setText(note?.text ?? template);
  }, [note, text, template]);
  if (text === undefined || !settings) return <p>Loading…</p>;
  const filled = fillTemplate(text, { visa: settings.visaNeed, specialty: settings.specialty });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveNote({ id, text });
      setStatus({ message: `${title}: saved.` });
    } catch (error) {
      setStatus({ error: `Not saved. ${errorText(error)}` });
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(filled);
      setStatus({ message: 'Copied.' });
    } catch {
      setStatus({ error: 'Copying was blocked; select the text and copy it by hand.' });
    }
  };
  return (
    <form onSubmit={submit} aria-label={title} className="sl-preview">
      <label>
        {title}
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <p className="sl-meta">As you would say it: {filled}</p>
      <div className="sl-row">
        <button type="submit">Save</button>
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button type="button" onClick={() => setText(template)}>
          Use the suggested words
        </button>
      </div>
      <Status {...status} />
    </form>
  );
}

export function InterviewSection() {
  return (
    <div>
      <p>
        Two calm sentences to have ready. {'{visa}'} fills in from your profile, {'{specialty}'} from your specialty and{' '}
        {'{program}'} is left for you to name on the day.
      </p>
      {SENTENCES.map(([id, title, template]) => (
        <Sentence key={id} id={id} title={title} template={template} />
      ))}
    </div>
  );
}
