/** Adds a deadline or edits one; problems are shown beside the form and nothing is stored. */
import { type FormEvent, useState } from 'react';
import { addDeadline, DEADLINE_KIND_LABELS, DEADLINE_KINDS, type Deadline, updateDeadline } from '@/lib/db';
import { errorText, notifyDataChanged } from './hooks';
import { Status } from './Status';

interface Props {
  editing?: Deadline;
  onDone: () => void;
}

export function DeadlineForm({ editing, onDone }: Props) {
  const [title, setTitle] = useState(editing?.title ?? '');
  const [dueDate, setDueDate] = useState(editing?.dueDate ?? '');
  const [dueTime, setDueTime] = useState(editing?.dueTime ?? '');
  const [timeZone, setTimeZone] = useState(editing?.timeZone ?? '');
  const [kind, setKind] = useState<Deadline['kind']>(editing?.kind ?? 'personal');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      title,
      dueDate,
      dueTime: dueTime || undefined,
      timeZone: timeZone.trim() || undefined,
      kind,
      notes: notes.trim() || undefined,
    };
    try {
      if (editing)
        await updateDeadline(editing.id, {
          ...fields,
          dueTime: fields.dueTime ?? null,
          timeZone: fields.timeZone ?? null,
          notes: fields.notes ?? null,
        });
      else await addDeadline(fields);
      await notifyDataChanged();
      setError(undefined);
      onDone();
    } catch (problem) {
      setError(`Not saved. ${errorText(problem)}`);
    }
  }

  return (
    <form onSubmit={submit} className="sl-grid" aria-label={editing ? 'Edit deadline' : 'Add a deadline'}>
      <label>
        What is due
        <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        Due date
        <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} required />
      </label>
      <label>
        Time (optional)
        <input type="time" value={dueTime} onChange={(e) => setDueTime(e.target.value)} />
      </label>
      <label>
        Time zone (optional)
        <input
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          placeholder="America/New_York"
          list="sl-zones"
        />
      </label>
      <datalist id="sl-zones">
        <option value="America/New_York" />
        <option value="America/Chicago" />
        <option value="America/Los_Angeles" />
      </datalist>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as Deadline['kind'])}>
          {DEADLINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {DEADLINE_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Notes
        <input value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <div className="sl-row">
        <button type="submit">{editing ? 'Save deadline' : 'Add deadline'}</button>
        {editing && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
      <Status error={error} />
    </form>
  );
}
