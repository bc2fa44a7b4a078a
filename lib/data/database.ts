/**
 * The one Dexie schema module. Every later change adds `version(n)` with an upgrade function;
 * an old version is never edited (users' browsers hold databases at every past version).
 */
import { Dexie, type EntityTable } from 'dexie';
import { dueKey } from '@/lib/core/model/deadline-rules';
import { TABLE_NAMES, type TableName } from '@/lib/core/model/integrity';
import type { Note } from '@/lib/core/model/notes';
import type { Assignment, Deadline, Letter, Outreach, Program, Writer } from '@/lib/core/model/schema';

export const DATABASE_NAME = 'strongletter';

export { TABLE_NAMES, type TableName };

/** Version 1: the stores as first shipped. Kept verbatim for the migration test and for Dexie's history. */
export const STORES_V1 = {
  writers: 'id, name',
  letters: 'id, writerId, stage',
  programs: 'id, name, status',
  assignments: 'id, programId, letterId, &[programId+letterId]',
  deadlines: 'id, dueDate, done, kind, concerns.id',
  outreach: 'id, status, sentDate',
} as const;

/** Version 2: deadlines gain the derived `dueAt` sort key and `pending` flag, indexed together for the badge. */
export const STORES_V2 = {
  ...STORES_V1,
  deadlines: 'id, [pending+dueAt], dueAt, kind, source, concerns.id',
} as const;

/** Version 3: the applicant's own notes (plan B, family script, SOAP checklist, interview sentences), one per id. */
export const STORES_V3 = {
  ...STORES_V2,
  notes: 'id',
} as const;

/** StrongLetter's IndexedDB database. */
export class StrongLetterDB extends Dexie {
  writers!: EntityTable<Writer, 'id'>;
  letters!: EntityTable<Letter, 'id'>;
  programs!: EntityTable<Program, 'id'>;
  assignments!: EntityTable<Assignment, 'id'>;
  deadlines!: EntityTable<Deadline, 'id'>;
  outreach!: EntityTable<Outreach, 'id'>;
  notes!: EntityTable<Note, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        // `done` was a boolean, which IndexedDB cannot index; the new compound index needs a number.
        await tx
          .table('deadlines')
          .toCollection()
          .modify((deadline: Record<string, unknown>) => {
            deadline.dueAt = dueKey(String(deadline.dueDate), deadline.dueTime as string | undefined);
            deadline.pending = deadline.done || deadline.hidden ? 0 : 1;
          });
      });
    // A new, empty table: nothing stored before needs to change.
    this.version(3).stores(STORES_V3);
  }
}

/** The shared database used by popup, options and background. */
export const db = new StrongLetterDB();

/** A separate database (for tests and benches); give each a unique name. */
export function createDatabase(name: string): StrongLetterDB {
  return new StrongLetterDB(name);
}

/** Empties every table of the shared database in one transaction (the "Delete all data" action). */
export async function clearAllData(database: StrongLetterDB = db): Promise<void> {
  await database.transaction('rw', TABLE_NAMES as unknown as string[], async () => {
    await Promise.all(TABLE_NAMES.map((name) => database.table(name).clear()));
  });
}
