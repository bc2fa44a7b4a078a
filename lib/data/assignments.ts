/** Assignments: which letters go to which program. ERAS takes at most four letters per program. */

import { todayIso } from '@/lib/core/calendar/zone';
import { ValidationError, validate } from '@/lib/core/model/errors';
import { newId, nowStamp, withoutUndefined } from '@/lib/core/model/records';
import { type Assignment, AssignmentSchema, MAX_LETTERS_PER_PROGRAM, TOO_MANY_LETTERS } from '@/lib/core/model/schema';
import { db } from './database';

/**
 * Sends a letter to a program. Refuses a fifth letter, a missing program or letter, and a declined or
 * withdrawn letter. Assigning an uploaded letter moves it to the "assigned" stage. Assigning twice returns the first.
 */
export async function assignLetter(
  programId: string,
  letterId: string,
  date: string = todayIso(),
): Promise<Assignment> {
  return db.transaction('rw', db.programs, db.letters, db.assignments, async () => {
    const [program, letter] = await Promise.all([db.programs.get(programId), db.letters.get(letterId)]);
    if (!program)
      throw new ValidationError([{ field: 'programId', message: 'Program: it is not in your list any more' }]);
    if (!letter) throw new ValidationError([{ field: 'letterId', message: 'Letter: it is not in your list any more' }]);
    const existing = await db.assignments.where('[programId+letterId]').equals([programId, letterId]).first();
    if (existing) return existing;
    if (letter.stage === 'declined' || letter.stage === 'withdrawn') {
      throw new ValidationError([
        { field: 'letterId', message: `Letter: a ${letter.stage} letter cannot be sent to a program` },
      ]);
    }
    const count = await db.assignments.where('programId').equals(programId).count();
    if (count >= MAX_LETTERS_PER_PROGRAM) {
      throw new ValidationError([
        { field: 'programId', message: `${TOO_MANY_LETTERS}; ${program.name} already has 4. Unassign one first.` },
      ]);
    }
    const stamp = nowStamp();
    const assignment = validate(AssignmentSchema, {
      id: newId(),
      programId,
      letterId,
      assignedDate: date,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.assignments.add(withoutUndefined(assignment));
    if (letter.stage === 'uploaded') {
      await db.letters.update(letterId, {
        stage: 'assigned',
        stageDates: { ...letter.stageDates, assigned: date },
        updatedAt: stamp,
      });
    }
    return assignment;
  });
}

/** Takes a letter off a program (no error if it was not assigned). */
export async function unassignLetter(programId: string, letterId: string): Promise<void> {
  await db.assignments.where('[programId+letterId]').equals([programId, letterId]).delete();
}

/** The assignments of one program (indexed). */
export function assignmentsForProgram(programId: string): Promise<Assignment[]> {
  return db.assignments.where('programId').equals(programId).toArray();
}

/** The programs one letter goes to (indexed). */
export function assignmentsForLetter(letterId: string): Promise<Assignment[]> {
  return db.assignments.where('letterId').equals(letterId).toArray();
}

/** Every assignment, for the assignment matrix. */
export function listAssignments(): Promise<Assignment[]> {
  return db.assignments.toArray();
}
