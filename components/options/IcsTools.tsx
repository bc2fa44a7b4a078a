/** Calendar files: export open deadlines to .ics; import events from an .ics after a preview (all or nothing). */
import { type ChangeEvent, useState } from 'react';
import { addDeadline, type Deadline, db, todayIso } from '@/lib/db';
import { deadlinesToIcs, icsFileName } from '@/lib/ics-export';
import { type IcsImport, parseIcs } from '@/lib/ics-import';
import { downloadText, errorText, notifyDataChanged, plural } from './hooks';
import { Status } from './Status';

export function IcsTools({ deadlines, leadDays }: { deadlines: Deadline[]; leadDays?: number }) {
  const [pending, setPending] = useState<IcsImport>();
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});

  function exportIcs() {
    try {
      const open = deadlines.filter((d) => !d.done && !d.hidden);
      downloadText(icsFileName(todayIso()), deadlinesToIcs(open, undefined, leadDays), 'text/calendar');
      setStatus({ message: `Exported ${plural(open.length, 'open deadline')}.` });
    } catch (problem) {
      setStatus({ error: errorText(problem) });
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const parsed = parseIcs(await file.text());
      setPending(parsed);
      setStatus({});
    } catch (problem) {
      setPending(undefined);
      setStatus({ error: `${errorText(problem)} Nothing was changed.` });
    }
  }

  async function write() {
    if (!pending) return;
    try {
      await db.transaction('rw', [db.deadlines, db.writers, db.letters, db.programs, db.outreach], async () => {
        for (const deadline of pending.deadlines) await addDeadline(deadline);
      });
      await notifyDataChanged();
      setStatus({ message: `Added ${plural(pending.deadlines.length, 'deadline')} from the calendar.` });
      setPending(undefined);
    } catch (problem) {
      setStatus({ error: `Nothing was imported. ${errorText(problem)}` });
    }
  }

  return (
    <div>
      <div className="sl-row">
        <button type="button" onClick={exportIcs}>
          Export deadlines to calendar (.ics)
        </button>
        <label>
          Import calendar (.ics)
          <input type="file" accept=".ics,text/calendar" onChange={choose} />
        </label>
      </div>
      <Status {...status} />
      {pending && (
        <section aria-label="Calendar preview" className="sl-panel">
          <p>{plural(pending.deadlines.length, 'event')} can be added as deadlines.</p>
          <ul>
            {pending.deadlines.slice(0, 20).map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed preview list
              <li key={i}>
                {d.dueDate} {d.dueTime ?? ''} {d.timeZone ?? ''} · {d.title}
              </li>
            ))}
          </ul>
          {pending.errors.length > 0 && (
            <ul aria-label="Events that cannot be read" className="sl-errors sl-error">
              {pending.errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <div className="sl-row">
            <button type="button" onClick={write} disabled={pending.deadlines.length === 0}>
              Add {plural(pending.deadlines.length, 'deadline')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(undefined);
                setStatus({ message: 'Calendar import cancelled. Nothing was changed.' });
              }}
            >
              Cancel calendar import
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
