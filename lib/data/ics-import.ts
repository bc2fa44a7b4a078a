/**
 * Writes a calendar read by `parseIcs` (lib/core/formats/ics) to the deadlines table: plans what is new and
 * what updates a deadline already stored (matched by the id made from the event's UID), then writes in one
 * transaction. Events the file could not read are only skipped when the caller says the user agreed.
 */

import { systemTimeZone, zonedTimeToInstant } from '@/lib/core/calendar/zone';
import type { IcsRead } from '@/lib/core/formats/ics';
import {
  applyEditRules,
  type Deadline,
  type DeadlineInput,
  DeadlineInputSchema,
  db,
  ValidationError,
  withDerived,
} from './';
export type IcsAction = 'new' | 'update' | 'same';

export interface IcsPlan {
  /** Each event of the file with what the import does to it. */
  items: { deadline: DeadlineInput; action: IcsAction }[];
  added: number;
  updated: number;
  unchanged: number;
}

function isSameMoment(old: Deadline, input: DeadlineInput, ownZone: string): boolean {
  if (!old.dueTime || !input.dueTime) return !old.dueTime && !input.dueTime && old.dueDate === input.dueDate;
  const instant = (date: string, time: string, zone: string | undefined) =>
    zonedTimeToInstant(date, time, zone ?? ownZone).getTime();
  return instant(old.dueDate, old.dueTime, old.timeZone) === instant(input.dueDate, input.dueTime, input.timeZone);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The stored deadline an event becomes: a new one, or the deadline with its UID updated (title, date and
 * notes from the file; a same moment written in another zone leaves the stored date and zone alone;
 * what the user did to it, such as done, lead days or snooze, is kept). `undefined` when nothing changes.
 */
function nextRecord(old: Deadline | undefined, input: DeadlineInput, ownZone: string, stamp: string) {
  if (!old) {
    const parsed = DeadlineInputSchema.parse(input);
    return withDerived({ ...parsed, id: parsed.id ?? crypto.randomUUID(), createdAt: stamp, updatedAt: stamp });
  }
  const moved = !isSameMoment(old, input, ownZone);
  const renamed = old.title !== input.title;
  const newNotes = input.notes !== undefined && input.notes !== (old.notes ?? '').trim();
  if (!moved && !renamed && !newNotes) return undefined;
  const next: Deadline = { ...old, title: input.title, updatedAt: stamp };
  if (newNotes) next.notes = input.notes;
  if (moved) {
    next.dueDate = input.dueDate;
    next.dueTime = input.dueTime;
    next.timeZone = input.timeZone;
  }
  // The same moment written in another zone is not a move (isSameMoment), so `moved` is passed in.
  applyEditRules(next, old, moved);
  return withDerived(withoutUndefined(next));
}

async function planRecords(deadlines: DeadlineInput[], ownZone: string) {
  const ids = deadlines.map((d) => d.id).filter((id): id is string => Boolean(id));
  const stored = new Map(
    (await db.deadlines.bulkGet(ids)).filter((d): d is Deadline => Boolean(d)).map((d) => [d.id, d]),
  );
  const stamp = new Date().toISOString();
  const rows: Deadline[] = [];
  const items: IcsPlan['items'] = [];
  for (const deadline of deadlines) {
    const old = deadline.id ? stored.get(deadline.id) : undefined;
    const row = nextRecord(old, deadline, ownZone, stamp);
    if (row) rows.push(withoutUndefined(row));
    items.push({ deadline, action: !old ? 'new' : row ? 'update' : 'same' });
  }
  const count = (action: IcsAction) => items.filter((item) => item.action === action).length;
  return { rows, plan: { items, added: count('new'), updated: count('update'), unchanged: count('same') } };
}

/** What importing these events would do: how many are new, how many update a deadline already stored. */
export async function planIcsImport(deadlines: DeadlineInput[], ownZone: string = systemTimeZone()): Promise<IcsPlan> {
  return (await planRecords(deadlines, ownZone)).plan;
}

const CHUNK = 250;

export interface IcsWriteOptions {
  onProgress?: (done: number, total: number) => void;
  ownZone?: string;
  /** The user saw the events that cannot be read and chose to import the others. */
  skipUnreadable?: boolean;
}

/**
 * Writes the events read from a calendar in one transaction (new ones added, those whose UID is already
 * stored updated), with progress for a large file. A file with events that cannot be read is refused unless
 * `skipUnreadable` says the user agreed to import the others.
 */
export async function importIcs(
  parsed: Pick<IcsRead, 'deadlines' | 'problems'>,
  { onProgress, ownZone = systemTimeZone(), skipUnreadable = false }: IcsWriteOptions = {},
): Promise<IcsPlan> {
  if (parsed.problems.length > 0 && !skipUnreadable) {
    throw new ValidationError(
      `${parsed.problems.length === 1 ? 'An event' : `${parsed.problems.length} events`} in the file cannot be read; confirm to import the others.`,
    );
  }
  return db.transaction('rw', db.deadlines, async () => {
    const { rows, plan } = await planRecords(parsed.deadlines, ownZone);
    let done = 0;
    onProgress?.(0, rows.length);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await db.deadlines.bulkPut(chunk);
      done += chunk.length;
      onProgress?.(done, rows.length);
    }
    return plan;
  });
}
