/** Programs: add, change, delete (with their assignments and deadlines), and read. */

import { validate } from '@/lib/core/model/errors';
import { mergePatch, notFound, type Patch, stampNew, withoutUndefined } from '@/lib/core/model/records';
import { type Program, type ProgramInput, ProgramInputSchema, ProgramSchema } from '@/lib/core/model/schema';
import { db } from './database';

/** Adds a program; returns the stored record. */
export async function addProgram(input: ProgramInput): Promise<Program> {
  const program = validate(ProgramSchema, stampNew(validate(ProgramInputSchema, input)));
  await db.programs.add(withoutUndefined(program));
  return program;
}

/** Changes some fields of a program; `null` clears an optional field. */
export async function updateProgram(id: string, patch: Patch<ProgramInput>): Promise<Program> {
  return db.transaction('rw', db.programs, async () => {
    const current = (await db.programs.get(id)) ?? notFound('Program', id);
    const next = validate(ProgramSchema, mergePatch(current, patch));
    await db.programs.put(withoutUndefined(next));
    return next;
  });
}

/** Deletes a program, its letter assignments and the deadlines about it. */
export async function deleteProgram(id: string): Promise<void> {
  await db.transaction('rw', db.programs, db.assignments, db.deadlines, async () => {
    await db.assignments.where('programId').equals(id).delete();
    await db.deadlines.where('concerns.id').equals(id).delete();
    await db.programs.delete(id);
  });
}

/** One program, or undefined. */
export function getProgram(id: string): Promise<Program | undefined> {
  return db.programs.get(id);
}

/** All programs, by name. */
export function listPrograms(): Promise<Program[]> {
  return db.programs.orderBy('name').toArray();
}
