/**
 * JSON backup and restore: everything in one file with a format version (see docs/backup-format.md).
 * A file is checked completely before anything is written; the write is one Dexie transaction, so a
 * refused or failed restore leaves the database exactly as it was.
 */

import { z } from 'zod';
import { problemsFrom, ValidationError } from '@/lib/core/model/errors';
import { checkReferences, type Records } from '@/lib/core/model/integrity';
import { NoteSchema } from '@/lib/core/model/notes';
import { withoutUndefined } from '@/lib/core/model/records';
import {
  AssignmentSchema,
  DeadlineInputSchema,
  LetterSchema,
  OutreachSchema,
  ProgramSchema,
  WriterSchema,
} from '@/lib/core/model/schema';
import { getSettings, replaceSettings, type Settings, SettingsSchema } from '@/lib/platform/settings';
import { db, TABLE_NAMES, type TableName } from './database';
import { withDerived } from './deadlines';

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

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  data: Records;
  settings?: Settings;
}

export type RestoreMode = 'replace' | 'merge';

export interface RestoreOptions {
  mode: RestoreMode;
  /** Also restore the settings stored in the file (default true). */
  includeSettings?: boolean;
  /** Called as records are written: (written so far, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface RestoreSummary {
  mode: RestoreMode;
  counts: Record<TableName, number>;
  settingsRestored: boolean;
}

/** Collects everything into one backup object (records sorted by id so equal data gives an equal file). */
export async function createBackup(): Promise<BackupFile> {
  const data = await db.transaction('r', TABLE_NAMES as unknown as string[], async () => {
    const entries = await Promise.all(
      TABLE_NAMES.map(async (name) => [name, await db.table(name).orderBy('id').toArray()] as const),
    );
    return Object.fromEntries(entries) as unknown as Records;
  });
  // dueAt and pending are derived; a restore recomputes them.
  data.deadlines = data.deadlines.map(({ dueAt: _dueAt, pending: _pending, ...rest }) => rest) as Records['deadlines'];
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    data,
    settings: await getSettings(),
  };
}

/** The backup as the JSON text of a .json file. */
export async function exportBackupJson(): Promise<string> {
  return JSON.stringify(await createBackup(), null, 1);
}

/** A file name for a backup made on a day, e.g. strongletter-backup-2026-09-24.json. */
export function backupFileName(date: string): string {
  return `strongletter-backup-${date}.json`;
}

function refuse(problems: string[]): never {
  const listed = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length > MAX_PROBLEMS ? [`…and ${problems.length - MAX_PROBLEMS} more problems`] : [];
  throw new ValidationError([...listed, ...more].map((message) => ({ field: '', message })));
}

function describeRecord(table: TableName, index: number, raw: unknown): string {
  const row = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const name = row.name ?? row.title ?? row.contactName;
  return `${SINGULAR[table]} ${index + 1}${typeof name === 'string' && name ? ` (“${name.slice(0, 40)}”)` : ''}`;
}

