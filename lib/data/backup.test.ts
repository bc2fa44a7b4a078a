import { beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/core/model/errors';
import { getSettings, updateSettings } from '@/lib/platform/settings';
import { assignLetter } from './assignments';
import {
  BACKUP_VERSION,
  type BackupFile,
  createBackup,
  exportBackupJson,
  MAX_BACKUP_BYTES,
  parseBackup,
  restoreBackup,
} from './backup';
import { clearAllData, db, TABLE_NAMES } from './database';
import { addDeadline, markDeadlineDone } from './deadlines';
import { addLetter, advanceLetter } from './letters';
import { addOutreach } from './outreach';
import { addProgram } from './programs';
import { addWriter } from './writers';

beforeEach(() => clearAllData());

/** A small but complete applicant: every table, references between them, a done deadline. */
async function seed(prefix = '') {
  const rao = await addWriter({
    name: `${prefix}Dr. Rao`,
    contactType: 'us-hands-on',
    usBased: true,
    weeksTogether: 4,
    email: 'rao@city.org',
  });
  const kim = await addWriter({
    name: `${prefix}Dr. Kim`,
    contactType: 'research',
    role: 'research-mentor',
    startDate: '2025-01-06',
    endDate: '2025-06-30',
  });
  const letters = [];
  for (const writer of [rao, kim, rao])
    letters.push(await addLetter({ writerId: writer.id, specialty: 'Internal Medicine', waiver: 'yes' }));
  await advanceLetter(letters[0].id, 'uploaded', '2026-08-20');
  const program = await addProgram({ name: `${prefix}City IM`, visa: 'j1', specialtyLetterRequired: true });
  for (const letter of letters) await assignLetter(program.id, letter.id, '2026-09-01');
  const deadline = await addDeadline({
    title: `${prefix}Upload`,
    dueDate: '2026-09-24',
    dueTime: '09:00',
    timeZone: 'America/New_York',
    concerns: { type: 'letter', id: letters[1].id },
  });
  await markDeadlineDone(deadline.id, true, '2026-09-20');
  await addDeadline({
    id: `builtin:2027:match-day${prefix}`,
    title: 'Match Day',
    dueDate: '2027-03-19',
    source: 'built-in',
    kind: 'milestone',
    hidden: true,
  });
  await addOutreach({
    contactName: `${prefix}Dr. Osei`,
    sentDate: '2026-04-02',
    followUpDates: ['2026-04-09'],
    status: 'no-reply',
    writerId: kim.id,
  });
  await updateSettings({ specialty: 'Internal Medicine', cycleYear: 2027 });
}

async function snapshot() {
  return Object.fromEntries(
    await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).orderBy('id').toArray()])),
  );
}

