/**
 * JSON backup and restore: everything in one file with a format version (see docs/backup-format.md).
 * A file is checked completely before anything is written; the write is one Dexie transaction, so a
 * refused or failed restore leaves the database exactly as it was.
 */

import {
  type BackupFile as BackupFileOf,
  backupCounts,
  MAX_BACKUP_BYTES,
  makeBackup,
  mergeRecords,
  parseBackup as parseBackupFile,
} from '@/lib/core/formats/backup';
import type { Records } from '@/lib/core/model/integrity';
import { withoutUndefined } from '@/lib/core/model/records';
import { getSettings, replaceSettings, type Settings, SettingsSchema } from '@/lib/platform/settings';
import { db, TABLE_NAMES, type TableName } from './database';

export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupCounts,
  backupFileName,
  MAX_BACKUP_BYTES,
} from '@/lib/core/formats/backup';

/** A backup file with this build's settings. */
export type BackupFile = BackupFileOf<Settings>;

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

/** Collects everything into one backup object. */
export async function createBackup(): Promise<BackupFile> {
  const data = await db.transaction('r', TABLE_NAMES as unknown as string[], storedRecords);
  return makeBackup(data, await getSettings());
}

/** The backup as the JSON text of a .json file. */
export async function exportBackupJson(): Promise<string> {
  return JSON.stringify(await createBackup(), null, 1);
}

/** Reads and checks a backup file's text completely; returns the backup or throws ValidationError naming the first problems. */
export function parseBackup(text: string): BackupFile {
  return parseBackupFile(text, SettingsSchema);
}

/** Reads a picked file: refuses a huge one before loading its text. */
export async function readBackupFile(file: Blob): Promise<BackupFile> {
  if (file.size > MAX_BACKUP_BYTES) parseBackup(' '.repeat(MAX_BACKUP_BYTES + 1));
  return parseBackup(await file.text());
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
      incoming = mergeRecords(await storedRecords(), incoming);
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

/** Every stored record, one list per table. */
async function storedRecords(): Promise<Records> {
  const entries = await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).toArray()] as const));
  return Object.fromEntries(entries) as unknown as Records;
}
