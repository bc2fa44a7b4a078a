/**
 * Rules every stored deadline follows, wherever it is written from (options page, CSV, backup, calendar file):
 * the derived index fields and what an edit changes besides the edited fields.
 */
import { validate } from './errors';
import { type Deadline, DeadlineSchema } from './schema';

/** The sort key of a deadline: its wall time in its own zone; all-day deadlines sort at the end of the day. */
export function dueKey(dueDate: string, dueTime?: string): string {
  return `${dueDate}T${dueTime ?? '24:00'}`;
}

/** Fills the derived index fields and validates a whole deadline. */
export function withDerived(deadline: Omit<Deadline, 'dueAt' | 'pending'> & Partial<Deadline>): Deadline {
  return validate(DeadlineSchema, {
    ...deadline,
    dueAt: dueKey(deadline.dueDate, deadline.dueTime),
    pending: deadline.done || deadline.hidden ? 0 : 1,
  });
}

/** The fields the edit rules read and write, in a stored deadline or a row about to replace one. */
interface EditedFields {
  title?: unknown;
  dueDate?: unknown;
  dueTime?: unknown;
  timeZone?: unknown;
  source?: unknown;
  notifiedAt?: unknown;
  userEdited?: unknown;
}

/** True when an edit moved a deadline's due date, time or time zone. */
export function dueMoved(old: EditedFields, next: EditedFields): boolean {
  return next.dueDate !== old.dueDate || next.dueTime !== old.dueTime || next.timeZone !== old.timeZone;
}

/**
 * What every edit of a deadline (options page, CSV, calendar file) follows: a moved date notifies again, and a
 * built-in milestone or derived letter step the user moved or renamed is kept by later refreshes.
 */
export function applyEditRules(next: EditedFields, old: EditedFields, moved = dueMoved(old, next)): void {
  if (moved) delete next.notifiedAt;
  if ((old.source === 'built-in' || old.source === 'derived') && (moved || next.title !== old.title))
    next.userEdited = true;
}
