/**
 * The JSON backup format (docs/backup-format.md): one file with a format name and version, every record and
 * the settings. Reading checks a file completely and names its problems; nothing here touches the database.
 */
import { z } from 'zod';
import { withDerived } from '@/lib/core/model/deadline-rules';
import { problemsFrom, ValidationError } from '@/lib/core/model/errors';
import { checkReferences, type Records, TABLE_NAMES, type TableName } from '@/lib/core/model/integrity';
import { NoteSchema } from '@/lib/core/model/notes';
import {
  AssignmentSchema,
  DeadlineInputSchema,
  LetterSchema,
  OutreachSchema,
  ProgramSchema,
  WriterSchema,
} from '@/lib/core/model/schema';

export const BACKUP_FORMAT = 'strongletter-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing: a real backup is a few hundred kilobytes. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** How many problems a refusal lists. */
const MAX_PROBLEMS = 8;

const storedDeadline = DeadlineInputSchema.extend({
  id: z.string().min(1),
  createdAt: WriterSchema.shape.createdAt,
  updatedAt: WriterSchema.shape.updatedAt,
});

const RECORD_SCHEMAS = {
  writers: WriterSchema,
  letters: LetterSchema,
  programs: ProgramSchema,
  assignments: AssignmentSchema,
  deadlines: storedDeadline,
  outreach: OutreachSchema,
  notes: NoteSchema,
} as const;

const SINGULAR: Record<TableName, string> = {
  writers: 'Writer',
  letters: 'Letter',
  programs: 'Program',
  assignments: 'Assignment',
  deadlines: 'Deadline',
  outreach: 'Outreach record',
  notes: 'Note',
};

/** A backup file; `S` is the settings (validated by the schema the caller passes in). */
export interface BackupFile<S = unknown> {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  data: Records;
  settings?: S;
}

/** A backup of these records and settings (records sorted by id so equal data gives an equal file). */
export function makeBackup<S>(data: Records, settings: S, now: Date = new Date()): BackupFile<S> {
  const sorted = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, [...(data[name] as { id: string }[])].sort(byId)]),
  ) as unknown as Records;
  // dueAt and pending are derived; a restore recomputes them.
  sorted.deadlines = sorted.deadlines.map(({ dueAt: _d, pending: _p, ...rest }) => rest) as Records['deadlines'];
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data: sorted, settings };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A file name for a backup made on a day, e.g. strongletter-backup-2026-09-24.json. */
export function backupFileName(date: string): string {
  return `strongletter-backup-${date}.json`;
}

/** How many records of each kind a backup holds, for the confirmation before restoring. */
export function backupCounts(backup: BackupFile<unknown>): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, backup.data[name].length])) as Record<TableName, number>;
}

/** Throws the ValidationError for a refused file, listing the first problems. */
export function refuseBackup(problems: string[]): never {
  const listed = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length > MAX_PROBLEMS ? [`…and ${problems.length - MAX_PROBLEMS} more problems`] : [];
  throw new ValidationError([...listed, ...more].map((message) => ({ field: '', message })));
}

function describeRecord(table: TableName, index: number, raw: unknown): string {
  const row = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const name = row.name ?? row.title ?? row.contactName;
  return `${SINGULAR[table]} ${index + 1}${typeof name === 'string' && name ? ` (“${name.slice(0, 40)}”)` : ''}`;
}

