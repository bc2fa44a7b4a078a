import { beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/core/model/errors';
import { CSV_KINDS, exportCsv, importCsv, previewCsv } from './csv';
import { clearAllData, db, TABLE_NAMES } from './database';
import { addDeadline } from './deadlines';
import { addLetter, advanceLetter } from './letters';
import { addOutreach } from './outreach';
import { addProgram } from './programs';
import { addWriter } from './writers';

beforeEach(() => clearAllData());

async function snapshot() {
  return Object.fromEntries(
    await Promise.all(TABLE_NAMES.map(async (name) => [name, await db.table(name).orderBy('id').toArray()])),
  );
}
const withoutStamps = (tables: Record<string, Record<string, unknown>[]>) =>
  Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest)]),
  );

async function seed() {
  const rao = await addWriter({
    name: 'Dr. Amal Rao',
    contactType: 'us-hands-on',
    usBased: true,
    weeksTogether: 4,
    email: 'rao@city.org',
    notes: 'Met on wards,\n"great" teacher',
  });
  await addWriter({
    name: 'Dr. Ines Kim',
    role: 'research-mentor',
    contactType: 'research',
    startDate: '2025-01-06',
    endDate: '2025-06-30',
  });
  const letter = await addLetter({
    writerId: rao.id,
    specialty: 'Internal Medicine',
    waiver: 'yes',
    strongAgreed: true,
    letterId: 'L-1234',
    packet: { cv: true, personalStatement: true, cases: false, deadlineAndSteps: false },
    notes: '=SUM(A1) not a formula',
  });
  await advanceLetter(letter.id, 'asked', '2026-06-01');
  await addLetter({ writerId: rao.id });
  const program = await addProgram({
    name: 'City IM; Downtown',
    city: 'Newark',
    state: 'NJ',
    visa: 'both',
    chairLetterRequired: true,
    status: 'applied',
  });
  await addDeadline({
    title: 'Upload IM letter',
    dueDate: '2026-09-24',
    dueTime: '17:00',
    timeZone: 'America/New_York',
    kind: 'letter-step',
    concerns: { type: 'letter', id: letter.id },
    leadDays: 5,
  });
  await addDeadline({
    title: 'Program form',
    dueDate: '2026-10-01',
    kind: 'program',
    concerns: { type: 'program', id: program.id },
    done: true,
    doneDate: '2026-09-30',
  });
  await addDeadline({
    id: 'builtin:2027:match-day',
    title: 'Match Day',
    dueDate: '2027-03-19',
    kind: 'milestone',
    source: 'built-in',
    hidden: true,
  });
  await addOutreach({
    contactName: 'Dr. Osei',
    institution: 'Northside',
    purpose: 'research',
    sentDate: '2026-04-02',
    followUpDates: ['2026-04-09', '2026-04-16'],
    status: 'no-reply',
    writerId: rao.id,
  });
}

describe('CSV export → import', () => {
  it('gives back the same records, kind by kind, in an empty database', async () => {
    await seed();
    const before = withoutStamps(await snapshot());
    const files = Object.fromEntries(
      await Promise.all(CSV_KINDS.map(async (kind) => [kind, await exportCsv(kind)] as const)),
    );
    expect(files.letters.startsWith('\uFEFF')).toBe(true);
    expect(files.letters).toContain('"Met on wards,\n""great"" teacher"');
    expect(files.letters).toContain("'=SUM(A1)");
    await clearAllData();
    for (const kind of ['letters', 'programs', 'outreach', 'deadlines'] as const) await importCsv(files[kind], kind);
    const after = withoutStamps(await snapshot());
    // Deadlines new to the database come back as imported, whatever their Source cell says.
    const imported = before.deadlines.map((deadline) => ({ ...deadline, source: 'import' }));
    expect({ ...after, assignments: [] }).toEqual({ ...before, deadlines: imported, assignments: [] });
    for (const kind of ['letters', 'programs', 'outreach'] as const) expect(await exportCsv(kind)).toBe(files[kind]);
    expect(await exportCsv('deadlines')).toBe(
      files.deadlines.replace(/,(Added by you|Built-in calendar),/g, ',Imported,'),
    );
  });

  it('importing the same export again updates instead of duplicating', async () => {
    await seed();
    const letters = await exportCsv('letters');
    const preview = await previewCsv(letters, 'letters');
    expect(preview.counts).toEqual({ writers: { add: 0, update: 2 }, letters: { add: 0, update: 2 } });
    await importCsv(letters, 'letters');
    expect(await db.writers.count()).toBe(2);
    expect(await db.letters.count()).toBe(2);
  });
});

const SPREADSHEET = [
  '\uFEFFName;Contact type;Institution;Stage;Asked date;Waived;Strong;Target upload date;Notes',
  'Dr. Lee;US hands-on rotation;Mercy;Asked;09/01/2026;yes;y;Sep 24 2026;"Two lines;\nwith a separator"',
  'Dr. Lee;US hands-on rotation;Mercy;Prospect;;;;;second letter',
  'Dr. Patel;Observership;St. Anne;Agreed;24.08.2026;no;;2026-09-20;',
].join('\r\n');