describe('backup and restore', () => {
  it('backup → replace restore → the database is deep-equal, settings included', async () => {
    await seed();
    const before = await snapshot();
    const json = await exportBackupJson();
    await clearAllData();
    await updateSettings({ specialty: 'Surgery' });
    const summary = await restoreBackup(json, { mode: 'replace' });
    expect(summary.counts).toMatchObject({ writers: 2, letters: 3, assignments: 3, deadlines: 2, outreach: 1 });
    expect(await snapshot()).toEqual(before);
    expect((await getSettings()).specialty).toBe('Internal Medicine');
    expect(JSON.parse(await exportBackupJson()).data).toEqual(JSON.parse(json).data);
  });

  it('replace removes what is not in the file; merge keeps it', async () => {
    await seed();
    const json = await exportBackupJson();
    await addProgram({ name: 'Added later' });
    await restoreBackup(json, { mode: 'merge' });
    expect(await db.programs.count()).toBe(2);
    await restoreBackup(json, { mode: 'replace' });
    expect(await db.programs.count()).toBe(1);
  });

  it('merge adds another backup’s records and lets the file win for equal ids', async () => {
    await seed('A ');
    const first = await createBackup();
    await clearAllData();
    await seed('B ');
    const writer = first.data.writers[0];
    first.data.writers[0] = { ...writer, notes: 'from the file' };
    await restoreBackup(first, { mode: 'merge' });
    expect(await db.writers.count()).toBe(4);
    expect((await db.writers.get(writer.id))?.notes).toBe('from the file');
  });

  it('merge refuses a result with a fifth letter for a program, and changes nothing', async () => {
    await seed();
    const backup = await createBackup();
    const programId = backup.data.programs[0].id;
    const writerId = backup.data.writers[0].id;
    const extra = await addLetter({ writerId });
    const other = await addLetter({ writerId });
    await assignLetter(programId, extra.id);
    // The file has the three original assignments plus one more new one: 3 + 1 stored + 1 = 5.
    const stamp = new Date().toISOString();
    backup.data.letters.push({ ...other, createdAt: stamp, updatedAt: stamp });
    backup.data.assignments.push({
      id: 'extra-assignment',
      programId,
      letterId: other.id,
      createdAt: stamp,
      updatedAt: stamp,
    });
    const before = await snapshot();
    await expect(restoreBackup(JSON.stringify(backup), { mode: 'merge' })).rejects.toThrow(
      'After merging: ERAS allows at most 4 letters per program',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('reports progress for a large restore', async () => {
    const stamp = new Date().toISOString();
    const deadlines = Array.from({ length: 1200 }, (_, i) => ({
      id: `d${i}`,
      title: `Deadline ${i}`,
      dueDate: '2026-10-01',
      kind: 'personal',
      source: 'import',
      done: false,
      createdAt: stamp,
      updatedAt: stamp,
    }));
    const file = { format: 'strongletter-backup', version: 1, exportedAt: stamp, data: { deadlines } };
    const progress: number[] = [];
    await restoreBackup(JSON.stringify(file), { mode: 'replace', onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([500, 1000, 1200]);
    expect(await db.deadlines.count()).toBe(1200);
  });

  it('a write that fails half way rolls back: the cleared tables come back', async () => {
    await seed();
    const before = await snapshot();
    const backup = await createBackup();
    // Bypass the file checks to force a failure inside the transaction: two assignments for one pair break a unique index.
    const [first] = backup.data.assignments;
    const broken: BackupFile = {
      ...backup,
      data: { ...backup.data, assignments: [...backup.data.assignments, { ...first, id: 'zzz-duplicate-pair' }] },
    };
    await expect(restoreBackup(broken, { mode: 'replace', includeSettings: false })).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

// ---------- the corpus of bad files: each refused with a clear message, nothing changed ----------

type Good = {
  format: string;
  version: number;
  exportedAt: string;
  data: Record<string, Record<string, unknown>[]>;
  settings?: unknown;
};
type Mutation = (file: Good) => unknown;

const edit =
  (table: string, index: number, change: Record<string, unknown>): Mutation =>
  (file) => {
    file.data[table][index] = { ...file.data[table][index], ...change };
    return file;
  };

const BAD_FILES: [string, string | Mutation, string][] = [
  ['an empty file', '', 'The file is empty'],
  ['only spaces', '   \n ', 'The file is empty'],
  ['cut-off JSON', '{"format": "strongletter-backup", "version": 1, "data": {', 'the JSON is damaged'],
  ['a trailing comma', '{"format": "strongletter-backup",}', 'the JSON is damaged'],
  ['a CSV file', 'Writer,Role\nDr. Lee,Attending\n', 'the JSON is damaged'],
  ['a JSON list', '[]', 'This is not a StrongLetter backup'],
  ['JSON null', 'null', 'This is not a StrongLetter backup'],
  ['a JSON number', '42', 'This is not a StrongLetter backup'],
  ['another app’s JSON', '{"format": "other-app", "version": 1, "data": {}}', 'This is not a StrongLetter backup'],
  ['no format field', (f) => ({ ...f, format: undefined }), 'This is not a StrongLetter backup'],
  ['no version', (f) => ({ ...f, version: undefined }), 'format version undefined is not one StrongLetter knows'],
  ['version 0', (f) => ({ ...f, version: 0 }), 'format version 0 is not one'],
  ['version as text', (f) => ({ ...f, version: '1' }), 'format version "1" is not one'],
  ['version 1.5', (f) => ({ ...f, version: 1.5 }), 'format version 1.5 is not one'],
  ['a newer version', (f) => ({ ...f, version: BACKUP_VERSION + 1 }), 'made by a newer StrongLetter'],
  ['no data section', (f) => ({ ...f, data: undefined }), 'The backup has no "data" section'],
  ['data as a list', (f) => ({ ...f, data: [] }), 'The backup has no "data" section'],
  [
    'writers not a list',
    (f) => ({ ...f, data: { ...f.data, writers: { a: 1 } } }),
    'The "writers" section must be a list',
  ],
  [
    'a writer that is a number',
    (f) => ({ ...f, data: { ...f.data, writers: [...f.data.writers, 42] } }),
    'Writer 3: is not a record',
  ],
  ['a writer without a name', edit('writers', 0, { name: '' }), 'Writer 1 : Name: is required'.replace(' :', ':')],
  [
    'a writer with a bad email',
    edit('writers', 0, { email: 'rao at city' }),
    'Email: use an address like name@hospital.org',
  ],
  [
    'a writer with an unknown role',
    edit('writers', 1, { role: 'dean' }),
    'Role: choose one of: Attending, Program director',
  ],
  ['a writer with an empty id', edit('writers', 0, { id: '' }), 'Id: is missing'],
  ['a writer with a bad timestamp', edit('writers', 0, { createdAt: 'yesterday' }), 'Created: use a timestamp'],
  ['weeks together as text', edit('writers', 0, { weeksTogether: 'four' }), 'Weeks together: use a number of weeks'],
  ['a letter at an unknown stage', edit('letters', 0, { stage: 'maybe' }), 'Letter 1: Stage: choose one of'],
  [
    'a letter with an impossible stage date',
    edit('letters', 0, { stageDates: { asked: '2026-02-30' } }),
    'Stage dates (asked): use a real date',
  ],
  [
    'a letter whose writer is missing',
    edit('letters', 0, { writerId: 'ghost' }),
    'belongs to writer ghost, who is not in the file',
  ],
  [
    'a program asking for 7 letters',
    edit('programs', 0, { lettersRequired: 7 }),
    'Letters required: use a number from 1 to 4',
  ],
  [
    'an assignment to a missing program',
    edit('assignments', 0, { programId: 'ghost' }),
    'points to program ghost, which is not in the file',
  ],
  [
    'an assignment of a missing letter',
    edit('assignments', 0, { letterId: 'ghost' }),
    'points to letter ghost, which is not in the file',
  ],
  [
    'the same letter assigned twice',
    (f) => {
      f.data.assignments.push({ ...f.data.assignments[0], id: 'again' });
      return f;
    },
    'is assigned to program',
  ],
  [
    'five letters for one program',
    (f) => {
      for (let i = 0; i < 2; i++) {
        f.data.letters.push({ ...f.data.letters[0], id: `extra-${i}` });
        f.data.assignments.push({ ...f.data.assignments[0], id: `extra-a-${i}`, letterId: `extra-${i}` });
      }
      return f;
    },
    'ERAS allows at most 4 letters per program; City IM has 5',
  ],
  [
    'a deadline on February 30',
    edit('deadlines', 0, { dueDate: '2026-02-30' }),
    'Due date: use a real date like 2026-09-24',
  ],
  ['a deadline at 25:00', edit('deadlines', 0, { dueTime: '25:00' }), 'Due time: use a time like 17:00'],
  [
    'a deadline in an unknown time zone',
    edit('deadlines', 0, { timeZone: 'Mars/Olympus_Mons' }),
    'Time zone: use a time zone name',
  ],
  [
    'a deadline about a missing letter',
    edit('deadlines', 0, { concerns: { type: 'letter', id: 'ghost' } }),
    'is about letter ghost, which is not in the file',
  ],
  ['a deadline of an unknown kind', edit('deadlines', 0, { kind: 'urgent' }), 'Kind: choose one of'],
  [
    'an outreach record with an unknown status',
    edit('outreach', 0, { status: 'ghosted' }),
    'Outreach record 1 (“Dr. Osei”): Status: choose one of',
  ],
  [
    'an outreach record linking a missing writer',
    edit('outreach', 0, { writerId: 'ghost' }),
    'links writer ghost, who is not in the file',
  ],
  [
    'two writers with one id',
    (f) => {
      f.data.writers.push({ ...f.data.writers[0] });
      return f;
    },
    'is used twice in writers',
  ],
  [
    'two deadlines with one id',
    (f) => {
      f.data.deadlines.push({ ...f.data.deadlines[0] });
      return f;
    },
    'is used twice in deadlines',
  ],
  [
    'settings with a 30-day follow-up',
    (f) => ({ ...f, settings: { followUpDays: 30 } }),
    'Settings: Follow up days: between 7 and 10 days',
  ],
  [
    'a huge file',
    (f) => ({ ...f, padding: 'x'.repeat(MAX_BACKUP_BYTES) }),
    'a StrongLetter backup is never larger than 20 MB',
  ],
];

describe('bad backup files', () => {
  let good: string;
  beforeEach(async () => {
    await seed();
    good = await exportBackupJson();
  });

  it('the corpus holds at least 30 bad files', () => {
    expect(BAD_FILES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD_FILES)('refuses %s and leaves the database as it was', async (_, bad, message) => {
    const text = typeof bad === 'string' ? bad : JSON.stringify(bad(JSON.parse(good) as Good));
    const before = await snapshot();
    for (const mode of ['replace', 'merge'] as const) {
      const error = await restoreBackup(text, { mode }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toContain(message);
      expect(await snapshot()).toEqual(before);
    }
    expect((await getSettings()).specialty).toBe('Internal Medicine');
  });

  it('names several problems at once, up to a limit', () => {
    const file = JSON.parse(good) as Good;
    for (const deadline of file.data.deadlines) deadline.dueDate = 'soon';
    for (let i = 0; i < 12; i++) file.data.writers.push({ ...file.data.writers[0], id: `w${i}`, email: 'bad' });
    const error = (() => {
      try {
        parseBackup(JSON.stringify(file));
      } catch (e) {
        return e as ValidationError;
      }
    })();
    expect(error?.problems.length).toBe(9);
    expect(error?.problems[0].message).toMatch(/^Writer 3 \(“Dr\. (Rao|Kim)”\): Email: use an address/);
    expect(error?.message).toContain('…and 6 more problems');
  });
});
