/** Writers: add, change, delete (with their letters), and read. */

import { ValidationError, validate } from '@/lib/core/model/errors';
import { mergePatch, notFound, type Patch, stampNew, withoutUndefined } from '@/lib/core/model/records';
import { type Writer, type WriterInput, WriterInputSchema, WriterSchema } from '@/lib/core/model/schema';
import { db } from './database';

/** Adds a writer; returns the stored record. Throws ValidationError on bad input. */
export async function addWriter(input: WriterInput): Promise<Writer> {
  const writer = validate(WriterSchema, stampNew(validate(WriterInputSchema, input)));
  await db.writers.add(withoutUndefined(writer));
  return writer;
}

/** Throws the readable error when no writer has this id: a letter or an outreach record can only point at one that exists. */
export async function requireWriter(id: string): Promise<void> {
  if (!(await db.writers.get(id)))
    throw new ValidationError([{ field: 'writerId', message: 'Writer: choose a writer who is in your list' }]);
}

/** Changes some fields of a writer; `null` clears an optional field. Returns the stored record. */
export async function updateWriter(id: string, patch: Patch<WriterInput>): Promise<Writer> {
  return db.transaction('rw', db.writers, async () => {
    const current = (await db.writers.get(id)) ?? notFound('Writer', id);
    const next = validate(WriterSchema, mergePatch(current, patch));
    await db.writers.put(withoutUndefined(next));
    return next;
  });
}

/** Deletes a writer with their letters, those letters' assignments, and deadlines about any of them. */
export async function deleteWriter(id: string): Promise<void> {
  await db.transaction('rw', [db.writers, db.letters, db.assignments, db.deadlines, db.outreach], async () => {
    const letterIds = (await db.letters.where('writerId').equals(id).primaryKeys()) as string[];
    await db.assignments.where('letterId').anyOf(letterIds).delete();
    await db.deadlines
      .where('concerns.id')
      .anyOf([id, ...letterIds])
      .delete();
    await db.letters.bulkDelete(letterIds);
    await db.outreach
      .filter((o) => o.writerId === id)
      .modify((o) => {
        delete o.writerId;
      });
    await db.writers.delete(id);
  });
}

/** One writer, or undefined. */
export function getWriter(id: string): Promise<Writer | undefined> {
  return db.writers.get(id);
}

/** All writers, by name. */
export function listWriters(): Promise<Writer[]> {
  return db.writers.orderBy('name').toArray();
}