describe('importing a user’s own spreadsheet', () => {
  it('maps the columns by name, reads ; separators, quoted new lines and mixed date formats', async () => {
    const preview = await previewCsv(SPREADSHEET, 'letters');
    expect(preview.delimiter).toBe(';');
    expect(preview.ok).toBe(true);
    expect(preview.mapping).toEqual([
      'writer.name',
      'writer.contactType',
      'writer.institution',
      'letter.stage',
      'letter.stageDates.asked',
      'letter.waiver',
      'letter.strongAgreed',
      'letter.targetUploadDate',
      'letter.notes',
    ]);
    expect(preview.counts).toEqual({ writers: { add: 2, update: 0 }, letters: { add: 3, update: 0 } });
    expect(await db.writers.count()).toBe(0); // the preview writes nothing
    await importCsv(SPREADSHEET, 'letters');
    const lee = await db.writers.where('name').equals('Dr. Lee').first();
    const leeLetters = await db.letters
      .where('writerId')
      .equals(lee?.id ?? '')
      .toArray();
    expect(leeLetters.map((l) => l.stage).sort()).toEqual(['asked', 'prospect']);
    expect(leeLetters.find((l) => l.stage === 'asked')).toMatchObject({
      stageDates: { asked: '2026-09-01' },
      waiver: 'yes',
      strongAgreed: true,
      targetUploadDate: '2026-09-24',
      notes: 'Two lines;\nwith a separator',
    });
  });

  it('takes a mapping the user chose, ignoring unmapped columns', async () => {
    const csv = 'What,When,Ignore me\nCall Dr. Lee,2026-09-01,xyz\n';
    const preview = await previewCsv(csv, 'deadlines', ['deadline.title', 'deadline.dueDate', null]);
    expect(preview.ok).toBe(true);
    await importCsv(csv, 'deadlines', ['deadline.title', 'deadline.dueDate', null]);
    expect(await db.deadlines.toArray()).toMatchObject([
      { title: 'Call Dr. Lee', dueDate: '2026-09-01', source: 'import', done: false },
    ]);
  });

  it('reports progress through a large import, ending at every row written', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `Step ${i},2026-09-${String((i % 28) + 1).padStart(2, '0')}`);
    const seen: [number, number][] = [];
    await importCsv(`Title,Due date\n${rows.join('\n')}\n`, 'deadlines', undefined, {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toEqual([1200, 1200]);
    expect(seen.every(([done], i) => i === 0 || done > seen[i - 1][0])).toBe(true);
    expect(await db.deadlines.count()).toBe(1200);
  });

  it('imports a large letters file whole (planning does not let the transaction commit early)', async () => {
    const rows = Array.from({ length: 800 }, (_, i) => `Dr. N${i};Observership;Clinic ${i};Asked;09/01/2026`);
    await importCsv(['Name;Contact type;Institution;Stage;Asked date', ...rows].join('\n'), 'letters');
    expect(await db.writers.count()).toBe(800);
    expect(await db.letters.count()).toBe(800);
    // Imported again: the same writers and letters are updated, not doubled.
    await importCsv(['Name;Contact type;Institution;Stage;Asked date', ...rows].join('\n'), 'letters');
    expect(await db.writers.count()).toBe(800);
  });
});

const BAD_DEADLINES = [
  'Title,Due date,Due time,Time zone,Done,About,About ref',
  'Good one,2026-09-24,,,,,',
  'Impossible date,2026-02-30,,,,,',
  ',2026-09-25,,,,,',
  'Bad time,2026-09-26,25:00,,,,',
  'Bad zone,2026-09-27,17:00,Mars/Base,,,',
  'Bad flag,2026-09-28,,,maybe,,',
  'Dangling,2026-09-29,,,,letter,ghost',
].join('\n');

describe('bad CSV files', () => {
  it('lists every bad row with its number and writes nothing', async () => {
    await addDeadline({ title: 'Existing', dueDate: '2026-01-01' });
    const before = await snapshot();
    const preview = await previewCsv(BAD_DEADLINES, 'deadlines');
    expect(preview.ok).toBe(false);
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Row 3, Due date: “2026-02-30” is not a real date; use a date like 2026-09-24, 09/24/2026, 24.09.2026 or Sep 24 2026',
      'Row 4: Title: is required',
      'Row 5, Due time: “25:00” is not a time; use 17:00 or 5:00 PM',
      'Row 6, Time zone: “Mars/Base” is not a time zone; use a name like America/New_York, or ET',
      'Row 7, Done: “maybe” is not yes or no',
      'Row 8, About ref: no letter with ref ghost is in StrongLetter; import that first or leave the cell empty.',
    ]);
    const error = await importCsv(BAD_DEADLINES, 'deadlines').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('Row 3, Due date');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['an empty file', '', 'The file is empty'],
    ['a file without the required column', 'Title,Notes\nA,b', 'The file needs a “Due date” column'],
    ['an unclosed quote', 'Title,Due date\n"Unclosed,2026-09-24\nNext,2026-09-25', 'a quoted cell is never closed'],
    ['a row with extra cells', 'Title,Due date\nA,2026-09-24,surprise', 'more cells than the header row'],
    [
      'a repeated ref',
      'Title,Due date,Deadline ref\nA,2026-09-24,x1\nB,2026-09-25,x1',
      'deadline ref x1 is used again (first on row 2)',
    ],
  ])('refuses %s and writes nothing', async (_, csv, message) => {
    const error = await importCsv(csv, 'deadlines').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(message);
    expect(await db.deadlines.count()).toBe(0);
  });

  it('refuses a letters file whose writer row is invalid, writing no writer and no letter', async () => {
    const csv = 'Writer,How they know you,Email,Stage\nDr. A,Observership,a@b.org,Asked\nDr. B,Telepathy,,Asked\n';
    const error = await importCsv(csv, 'letters').catch((e: unknown) => e);
    expect((error as Error).message).toContain('Row 3, How they know you: “Telepathy” is not one of');
    expect(await db.writers.count()).toBe(0);
    expect(await db.letters.count()).toBe(0);
  });
});