/** The file's header fields checked: JSON, our format, a version this build reads, a data section. */
function readEnvelope(text: string): Record<string, unknown> & { version: number; data: object } {
  if (text.length > MAX_BACKUP_BYTES) {
    refuseBackup([
      `The file is ${(text.length / 1024 / 1024).toFixed(1)} MB; a StrongLetter backup is never larger than 20 MB. Is this the right file?`,
    ]);
  }
  if (text.trim() === '') refuseBackup(['The file is empty.']);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    refuseBackup([`This is not a readable backup: the JSON is damaged (${(error as Error).message}).`]);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    refuseBackup([`This is not a StrongLetter backup (it has no "format": "${BACKUP_FORMAT}").`]);
  }
  const file = raw as Record<string, unknown>;
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    refuseBackup([`The backup's format version ${JSON.stringify(file.version)} is not one StrongLetter knows.`]);
  }
  if (file.version > BACKUP_VERSION) {
    refuseBackup([
      `This backup was made by a newer StrongLetter (format version ${file.version}); update the extension, then restore it.`,
    ]);
  }
  if (!file.data || typeof file.data !== 'object' || Array.isArray(file.data))
    refuseBackup(['The backup has no "data" section.']);
  return file as Record<string, unknown> & { version: number; data: object };
}

/** Each table's records checked against their schemas (deadlines get their derived fields back). */
function readRecords(sections: Record<string, unknown>, problems: string[]): Records {
  const data = {} as Record<TableName, unknown[]>;
  for (const table of TABLE_NAMES) {
    const rows = sections[table] ?? [];
    data[table] = [];
    if (!Array.isArray(rows)) {
      problems.push(`The "${table}" section must be a list of records.`);
      continue;
    }
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (!row || typeof row !== 'object' || Array.isArray(row)) {
        problems.push(`${describeRecord(table, index, row)}: is not a record (expected an object with fields).`);
        return;
      }
      const result = RECORD_SCHEMAS[table].safeParse(row);
      if (!result.success) {
        for (const problem of problemsFrom(result.error.issues))
          problems.push(`${describeRecord(table, index, row)}: ${problem.message}`);
        return;
      }
      const id = result.data.id;
      if (seen.has(id)) problems.push(`${describeRecord(table, index, row)}: the id ${id} is used twice in ${table}.`);
      seen.add(id);
      data[table].push(table === 'deadlines' ? withDerived(result.data as Records['deadlines'][number]) : result.data);
    });
  }
  return data as unknown as Records;
}

/**
 * Reads and checks a backup file's text completely, settings with `settingsSchema`; returns the backup or
 * throws a ValidationError naming the first problems.
 */
export function parseBackup<S>(text: string, settingsSchema: z.ZodType<S>): BackupFile<S> {
  const file = readEnvelope(text);
  const problems: string[] = [];
  const data = readRecords(file.data as Record<string, unknown>, problems);
  let settings: S | undefined;
  if (file.settings !== undefined) {
    const result = settingsSchema.safeParse(file.settings);
    if (result.success) settings = result.data;
    else for (const problem of problemsFrom(result.error.issues)) problems.push(`Settings: ${problem.message}`);
  }
  if (problems.length) refuseBackup(problems);
  const referenceProblems = checkReferences(data);
  if (referenceProblems.length) refuseBackup(referenceProblems);
  return { format: BACKUP_FORMAT, version: file.version, exportedAt: String(file.exportedAt ?? ''), data, settings };
}

/**
 * For a merge restore: the records to write over `stored`. The file wins for equal ids; an incoming assignment
 * of a pair already stored under another id is dropped. Refuses (ValidationError) when the union breaks a
 * reference or the ERAS limit.
 */
export function mergeRecords(stored: Records, incoming: Records): Records {
  const pairs = new Map(stored.assignments.map((a) => [`${a.programId}|${a.letterId}`, a.id]));
  const assignments = incoming.assignments.filter((a) => {
    const existing = pairs.get(`${a.programId}|${a.letterId}`);
    return existing === undefined || existing === a.id;
  });
  const merged = {} as Record<TableName, unknown[]>;
  for (const name of TABLE_NAMES) {
    const byKey = new Map<string, unknown>((stored[name] as { id: string }[]).map((row) => [row.id, row]));
    for (const row of name === 'assignments' ? assignments : (incoming[name] as { id: string }[]))
      byKey.set(row.id, row);
    merged[name] = [...byKey.values()];
  }
  const problems = checkReferences(merged as unknown as Records);
  if (problems.length) refuseBackup(problems.map((problem) => `After merging: ${problem}`));
  return { ...incoming, assignments };
}
