/** Deadlines: add, change, mark done, snooze, sync built-in/derived sets, and the indexed "due within" query. */
import { Dexie } from 'dexie';
import { addDays } from '@/lib/core/calendar/dates';
import { systemTimeZone, todayIso } from '@/lib/core/calendar/zone';
import { localDueDate } from '@/lib/core/due';
import { applyEditRules, dueKey, withDerived } from '@/lib/core/model/deadline-rules';
import { ValidationError, validate } from '@/lib/core/model/errors';
import { CONCERN_TABLES } from '@/lib/core/model/integrity';
import {
  mergePatch,
  newId,
  notFound,
  nowStamp,
  type Patch,
  stampNew,
  withoutUndefined,
} from '@/lib/core/model/records';
import { type Concerns, type Deadline, type DeadlineInput, DeadlineInputSchema } from '@/lib/core/model/schema';
import { db } from './database';

// The ICS import reads these from here.
export { applyEditRules, dueMoved, withDerived } from '@/lib/core/model/deadline-rules';

async function checkConcerns(concerns: Concerns | undefined): Promise<void> {
  if (!concerns) return;
  if (!(await db.table(CONCERN_TABLES[concerns.type]).get(concerns.id))) {
    throw new ValidationError([
      { field: 'concerns.id', message: `Concerns: the ${concerns.type} it refers to is not in your list` },
    ]);
  }
}

const TABLES = [db.deadlines, db.writers, db.letters, db.programs, db.outreach];

/** Adds a deadline (source "user" unless given); returns the stored record. */
export async function addDeadline(input: DeadlineInput): Promise<Deadline> {
  const deadline = withDerived(stampNew(validate(DeadlineInputSchema, input)));
  await db.transaction('rw', TABLES, async () => {
    await checkConcerns(deadline.concerns);
    await db.deadlines.add(withoutUndefined(deadline));
  });
  return deadline;
}

/** Changes some fields; a built-in or derived date the user edits is kept by later refreshes; a moved date re-arms its notification. */
export async function updateDeadline(id: string, patch: Patch<DeadlineInput>): Promise<Deadline> {
  return db.transaction('rw', TABLES, async () => {
    const current = (await db.deadlines.get(id)) ?? notFound('Deadline', id);
    const merged = mergePatch(current, patch);
    applyEditRules(merged, current);
    const next = withDerived(merged);
    if (next.concerns?.id !== current.concerns?.id) await checkConcerns(next.concerns);
    await db.deadlines.put(withoutUndefined(next));
    return next;
  });
}

/** Marks a deadline done (or not done again), recording the date. */
export function markDeadlineDone(id: string, done = true, date: string = todayIso()): Promise<Deadline> {
  return updateDeadline(id, { done, doneDate: done ? date : null });
}

/** Quiets a deadline's notification until an instant. */
export function snoozeDeadline(id: string, until: Date): Promise<Deadline> {
  return updateDeadline(id, { snoozedUntil: until.toISOString() });
}

/** Records that the deadline's notification was shown. */
export function markNotified(id: string, at: Date = new Date()): Promise<Deadline> {
  return updateDeadline(id, { notifiedAt: at.toISOString() });
}

/** Deletes a deadline. */
export async function deleteDeadline(id: string): Promise<void> {
  await db.deadlines.delete(id);
}

/**
 * Makes the stored deadlines of one source ('built-in' or 'derived') match `fresh` (stable ids): new ones
 * added, moved ones updated, vanished ones deleted. What the user did to them (done, hidden, snoozed,
 * lead days, notes, an edited built-in date) is kept. Returns how many were added, changed, removed.
 */
export async function syncDeadlines(
  source: 'built-in' | 'derived',
  fresh: DeadlineInput[],
): Promise<{ added: number; changed: number; removed: number }> {
  const parsed = fresh.map((input) => validate(DeadlineInputSchema, { ...input, source }));
  return db.transaction('rw', db.deadlines, async () => {
    const existing = new Map((await db.deadlines.where('source').equals(source).toArray()).map((d) => [d.id, d]));
    const stamp = nowStamp();
    const rows: Deadline[] = [];
    let added = 0;
    let changed = 0;
    for (const input of parsed) {
      const id = input.id ?? newId();
      const old = existing.get(id);
      existing.delete(id);
      const kept = old?.userEdited
        ? { title: old.title, dueDate: old.dueDate, dueTime: old.dueTime, timeZone: old.timeZone }
        : {};
      const next = withDerived({
        ...input,
        ...kept,
        id,
        done: old?.done ?? input.done,
        doneDate: old?.doneDate,
        hidden: old?.hidden ?? input.hidden,
        leadDays: old?.leadDays ?? input.leadDays,
        notes: old?.notes ?? input.notes,
        userEdited: old?.userEdited,
        snoozedUntil: old?.snoozedUntil,
        notifiedAt: old && old.dueAt === dueKey(input.dueDate, input.dueTime) ? old.notifiedAt : undefined,
        createdAt: old?.createdAt ?? stamp,
        updatedAt: stamp,
      });
      if (!old) added++;
      else if (
        JSON.stringify({ ...old, updatedAt: '' }) === JSON.stringify(withoutUndefined({ ...next, updatedAt: '' }))
      )
        continue;
      else changed++;
      rows.push(withoutUndefined(next));
    }
    await db.deadlines.bulkPut(rows);
    await db.deadlines.bulkDelete([...existing.keys()]);
    return { added, changed, removed: existing.size };
  });
}

/**
 * The badge query: deadlines not done and not hidden that are overdue or fall within `days` days of today
 * on the user's clock (`timeZone`, default the runtime's), soonest first. One indexed range read on [pending+dueAt].
 */
export async function dueWithin(now: Date, days: number, timeZone: string = systemTimeZone()): Promise<Deadline[]> {
  const lastDay = addDays(todayIso(now, timeZone), days);
  // A timed deadline in another zone can fall a day before or after its own date on the user's clock (zones are
  // at most 26 hours apart), so rows two days either side of the last day are checked one by one.
  const upper = dueKey(addDays(lastDay, 2));
  const candidates = await db.deadlines
    .where('[pending+dueAt]')
    .between([1, Dexie.minKey], [1, upper], true, true)
    .toArray();
  const surelyIn = dueKey(addDays(lastDay, -2));
  return candidates.filter((deadline) => deadline.dueAt <= surelyIn || localDueDate(deadline, timeZone) <= lastDay);
}

/** Deadlines due between two calendar dates inclusive (done or not), in date order; built-in hidden ones left out. */
export async function deadlinesBetween(from: string, to: string): Promise<Deadline[]> {
  const rows = await db.deadlines.where('dueAt').between(`${from}T`, dueKey(to), true, true).toArray();
  return rows.filter((deadline) => !deadline.hidden);
}

/** Every deadline in date order, hidden built-ins included (for the options table). */
export function listDeadlines(): Promise<Deadline[]> {
  return db.deadlines.orderBy('dueAt').toArray();
}

/** The deadlines about one writer, letter, program or outreach record. */
export function deadlinesFor(recordId: string): Promise<Deadline[]> {
  return db.deadlines.where('concerns.id').equals(recordId).toArray();
}

/** One deadline, or undefined. */
export function getDeadline(id: string): Promise<Deadline | undefined> {
  return db.deadlines.get(id);
}
