/** Check-ins: a small group (names only), a weekly check-in day, and a short script for one talk with family. */
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useState } from 'react';
import { WEEKDAY_NAMES } from '@/lib/core/calendar/week';
import { FAMILY_TEMPLATE } from '@/lib/core/kit/interview';
import { db, saveNote } from '@/lib/data';
import { errorText, useEditableSettings } from './hooks';
import { Status } from './Status';

type Result = { error?: string; message?: string };

function GroupForm() {
  const [settings, save] = useEditableSettings();
  const [names, setNames] = useState<string>();
  const [status, setStatus] = useState<Result>({});
  useEffect(() => {
    if (settings && names === undefined) setNames(settings.checkInGroup.join('\n'));
  }, [settings, names]);
  if (!settings || names === undefined) return <p>Loading…</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = names
      .split(/[\n,]/)
      .map((n) => n.trim())
      .filter(Boolean);
    const error = await save({ checkInGroup: list });
    setStatus(error ? { error: `Not saved. ${error}` } : { message: `Check-in group saved (${list.length}).` });
  };
  const setDay = async (day: number) => {
    const error = await save({ checkInDay: day });
    setStatus(error ? { error } : { message: day < 0 ? 'No check-in day.' : `Check-in day: ${WEEKDAY_NAMES[day]}.` });
  };
  return (
    <form onSubmit={submit} className="sl-grid" aria-label="Check-in group">
      <label>
        Names in your check-in group (one a line; three to seven works well)
        <textarea rows={4} value={names} onChange={(e) => setNames(e.target.value)} />
      </label>
      <label>
        Check-in day
        <select value={settings.checkInDay} onChange={(e) => setDay(Number(e.target.value))}>
          <option value={-1}>None</option>
          {WEEKDAY_NAMES.map((name, day) => (
            <option key={name} value={day}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <div>
        <button type="submit">Save group</button>
      </div>
      <Status {...status} />
    </form>
  );
}

function FamilyNote() {
  const note = useLiveQuery(async () => (await db.notes.get('family-talk')) ?? null);
  const [text, setText] = useState<string>();
  const [status, setStatus] = useState<Result>({});
  useEffect(() => {
    if (note !== undefined && text === undefined) setText(note?.text ?? FAMILY_TEMPLATE);
  }, [note, text]);
  if (text === undefined) return <p>Loading…</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await saveNote({ id: 'family-talk', text });
      setStatus({ message: 'Script saved.' });
    } catch (error) {
      setStatus({ error: `Not saved. ${errorText(error)}` });
    }
  };
  return (
    <form onSubmit={submit} aria-label="Talk to family" className="sl-preview">
      <h3>Talk to family</h3>
      <p>
        Ten or fifteen minutes, once: how the Match works and what kind of support helps. Edit the words to your own.
      </p>
      <label>
        Your script
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="sl-row">
        <button type="submit">Save script</button>
        <button type="button" onClick={() => setText(FAMILY_TEMPLATE)}>
          Use the suggested words
        </button>
      </div>
      <Status {...status} />
    </form>
  );
}

export function CheckInsSection() {
  return (
    <div>
      <p>
        The extension sends nothing: on your check-in day the Next tab names your group, and a notification reminds you
        if notifications are on.
      </p>
      <GroupForm />
      <FamilyNote />
    </div>
  );
}
