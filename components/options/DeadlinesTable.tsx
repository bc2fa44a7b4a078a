/**
 * Every deadline in a table with filters; done, edit and delete on each row; a notification link highlights one.
 * An estimated built-in date says which official calendar to check and can be confirmed in one click.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { estimateNote } from '@/lib/core/calendar/cycles';
import {
  completeDeadline,
  DEADLINE_KIND_LABELS,
  DEADLINE_KINDS,
  type Deadline,
  deleteDeadline,
  updateDeadline,
} from '@/lib/data';
import { DeadlineForm } from './DeadlineForm';
import { errorText, notifyDataChanged } from './hooks';
import { Status } from './Status';

type Show = 'open' | 'done' | 'all';

function highlightedId(): string | undefined {
  const match = /deadline=([^&]+)/.exec(globalThis.location?.hash ?? '');
  return match ? decodeURIComponent(match[1]) : undefined;
}

export function DeadlinesTable({ deadlines }: { deadlines: Deadline[] }) {
  const [show, setShow] = useState<Show>('open');
  const [kind, setKind] = useState<string>('');
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<string>();
  // Keyboard: the edit form takes focus when it opens, and its row's Edit button gets it back when it closes.
  const closedEdit = useRef<string | undefined>(undefined);
  const focusForm = useCallback((cell: HTMLTableCellElement | null) => {
    cell?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  useEffect(() => {
    if (editing || !closedEdit.current) return;
    document.getElementById(`deadline-${closedEdit.current}`)?.querySelector<HTMLElement>('[data-edit]')?.focus();
    closedEdit.current = undefined;
  }, [editing]);
  const [error, setError] = useState<string>();
  const [highlight, setHighlight] = useState(highlightedId);

  useEffect(() => {
    const onHash = () => setHighlight(highlightedId());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (highlight && deadlines.some((d) => d.id === highlight))
      document.getElementById(`deadline-${highlight}`)?.scrollIntoView({ block: 'center' });
  }, [highlight, deadlines]);

  const needle = text.trim().toLowerCase();
  const shown = deadlines
    .filter((d) => d.id === highlight || (show === 'all' ? true : show === 'done' ? d.done : !d.done && !d.hidden))
    .filter((d) => !kind || d.kind === kind)
    .filter((d) => !needle || d.title.toLowerCase().includes(needle))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));

  async function act(work: () => Promise<unknown>) {
    try {
      await work();
      await notifyDataChanged();
      setError(undefined);
    } catch (problem) {
      setError(errorText(problem));
    }
  }

  return (
    <div>
      <fieldset className="sl-row">
        <legend>Filter deadlines</legend>
        <label>
          Show
          <select value={show} onChange={(e) => setShow(e.target.value as Show)}>
            <option value="open">Still to do</option>
            <option value="done">Done</option>
            <option value="all">All</option>
          </select>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Any kind</option>
            {DEADLINE_KINDS.map((k) => (
              <option key={k} value={k}>
                {DEADLINE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </fieldset>
      <Status error={error} />
      <p className="sl-muted">{shown.length === 0 ? 'No deadlines match.' : `${shown.length} shown`}</p>
      <table className="sl-table">
        <thead>
          <tr>
            <th scope="col">Due</th>
            <th scope="col">What</th>
            <th scope="col">Kind</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) =>
            editing === d.id ? (
              <tr key={d.id}>
                <td colSpan={4} ref={focusForm}>
                  <DeadlineForm
                    editing={d}
                    onDone={() => {
                      closedEdit.current = d.id;
                      setEditing(undefined);
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={d.id} id={`deadline-${d.id}`} className={d.id === highlight ? 'sl-highlight' : undefined}>
                <td>
                  {d.dueDate}
                  {d.dueTime ? ` ${d.dueTime}` : ''}
                  {d.timeZone ? <span className="sl-muted"> {d.timeZone}</span> : null}
                </td>
                <td className={d.done ? 'sl-done' : undefined}>
                  {d.title}
                  {d.estimated ? <span className="sl-muted"> ({estimateNote(d.id) ?? 'estimated date'})</span> : null}
                  {d.hidden ? <span className="sl-muted"> (hidden)</span> : null}
                </td>
                <td>{DEADLINE_KIND_LABELS[d.kind]}</td>
                <td className="sl-row">
                  <button type="button" onClick={() => act(() => completeDeadline(d.id, !d.done))}>
                    {d.done ? 'Not done' : 'Done'}
                    <span className="sl-sr"> {d.title}</span>
                  </button>
                  <button type="button" data-edit onClick={() => setEditing(d.id)}>
                    Edit<span className="sl-sr"> {d.title}</span>
                  </button>
                  {d.source === 'built-in' && d.estimated ? (
                    // Once confirmed, the date is the user's: later calendar refreshes leave it as it is.
                    <button
                      type="button"
                      onClick={() => act(() => updateDeadline(d.id, { estimated: false, userEdited: true }))}
                    >
                      Confirm date<span className="sl-sr"> {d.title}</span>
                    </button>
                  ) : null}
                  {d.source === 'built-in' || d.source === 'derived' ? (
                    // Built-in and letter-step dates come back at the next calendar refresh, so they are hidden instead.
                    <button type="button" onClick={() => act(() => updateDeadline(d.id, { hidden: !d.hidden }))}>
                      {d.hidden ? 'Show again' : 'Hide'}
                      <span className="sl-sr"> {d.title}</span>
                    </button>
                  ) : (
                    <button type="button" onClick={() => act(() => deleteDeadline(d.id))}>
                      Delete<span className="sl-sr"> {d.title}</span>
                    </button>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
