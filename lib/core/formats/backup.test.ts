// The backup format on its own, without a database: writing, reading back, refusing, merging.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withDerived } from '@/lib/core/model/deadline-rules';
import { ValidationError } from '@/lib/core/model/errors';
import type { Records } from '@/lib/core/model/integrity';
import { AssignmentSchema, LetterSchema, OutreachSchema, ProgramSchema, WriterSchema } from '@/lib/core/model/schema';
import { BACKUP_VERSION, backupCounts, backupFileName, makeBackup, mergeRecords, parseBackup } from './backup';

const stamp = '2026-09-01T10:00:00.000Z';
const base = { createdAt: stamp, updatedAt: stamp };
const SETTINGS = z.object({ specialty: z.string().default(''), followUpDays: z.number().min(7).max(10).default(7) });

function applicant(): Records {
  const writers = [
    WriterSchema.parse({ ...base, id: 'w1-rao', name: 'Dr. Rao', contactType: 'us-hands-on' }),
    WriterSchema.parse({ ...base, id: 'w2-kim', name: 'Dr. Kim', contactType: 'research' }),
  ];
  const letters = ['l-1', 'l-2', 'l-3'].map((id, i) =>
    LetterSchema.parse({ ...base, id, writerId: writers[i % 2].id, specialty: 'Internal Medicine' }),
  );
  const programs = [ProgramSchema.parse({ ...base, id: 'p-city', name: 'City IM' })];
  const assignments = letters.map((letter) =>
    AssignmentSchema.parse({ ...base, id: `a-${letter.id}`, programId: 'p-city', letterId: letter.id }),
  );
  const deadlines = [
    withDerived({
      ...base,
      id: 'd-upload',
      title: 'Upload',
      dueDate: '2026-09-24',
      dueTime: '09:00',
      timeZone: 'America/New_York',
      kind: 'personal',
      source: 'user',
      done: true,
      doneDate: '2026-09-20',
      concerns: { type: 'letter', id: 'l-2' },
    }),
  ];
  const outreach = [
    OutreachSchema.parse({
      ...base,
      id: 'o-osei',
      contactName: 'Dr. Osei',
      sentDate: '2026-04-02',
      writerId: 'w2-kim',
    }),
  ];
  return { writers, letters, programs, assignments, deadlines, outreach, notes: [] };
}

const text = (records = applicant(), settings: unknown = { specialty: 'Internal Medicine', followUpDays: 8 }) =>
  JSON.stringify(makeBackup(records, settings, new Date(stamp)));

function refusal(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the backup format', () => {
  it('reads back what it wrote, with the derived deadline fields left out of the file and recomputed', () => {
    const records = applicant();
    const written = text(records);
    const raw = JSON.parse(written);
    expect(raw).toMatchObject({ format: 'strongletter-backup', version: BACKUP_VERSION, exportedAt: stamp });
    expect(raw.data.deadlines[0]).not.toHaveProperty('dueAt');
    expect(raw.data.deadlines[0]).not.toHaveProperty('pending');
    const backup = parseBackup(written, SETTINGS);
    expect(backup.data).toEqual(records);
    expect(backup.data.deadlines[0]).toMatchObject({ dueAt: '2026-09-24T09:00', pending: 0 });
    expect(backup.settings).toEqual({ specialty: 'Internal Medicine', followUpDays: 8 });
    expect(backupCounts(backup)).toEqual({
      writers: 2,
      letters: 3,
      programs: 1,
      assignments: 3,
      deadlines: 1,
      outreach: 1,
      notes: 0,
    });
  });

  it('writes records in id order, so equal data gives an equal file', () => {
    const records = applicant();
    const shuffled = { ...records, writers: [...records.writers].reverse(), letters: [...records.letters].reverse() };
    expect(text(shuffled)).toBe(text(records));
    expect(backupFileName('2026-09-24')).toBe('strongletter-backup-2026-09-24.json');
  });

  it('refuses with every problem named, settings included, up to a limit', () => {
    const raw = JSON.parse(text());
    raw.data.writers[0].email = 'rao at city';
    raw.data.deadlines[0].dueDate = '2026-02-30';
    raw.settings.followUpDays = 30;
    const error = refusal(() => parseBackup(JSON.stringify(raw), SETTINGS));
    expect(error.problems.map((p) => p.message)).toEqual([
      'Writer 1 (“Dr. Rao”): Email: use an address like name@hospital.org',
      'Deadline 1 (“Upload”): Due date: use a real date like 2026-09-24',
      expect.stringMatching(/^Settings: Follow up days: /),
    ]);
    for (let i = 0; i < 12; i++) raw.data.writers.push({ ...raw.data.writers[1], id: `w${i}`, name: '' });
    const many = refusal(() => parseBackup(JSON.stringify(raw), SETTINGS));
    expect(many.problems).toHaveLength(9);
    expect(many.message).toContain('…and 7 more problems'); // 3 + 12 problems, 8 listed
  });

  it.each([
    ['', 'The file is empty'],
    ['{"format": "strongletter-backup",', 'the JSON is damaged'],
    ['[]', 'This is not a StrongLetter backup'],
    [`{"format": "strongletter-backup", "version": ${BACKUP_VERSION + 1}, "data": {}}`, 'made by a newer StrongLetter'],
    ['{"format": "strongletter-backup", "version": 1}', 'The backup has no "data" section'],
  ])('refuses %j: %s', (file, message) => {
    expect(refusal(() => parseBackup(file, SETTINGS)).message).toContain(message);
  });

  it('refuses references that lead nowhere and a fifth letter for a program', () => {
    const records = applicant();
    records.letters[0] = { ...records.letters[0], writerId: 'ghost' };
    expect(refusal(() => parseBackup(text(records), SETTINGS)).message).toContain(
      'belongs to writer ghost, who is not in the file',
    );
    const crowded = applicant();
    for (const id of ['l-4', 'l-5']) {
      crowded.letters.push({ ...crowded.letters[0], id });
      crowded.assignments.push({ ...crowded.assignments[0], id: `a-${id}`, letterId: id });
    }
    expect(refusal(() => parseBackup(text(crowded), SETTINGS)).message).toContain(
      'ERAS allows at most 4 letters per program; City IM has 5',
    );
  });
});

describe('merging a backup into stored records', () => {
  it('lets the file win for equal ids and drops an assignment stored under another id', () => {
    const stored = applicant();
    const incoming = applicant();
    incoming.writers[0] = { ...incoming.writers[0], notes: 'from the file' };
    incoming.assignments[0] = { ...incoming.assignments[0], id: 'a-other-id' };
    const result = mergeRecords(stored, incoming);
    expect(result.writers[0].notes).toBe('from the file');
    expect(result.assignments.map((a) => a.id)).toEqual(['a-l-2', 'a-l-3']);
  });

  it('refuses a merge whose union breaks the ERAS limit', () => {
    const stored = applicant();
    const incoming = applicant();
    for (const id of ['l-8', 'l-9']) {
      incoming.letters.push({ ...incoming.letters[0], id });
      incoming.assignments.push({ ...incoming.assignments[0], id: `a-${id}`, letterId: id });
    }
    incoming.assignments.splice(0, 1); // the file alone has four
    expect(refusal(() => mergeRecords(stored, incoming)).message).toContain(
      'After merging: ERAS allows at most 4 letters per program',
    );
  });
});
