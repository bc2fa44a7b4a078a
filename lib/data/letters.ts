/** Letters: add, move through stages, change, delete, and read. */

import { todayIso } from '@/lib/core/calendar/zone';
import { validate } from '@/lib/core/model/errors';
import { mergePatch, notFound, type Patch, stampNew, withoutUndefined } from '@/lib/core/model/records';
import {
  type Letter,
  type LetterInput,
  LetterInputSchema,
  LetterSchema,
  type LetterStage,
} from '@/lib/core/model/schema';
import { db } from './database';
import { requireWriter } from './writers';

/** Adds a letter for an existing writer; the starting stage gets today's date unless given. */
export async function addLetter(input: LetterInput): Promise<Letter> {
  const parsed = validate(LetterInputSchema, input);
  const letter = validate(
    LetterSchema,
    stampNew({ ...parsed, stageDates: { [parsed.stage]: todayIso(), ...parsed.stageDates } }),
  );
  await db.transaction('rw', db.writers, db.letters, async () => {
    await requireWriter(letter.writerId);
    await db.letters.add(withoutUndefined(letter));
  });
  return letter;
}

/** Moves a letter to a stage and records the date it was reached (default today). */
export async function advanceLetter(id: string, stage: LetterStage, date: string = todayIso()): Promise<Letter> {
  return db.transaction('rw', db.letters, async () => {
    const current = (await db.letters.get(id)) ?? notFound('Letter', id);
    const next = validate(
      LetterSchema,
      mergePatch(current, { stage, stageDates: { ...current.stageDates, [stage]: date } }),
    );
    await db.letters.put(withoutUndefined(next));
    return next;
  });
}

/** Changes some fields of a letter; `null` clears an optional field. */
export async function updateLetter(id: string, patch: Patch<LetterInput>): Promise<Letter> {
  return db.transaction('rw', db.writers, db.letters, async () => {
    const current = (await db.letters.get(id)) ?? notFound('Letter', id);
    const next = validate(LetterSchema, mergePatch(current, patch));
    if (next.writerId !== current.writerId) await requireWriter(next.writerId);
    await db.letters.put(withoutUndefined(next));
    return next;
  });
}

/** Deletes a letter, its program assignments and the deadlines about it. */
export async function deleteLetter(id: string): Promise<void> {
  await db.transaction('rw', db.letters, db.assignments, db.deadlines, async () => {
    await db.assignments.where('letterId').equals(id).delete();
    await db.deadlines.where('concerns.id').equals(id).delete();
    await db.letters.delete(id);
  });
}

/** One letter, or undefined. */
export function getLetter(id: string): Promise<Letter | undefined> {
  return db.letters.get(id);
}

/** All letters. */
export function listLetters(): Promise<Letter[]> {
  return db.letters.toArray();
}

/** The letters at one stage (indexed). */
export function lettersAtStage(stage: LetterStage): Promise<Letter[]> {
  return db.letters.where('stage').equals(stage).toArray();
}

/** A writer's letters (indexed). */
export function lettersByWriter(writerId: string): Promise<Letter[]> {
  return db.letters.where('writerId').equals(writerId).toArray();
}
