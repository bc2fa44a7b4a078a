/** Cross-record checks for whole data sets (backups, imports): every reference resolves and ERAS limits hold. */
import type { Note } from './notes';
import {
  type Assignment,
  type Deadline,
  type Letter,
  MAX_LETTERS_PER_PROGRAM,
  type Outreach,
  type Program,
  TOO_MANY_LETTERS,
  type Writer,
} from './schema';

/** The tables of records, in the order backups and CSV list them. */
export const TABLE_NAMES = ['writers', 'letters', 'programs', 'assignments', 'deadlines', 'outreach', 'notes'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A full set of records, one list per table. */
export interface Records extends Record<TableName, unknown[]> {
  writers: Writer[];
  letters: Letter[];
  programs: Program[];
  assignments: Assignment[];
  deadlines: Deadline[];
  outreach: Outreach[];
  notes: Note[];
}

/** The table of the record a deadline is about, by the kind of record. */
export const CONCERN_TABLES = {
  writer: 'writers',
  letter: 'letters',
  program: 'programs',
  outreach: 'outreach',
} as const;

/** Problems with references between records, in readable sentences; empty when all is well. */
export function checkReferences(records: Records): string[] {
  const ids = {
    writers: new Set(records.writers.map((r) => r.id)),
    letters: new Set(records.letters.map((r) => r.id)),
    programs: new Set(records.programs.map((r) => r.id)),
    outreach: new Set(records.outreach.map((r) => r.id)),
  };
  const problems: string[] = [];
  for (const letter of records.letters) {
    if (!ids.writers.has(letter.writerId))
      problems.push(`Letter ${letter.id} belongs to writer ${letter.writerId}, who is not in the file.`);
  }
  const perProgram = new Map<string, number>();
  const pairs = new Set<string>();
  for (const assignment of records.assignments) {
    if (!ids.programs.has(assignment.programId))
      problems.push(`Assignment ${assignment.id} points to program ${assignment.programId}, which is not in the file.`);
    if (!ids.letters.has(assignment.letterId))
      problems.push(`Assignment ${assignment.id} points to letter ${assignment.letterId}, which is not in the file.`);
    const pair = `${assignment.programId}|${assignment.letterId}`;
    if (pairs.has(pair))
      problems.push(`Letter ${assignment.letterId} is assigned to program ${assignment.programId} twice.`);
    pairs.add(pair);
    perProgram.set(assignment.programId, (perProgram.get(assignment.programId) ?? 0) + 1);
  }
  for (const [programId, count] of perProgram) {
    if (count > MAX_LETTERS_PER_PROGRAM) {
      const name = records.programs.find((p) => p.id === programId)?.name ?? programId;
      problems.push(`${TOO_MANY_LETTERS}; ${name} has ${count}.`);
    }
  }
  for (const deadline of records.deadlines) {
    const concerns = deadline.concerns;
    if (concerns && !ids[CONCERN_TABLES[concerns.type]].has(concerns.id)) {
      problems.push(`Deadline “${deadline.title}” is about ${concerns.type} ${concerns.id}, which is not in the file.`);
    }
  }
  for (const outreach of records.outreach) {
    if (outreach.writerId && !ids.writers.has(outreach.writerId)) {
      problems.push(`Outreach to ${outreach.contactName} links writer ${outreach.writerId}, who is not in the file.`);
    }
  }
  return problems;
}