/** Reads and checks a backup file's text completely; returns the backup or throws ValidationError naming the first problems. */
export function parseBackup(text: string): BackupFile {
  if (text.length > MAX_BACKUP_BYTES) {
    refuse([
      `The file is ${(text.length / 1024 / 1024).toFixed(1)} MB; a StrongLetter backup is never larger than 20 MB. Is this the right file?`,
    ]);
  }
  if (text.trim() === '') refuse(['The file is empty.']);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    refuse([`This is not a readable backup: the JSON is damaged (${(error as Error).message}).`]);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    refuse([`This is not a StrongLetter backup (it has no "format": "${BACKUP_FORMAT}").`]);
  }
  const file = raw as Record<string, unknown>;
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    refuse([`The backup's format version ${JSON.stringify(file.version)} is not one StrongLetter knows.`]);
  }
  if (file.version > BACKUP_VERSION) {
    refuse([
      `This backup was made by a newer StrongLetter (format version ${file.version}); update the extension, then restore it.`,
    ]);
  }
  const sections = file.data;
  if (!sections || typeof sections !== 'object' || Array.isArray(sections))
    refuse(['The backup has no "data" section.']);
  const problems: string[] = [];
  const data = {} as Records;
  for (const table of TABLE_NAMES) {
    const rows = (sections as Record<string, unknown>)[table] ?? [];
    if (!Array.isArray(rows)) {
      problems.push(`The "${table}" section must be a list of records.`);
      continue;
    }
    const seen = new Set<string>();
    const parsedRows: unknown[] = [];
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
      parsedRows.push(table === 'deadlines' ? withDerived(result.data as Records['deadlines'][number]) : result.data);
    });
    (data as unknown as Record<string, unknown[]>)[table] = parsedRows;
  }
  let settings: Settings | undefined;
  if (file.settings !== undefined) {
    const result = SettingsSchema.safeParse(file.settings);
    if (result.success) settings = result.data;
    else for (const problem of problemsFrom(result.error.issues)) problems.push(`Settings: ${problem.message}`);
  }
  if (problems.length) refuse(problems);
  const referenceProblems = checkReferences(data);
  if (referenceProblems.length) refuse(referenceProblems);
  return { format: BACKUP_FORMAT, version: file.version, exportedAt: String(file.exportedAt ?? ''), data, settings };
}

/** Reads a picked file: refuses a huge one before loading its text. */
export async function readBackupFile(file: Blob): Promise<BackupFile> {
  if (file.size > MAX_BACKUP_BYTES) parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1));
  return parseBackup(await file.text());
}

/** How many records of each kind a backup holds, for the confirmation before restoring. */
export function backupCounts(backup: BackupFile): Record<TableName, number> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, backup.data[name].length])) as Record<TableName, number>;
}

/**
 * Restores a backup (text or already parsed) in one transaction. `replace` empties the database first;
 * `merge` keeps existing records, with the backup's version winning for equal ids. Refused files and
 * failed writes leave everything as it was.
 */
export async function restoreBackup(input: string | BackupFile, options: RestoreOptions): Promise<RestoreSummary> {
  const backup = typeof input === 'string' ? parseBackup(input) : input;
  const total = TABLE_NAMES.reduce((sum, name) => sum + backup.data[name].length, 0);
  await db.transaction('rw', TABLE_NAMES as unknown as string[], async () => {
    let incoming = backup.data;
    if (options.mode === 'replace') {
      for (const name of TABLE_NAMES) await db.table(name).clear();
    } else {
      incoming = await mergeWithStored(incoming);
    }
    let done = 0;
    for (const name of TABLE_NAMES) {
      const rows = incoming[name] as object[];
      for (let start = 0; start < rows.length; start += 500) {
        const chunk = rows.slice(start, start + 500).map((row) => withoutUndefined(row));
        await db.table(name).bulkPut(chunk);
        done += chunk.length;
        options.onProgress?.(done, total);
      }
    }
  });
  const settingsRestored = options.includeSettings !== false && backup.settings !== undefined;
  if (settingsRestored) await replaceSettings(backup.settings);
  return { mode: options.mode, counts: backupCounts(backup), settingsRestored };
}

/** For a merge: checks the union of stored and incoming records; drops incoming assignments already present under another id. */
async function mergeWithStored(incoming: Records): Promise<Records> {
  const stored = Object.fromEntries(
    await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const)),
  ) as unknown as Records;
  const pairs = new Map(stored.assignments.map((a) => [`${a.programId}|${a.letterId}`, a.id]));
  const assignments = incoming.assignments.filter((a) => {
    const existing = pairs.get(`${a.programId}|${a.letterId}`);
    return existing === undefined || existing === a.id;
  });
  const merged = {} as Records;
  for (const name of TABLE_NAMES) {
    const byId = new Map<string, unknown>((stored[name] as { id: string }[]).map((row) => [row.id, row]));
    for (const row of name === 'assignments' ? assignments : (incoming[name] as { id: string }[]))
      byId.set(row.id, row);
    (merged as unknown as Record<string, unknown[]>)[name] = [...byId.values()];
  }
  const problems = checkReferences(merged);
  if (problems.length) refuse(problems.map((problem) => `After merging: ${problem}`));
  return { ...incoming, assignments };
}
