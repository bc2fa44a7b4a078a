/**
 * Adds a deadline or edits one; problems are shown beside the form and nothing is stored.
 * A timed deadline keeps the zone it was given (new ones start in the user's own), so it does not drift when
 * the user travels; editing the date or time of an estimated built-in date confirms it.
 */
import { type FormEvent, useId, useState } from 'react';
import { systemTimeZone } from '@/lib/core/calendar/zone';
import { addDeadline, DEADLINE_KIND_LABELS, DEADLINE_KINDS, type Deadline, updateDeadline } from '@/lib/data';
import { errorText, notifyDataChanged } from './hooks';
import { Status } from './Status';

interface Props {
  editing?: Deadline;
  onDone: () => void;
}

/** The zone the form starts with: the deadline's own, else the user's (a timed one saved without a zone keeps none). */
function initialZone(editing: Deadline | undefined, ownZone: string): string {
  if (editing?.timeZone) return editing.timeZone;
  return editing?.dueTime ? '' : ownZone;
}

export function DeadlineForm({ editing, onDone }: Props) {
  const ownZone = systemTimeZone();
  const hintId = useId();
  const zonesId = useId();
  const [title, setTitle] = useState(editing?.title ?? '');
  const [dueDate, setDueDate] = useState(editing?.dueDate ?? '');
  const [dueTime, setDueTime] = useState(editing?.dueTime ?? '');
  const [timeZone, setTimeZone] = useState(() => initialZone(editing, ownZone));
  const [kind, setKind] = useState<Deadline['kind']>(editing?.kind ?? 'personal');
  const [notes, setNotes] = useState(editing?.notes ?? '');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = {
      title,
      dueDate,
      dueTime: dueTime || undefined,
      // A zone only means something with a time: an all-day deadline stays on its date wherever the user is.
      timeZone: dueTime ? timeZone.trim() || undefined : undefined,
      kind,
      notes: notes.trim() || undefined,
    };
    try {
      if (editing) {
        const changed =
          fields.title !== editing.title ||
          fields.dueDate !== editing.dueDate ||
          fields.dueTime !== editing.dueTime ||
          fields.timeZone !== editing.timeZone;
        // A built-in estimate the user changed is their date now, not an estimate: the label goes at once.
        const confirms = editing.source === 'built-in' && editing.estimated && changed;
        await updateDeadline(editing.id, {
          ...fields,
          dueTime: fields.dueTime ?? null,
          timeZone: fields.timeZone ?? null,
          notes: fields.notes ?? null,
          ...(confirms ? { estimated: false, userEdited: true } : {}),
        });
      } else await addDeadline(fields);
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
      <div>
        <label>
          Time zone (optional)
          <input
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            placeholder="America/New_York"
            list={zonesId}
            aria-describedby={hintId}
          />
        </label>
        <small id={hintId} className="sl-muted">
          Used with a time. Starts as your zone ({ownZone}); ERAS and NRMP times are America/New_York. Left empty, the
          time follows whichever zone you are in.
        </small>
      </div>
      <datalist id={zonesId}>
        {ownZone !== 'America/New_York' && ownZone !== 'America/Chicago' && ownZone !== 'America/Los_Angeles' ? (
          <option value={ownZone} />
        ) : null}
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
