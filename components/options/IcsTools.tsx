/** Calendar files: export open deadlines to .ics; import events from an .ics after a preview (all or nothing). */
import { type ChangeEvent, useState } from 'react';
import { deadlinesToIcs, icsFileName } from '@/lib/core/formats/ics-export';
import { type Deadline, todayIso } from '@/lib/data';
import {
  type IcsAction,
  type IcsImport,
  type IcsPlan,
  importIcs,
  parseIcs,
  planIcsImport,
} from '@/lib/data/ics-import';
import { downloadText, errorText, notifyDataChanged, plural } from './hooks';
import { Status } from './Status';

const ACTION_LABELS: Record<IcsAction, string> = { new: 'new', update: 'update', same: 'already here' };

function countText(plan: IcsPlan): string {
  const parts = [`${plan.added} new`, `${plan.updated} updated`];
  if (plan.unchanged > 0) parts.push(`${plan.unchanged} already here and unchanged`);
  return parts.join(', ');
}

export function IcsTools({ deadlines, leadDays }: { deadlines: Deadline[]; leadDays?: number }) {
  const [pending, setPending] = useState<{ parsed: IcsImport; plan: IcsPlan }>();
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();

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
      setPending({ parsed, plan: await planIcsImport(parsed.deadlines) });
      setStatus({});
    } catch (problem) {
      setPending(undefined);
      setStatus({ error: `${errorText(problem)} Nothing was changed.` });
    }
  }

  async function write() {
    if (!pending) return;
    setBusy(true);
    try {
      const plan = await importIcs(pending.parsed, (done, total) => setProgress({ done, total }));
      await notifyDataChanged();
      setStatus({ message: `Imported from the calendar: ${countText(plan)}.` });
      setPending(undefined);
    } catch (problem) {
      setStatus({ error: `Nothing was imported. ${errorText(problem)}` });
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }

  const errors = pending?.parsed.errors ?? [];
  const plan = pending?.plan;
  const toWrite = plan ? plan.added + plan.updated : 0;

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
      {plan && (
        <section aria-label="Calendar preview" className="sl-panel">
          {errors.length > 0 ? (
            <div role="alert">
              <p className="sl-error">
                {plural(errors.length, 'problem')} found. Nothing will be written until the file is fixed: fix these
                events in your calendar, export it again and choose the new file.
              </p>
              <ul aria-label="Events that cannot be read" className="sl-errors sl-error">
                {errors.slice(0, 100).map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
              {errors.length > 100 && <p>…and {errors.length - 100} more.</p>}
            </div>
          ) : toWrite === 0 ? (
            <p>Every event in this file is already in your deadlines, unchanged. There is nothing to import.</p>
          ) : (
            <p>Will write {countText(plan)}.</p>
          )}
          {pending.parsed.cancelled > 0 && (
            <p className="sl-muted">{plural(pending.parsed.cancelled, 'cancelled event')} left out.</p>
          )}
          <p>{plural(plan.items.length, 'event')} read from the file:</p>
          <ul aria-label="Events in the file">
            {plan.items.slice(0, 20).map(({ deadline: d, action }, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed preview list
              <li key={i}>
                {d.dueDate} {d.dueTime ?? ''} {d.timeZone ?? ''} · {d.title} ({ACTION_LABELS[action]})
              </li>
            ))}
          </ul>
          {plan.items.length > 20 && <p>…and {plan.items.length - 20} more.</p>}
          {busy && (
            <p className="sl-row">
              <progress
                aria-label={`Importing ${plural(toWrite, 'deadline')}`}
                max={progress?.total}
                value={progress?.done}
              >
                {progress?.done ?? 0} of {progress?.total ?? toWrite}
              </progress>
              <span aria-live="polite">
                {progress
                  ? `${progress.done} of ${progress.total} (${Math.round((100 * progress.done) / Math.max(1, progress.total))}%)`
                  : 'Checking…'}
              </span>
            </p>
          )}
          <div className="sl-row">
            <button type="button" onClick={write} disabled={errors.length > 0 || toWrite === 0 || busy}>
              {busy ? 'Importing…' : 'Import these events'}
            </button>
            <button
              type="button"
              disabled={busy}
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
