/**
 * Calendar files: export open deadlines to .ics; import events from an .ics after a preview. Events the file
 * cannot read are listed by line and title, and the others are written only when the user says so.
 */
import { type ChangeEvent, useState } from 'react';
import {
  deadlinesToIcs,
  type IcsRead,
  icsFileName,
  parseIcs,
  problemText,
  type RepeatWindow,
  seasonWindow,
} from '@/lib/core/formats/ics';
import { type Deadline, todayIso } from '@/lib/data';
import { type IcsAction, type IcsPlan, importIcs, planIcsImport } from '@/lib/data/ics-import';
import { downloadText, errorText, notifyDataChanged, plural } from './hooks';
import { Status } from './Status';

const ACTION_LABELS: Record<IcsAction, string> = { new: 'new', update: 'update', same: 'already here' };

function countText(plan: IcsPlan): string {
  const parts = [`${plan.added} new`, `${plan.updated} updated`];
  if (plan.unchanged > 0) parts.push(`${plan.unchanged} already here and unchanged`);
  return parts.join(', ');
}

const dayText = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/** What happened to the file's repeating events, in one sentence; undefined when it has none. */
function repeatText({ repeating, span }: { repeating: IcsRead['repeating']; span: RepeatWindow }) {
  if (repeating.series === 0) return undefined;
  const parts = [
    `${plural(repeating.series, 'repeating event')} ${repeating.series === 1 ? 'gives' : 'give'} ${plural(repeating.dates, 'date')} from ${dayText(span.from)} to ${dayText(span.to)}, at most ${span.maxPerSeries} per event`,
  ];
  if (repeating.cut > 0) parts.push(`${repeating.cut} had more dates than that and stop at ${span.maxPerSeries}`);
  if (repeating.outside > 0) parts.push(`${repeating.outside} have no date in that period and are left out`);
  return `${parts.join('; ')}.`;
}

interface Pending {
  parsed: IcsRead;
  plan: IcsPlan;
}

/** The list of events the file cannot read, and what importing the rest would do. */
function Problems({ parsed }: { parsed: IcsRead }) {
  const { problems, deadlines } = parsed;
  if (problems.length === 0) return null;
  return (
    <div role="alert">
      <p className="sl-error">
        {plural(problems.length, 'event')} in this file cannot be read.{' '}
        {deadlines.length > 0
          ? 'You can import the others and leave these out, or fix them in your calendar and choose the file again.'
          : 'There is nothing else in the file to import.'}
      </p>
      <ul aria-label="Events that cannot be read" className="sl-errors sl-error">
        {problems.slice(0, 100).map((problem) => (
          <li key={`${problem.line}:${problem.message}`}>{problemText(problem)}</li>
        ))}
      </ul>
      {problems.length > 100 && <p>…and {problems.length - 100} more.</p>}
    </div>
  );
}

function Preview({ pending }: { pending: Pending }) {
  const { parsed, plan } = pending;
  const toWrite = plan.added + plan.updated;
  const repeats = repeatText(parsed);
  return (
    <>
      <Problems parsed={parsed} />
      {parsed.deadlines.length === 0 ? (
        <p>No event in this file can be imported.</p>
      ) : toWrite === 0 ? (
        <p>Every event in this file is already in your deadlines, unchanged. There is nothing to import.</p>
      ) : (
        <p>Will write {countText(plan)}.</p>
      )}
      {repeats && <p>{repeats}</p>}
      {parsed.notices.length > 0 && (
        <ul aria-label="Notes on this file">
          {parsed.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
      {parsed.cancelled > 0 && <p className="sl-muted">{plural(parsed.cancelled, 'cancelled event')} left out.</p>}
      {plan.items.length > 0 && <p>{plural(plan.items.length, 'event')} read from the file:</p>}
      <ul aria-label="Events in the file">
        {plan.items.slice(0, 20).map(({ deadline: d, action }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed preview list
          <li key={i}>
            {d.dueDate} {d.dueTime ?? ''} {d.timeZone ?? ''} · {d.title} ({ACTION_LABELS[action]})
          </li>
        ))}
      </ul>
      {plan.items.length > 20 && <p>…and {plan.items.length - 20} more.</p>}
    </>
  );
}

function Progress({ toWrite, progress }: { toWrite: number; progress?: { done: number; total: number } }) {
  return (
    <p className="sl-row">
      <progress aria-label={`Importing ${plural(toWrite, 'deadline')}`} max={progress?.total} value={progress?.done}>
        {progress?.done ?? 0} of {progress?.total ?? toWrite}
      </progress>
      <span aria-live="polite">
        {progress
          ? `${progress.done} of ${progress.total} (${Math.round((100 * progress.done) / Math.max(1, progress.total))}%)`
          : 'Checking…'}
      </span>
    </p>
  );
}

export function IcsTools({
  deadlines,
  leadDays,
  cycleYear,
}: {
  deadlines: Deadline[];
  leadDays?: number;
  /** The Match year: repeating events are imported up to the end of its season. */
  cycleYear?: number;
}) {
  const [pending, setPending] = useState<Pending>();
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
      const today = todayIso();
      const span = seasonWindow(today, cycleYear ?? Number(today.slice(0, 4)) + 1);
      const parsed = parseIcs(await file.text(), { span });
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
      const plan = await importIcs(pending.parsed, {
        onProgress: (done, total) => setProgress({ done, total }),
        skipUnreadable: true,
      });
      await notifyDataChanged();
      const skipped = pending.parsed.problems.length;
      const left =
        skipped > 0
          ? ` ${plural(skipped, 'event')} that cannot be read ${skipped === 1 ? 'was' : 'were'} left out.`
          : '';
      setStatus({ message: `Imported from the calendar: ${countText(plan)}.${left}` });
      setPending(undefined);
    } catch (problem) {
      setStatus({ error: `Nothing was imported. ${errorText(problem)}` });
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }

  const plan = pending?.plan;
  const toWrite = plan ? plan.added + plan.updated : 0;
  const partial = (pending?.parsed.problems.length ?? 0) > 0;

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
          <Preview pending={pending} />
          {busy && <Progress toWrite={toWrite} progress={progress} />}
          <div className="sl-row">
            <button type="button" onClick={write} disabled={toWrite === 0 || busy}>
              {busy ? 'Importing…' : partial ? 'Leave those out and import the rest' : 'Import these events'}
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
