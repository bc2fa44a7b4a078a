/** Plan B: if the Match does not work out, a 6–12 month plan in four areas, three actions and who was told. */
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useState } from 'react';
import {
  type Note,
  PLAN_B_ACTIONS,
  PLAN_B_AREA_LABELS,
  PLAN_B_AREAS,
  type PlanBAction,
  type PlanBArea,
} from '@/lib/core/model/notes';
import { endOfMonth } from '@/lib/core/plan-b';
import { db, planBActionToDeadline, saveNote } from '@/lib/data';
import { errorText, notifyDataChanged } from './hooks';
import { Status } from './Status';

const ROW_KEYS = ['first', 'second', 'third'];

interface Draft {
  areas: Partial<Record<PlanBArea, string>>;
  actions: { area: PlanBArea; text: string; targetMonth: string; deadlineId?: string }[];
  toldTo: string;
}

function draftOf(note: Note | null): Draft {
  const saved = note?.actions ?? [];
  const actions = Array.from(
    { length: PLAN_B_ACTIONS },
    (_, i) => saved[i] ?? { area: PLAN_B_AREAS[i], text: '', targetMonth: '' },
  );
  return { areas: { ...note?.areas }, actions, toldTo: note?.toldTo ?? '' };
}

/** The rows the user filled; a row with words but no month is a mistake to point out. */
function actionsOf(draft: Draft): PlanBAction[] | string {
  const filled = draft.actions.filter((a) => a.text.trim() || a.targetMonth);
  const missing = filled.findIndex((a) => !a.text.trim() || !a.targetMonth);
  if (missing >= 0)
    return `Action ${draft.actions.indexOf(filled[missing]) + 1}: give both what you will do and a target month.`;
  return filled.map((a) => ({ ...a, text: a.text.trim() }));
}

function ActionRow({ index, draft, set }: { index: number; draft: Draft; set: (next: Draft) => void }) {
  const action = draft.actions[index];
  const update = (patch: Partial<Draft['actions'][number]>) => {
    const changed = { ...action, ...patch };
    // A changed action is a new one: the deadline made from the old words stays, but is no longer linked.
    if (patch.text !== undefined || patch.targetMonth !== undefined) delete changed.deadlineId;
    set({ ...draft, actions: draft.actions.map((a, i) => (i === index ? changed : a)) });
  };
  return (
    <fieldset className="sl-grid">
      <legend>Action {index + 1}</legend>
      <label>
        What you will do
        <input value={action.text} onChange={(e) => update({ text: e.target.value })} />
      </label>
      <label>
        Area
        <select value={action.area} onChange={(e) => update({ area: e.target.value as PlanBArea })}>
          {PLAN_B_AREAS.map((area) => (
            <option key={area} value={area}>
              {PLAN_B_AREA_LABELS[area]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Target month
        <input type="month" value={action.targetMonth} onChange={(e) => update({ targetMonth: e.target.value })} />
      </label>
    </fieldset>
  );
}

export function PlanBSection() {
  const note = useLiveQuery(async () => (await db.notes.get('plan-b')) ?? null);
  const [draft, setDraft] = useState<Draft>();
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  useEffect(() => {
    if (note !== undefined && !dirty) setDraft(draftOf(note));
  }, [note, dirty]);
  if (!draft || note === undefined) return <p>Loading…</p>;
  const set = (next: Draft) => {
    setDraft(next);
    setDirty(true);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const actions = actionsOf(draft);
    if (typeof actions === 'string') return setStatus({ error: `Not saved. ${actions}` });
    try {
      await saveNote({ id: 'plan-b', areas: draft.areas, actions, toldTo: draft.toldTo });
      setDirty(false);
      setStatus({ message: 'Plan B saved.' });
    } catch (error) {
      setStatus({ error: `Not saved. ${errorText(error)}` });
    }
  }

  async function toDeadline(index: number) {
    try {
      await planBActionToDeadline(index);
      await notifyDataChanged();
      const action = note?.actions?.[index];
      setStatus({ message: `Added as a deadline, due ${action ? endOfMonth(action.targetMonth) : ''}.` });
    } catch (error) {
      setStatus({ error: errorText(error) });
    }
  }

  return (
    <div>
      <p>
        If I do not match, my 6–12 month plan. Written down calmly now, so a hard Match Week does not start from zero.
        In the match phase the popup shows it, and each action can become a deadline.
      </p>
      <form onSubmit={submit} aria-label="Plan B" className="sl-stack">
        <div className="sl-grid">
          {PLAN_B_AREAS.map((area) => (
            <label key={area}>
              {PLAN_B_AREA_LABELS[area]}
              <textarea
                rows={2}
                value={draft.areas[area] ?? ''}
                onChange={(e) => set({ ...draft, areas: { ...draft.areas, [area]: e.target.value } })}
              />
            </label>
          ))}
        </div>
        {draft.actions.map((_, index) => (
          <ActionRow key={ROW_KEYS[index]} index={index} draft={draft} set={set} />
        ))}
        <label>
          Who you told about it
          <input value={draft.toldTo} onChange={(e) => set({ ...draft, toldTo: e.target.value })} />
        </label>
        <div>
          <button type="submit">Save plan B</button>
        </div>
      </form>
      {(note?.actions?.length ?? 0) > 0 && (
        <ul aria-label="Saved plan B actions">
          {note?.actions?.map((action, index) => (
            <li key={ROW_KEYS[index]} className="sl-row">
              <span>
                {action.text} (by {action.targetMonth})
              </span>
              {action.deadlineId ? (
                <span>Deadline added</span>
              ) : (
                <button type="button" onClick={() => toDeadline(index)}>
                  Add as deadline<span className="sl-sr">: {action.text}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Status {...status} />
    </div>
  );
}
