/** The applicant's notes (plan B, family script, SOAP checklist, interview sentences): read, save, and plan B to deadlines. */
import { ValidationError, validate } from '@/lib/core/model/errors';
import { type Note, type NoteId, type NoteInput, NoteSchema } from '@/lib/core/model/notes';
import { newId, nowStamp, withoutUndefined } from '@/lib/core/model/records';
import { DeadlineInputSchema } from '@/lib/core/model/schema';
import { planBDeadline } from '@/lib/core/plan-b';
import { db } from './database';
import { withDerived } from './deadlines';

/** One note, or undefined when the user has not written it yet. */
export function getNote(id: NoteId): Promise<Note | undefined> {
  return db.notes.get(id);
}

/** Saves a note whole after checking it; returns the stored record. Nothing is stored if a field is bad. */
export async function saveNote(input: NoteInput): Promise<Note> {
  const existing = await db.notes.get(input.id);
  const stamp = nowStamp();
  const note = validate(NoteSchema, { ...input, createdAt: existing?.createdAt ?? stamp, updatedAt: stamp });
  await db.notes.put(withoutUndefined(note));
  return note;
}

/**
 * Turns plan B action `index` into a personal deadline due at the end of its target month, and remembers
 * the deadline on the action, in one transaction. Adding it twice returns the deadline already made.
 */
export async function planBActionToDeadline(index: number): Promise<string> {
  return db.transaction('rw', [db.notes, db.deadlines], async () => {
    const plan = await db.notes.get('plan-b');
    const action = plan?.actions?.[index];
    if (!plan || !action)
      throw new ValidationError(`Plan B: there is no action ${index + 1} to add; save the plan first.`);
    if (action.deadlineId && (await db.deadlines.get(action.deadlineId))) return action.deadlineId;
    const input = validate(DeadlineInputSchema, planBDeadline(action));
    const stamp = nowStamp();
    const deadline = withDerived({ ...input, id: newId(), createdAt: stamp, updatedAt: stamp });
    await db.deadlines.add(withoutUndefined(deadline));
    const actions = plan.actions!.map((a, i) => (i === index ? { ...a, deadlineId: deadline.id } : a));
    await db.notes.put({ ...plan, actions, updatedAt: stamp });
    return deadline.id;
  });
}
