/**
 * CSV import: blank refs, empty cells on stored records, the Source column, rows matched without refs,
 * and the day/month order of dates like 05/09/2026.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CsvImport } from '@/components/options/CsvImport';
import { exportCsv, importCsv, previewCsv } from './csv';
import { clearAllData, db } from './database';
import { syncBuiltInMilestones } from './deadline-sync';
import { addDeadline, markDeadlineDone, syncDeadlines } from './deadlines';
import { addLetter, advanceLetter } from './letters';
import { addOutreach } from './outreach';
import { addProgram } from './programs';
import { addWriter } from './writers';

beforeEach(() => clearAllData());

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

async function rao() {
  const writer = await addWriter({ name: 'Dr. Amal Rao', contactType: 'us-hands-on', email: 'rao@city.org' });
  const letter = await addLetter({ writerId: writer.id, waiver: 'yes', service: 'ResidencyCAS', notes: 'old note' });
  await advanceLetter(letter.id, 'uploaded', '2026-09-01');
  return { writer, letter };
}

/** The header cells of an exported CSV. */
const headersOf = (exported: string) =>
  exported
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]
    .split(',');

describe('a blank ref cell means no ref', () => {
  it('adds a new letter row typed into a sheet exported from StrongLetter', async () => {
    const { letter } = await rao();
    const exported = await exportCsv('letters');
    const headers = headersOf(exported);
    const row = headers.map((header): string =>
      header === 'Writer' ? 'Dr. Amal Rao' : header === 'How they know you' ? 'US hands-on rotation' : '',
    );
    row[headers.indexOf('Stage')] = 'Asked';
    row[headers.indexOf('Letter specialty')] = 'Surgery';
    const preview = await previewCsv(`${exported}\r\n${row.join(',')}\r\n`, 'letters');
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ writers: { add: 0, update: 1 }, letters: { add: 1, update: 1 } });
    await importCsv(`${exported}\r\n${row.join(',')}\r\n`, 'letters');
    expect(await db.writers.count()).toBe(1);
    const letters = await db.letters.toArray();
    expect(letters.map((l) => l.stage).sort()).toEqual(['asked', 'uploaded']);
    expect(letters.find((l) => l.stage === 'uploaded')?.id).toBe(letter.id);
  });

  it('a new general letter for a writer whose general letter is in the file by ref is added, not merged', async () => {
    const { letter } = await rao();
    const exported = await exportCsv('letters');
    const headers = headersOf(exported);
    const row = headers.map((header) => (header === 'Writer' ? 'Dr. Amal Rao' : header === 'Stage' ? 'Prospect' : ''));
    // The new row comes first: it must not take the letter the exported row names by ref.
    const [head, ...rest] = exported.split('\r\n');
    const text = [head, row.join(','), ...rest].join('\r\n');
    const preview = await previewCsv(text, 'letters');
    expect(preview.errors).toEqual([]);
    expect(preview.counts.letters).toEqual({ add: 1, update: 1 });
    await importCsv(text, 'letters');
    expect((await db.letters.get(letter.id))?.stage).toBe('uploaded');
    expect(await db.letters.count()).toBe(2);
  });

  it('a blank Writer ref matches the writer by name', async () => {
    const { writer } = await rao();
    const text = csv('Writer,Institution,Writer ref', 'Dr. Amal Rao,Mercy,');
    const preview = await previewCsv(text, 'letters');
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ writers: { add: 0, update: 1 } });
    await importCsv(text, 'letters');
    expect(await db.writers.toArray()).toMatchObject([{ id: writer.id, institution: 'Mercy' }]);
  });

  it('a blank Program ref adds a new program', async () => {
    await importCsv(csv('Program,Program ref', 'City IM,'), 'programs');
    expect(await db.programs.toArray()).toMatchObject([{ name: 'City IM', status: 'researching' }]);
  });
});

describe('an empty cell for a field with a default', () => {
  it('keeps a stored letter’s stage, waiver and service; other empty cells still clear', async () => {
    const { writer, letter } = await rao();
    await importCsv(
      csv(
        'Writer,Writer ref,Letter ref,Stage,Waiver,Service,Strong letter agreed,Packet,Letter notes',
        `Dr. Amal Rao,${writer.id},${letter.id},,,,,,`,
      ),
      'letters',
    );
    expect(await db.letters.get(letter.id)).toMatchObject({
      stage: 'uploaded',
      waiver: 'yes',
      service: 'ResidencyCAS',
    });
    expect((await db.letters.get(letter.id))?.notes).toBeUndefined();
  });

  it('gives a new letter the defaults', async () => {
    await importCsv(
      csv('Writer,How they know you,Stage,Waiver,Service,Letter notes', 'Dr. Lee,Observership,,,,first'),
      'letters',
    );
    expect(await db.letters.toArray()).toMatchObject([
      { stage: 'prospect', waiver: 'undecided', service: 'ERAS', notes: 'first' },
    ]);
  });

  it('keeps a done deadline done', async () => {
    const deadline = await addDeadline({ title: 'Submit ERAS', dueDate: '2026-09-24' });
    await markDeadlineDone(deadline.id, true, '2026-09-20');
    await importCsv(
      csv('Title,Due date,Done,Kind,Deadline ref', `Submit ERAS,2026-09-24,,,${deadline.id}`),
      'deadlines',
    );
    expect(await db.deadlines.get(deadline.id)).toMatchObject({ done: true, pending: 0, kind: 'personal' });
  });

  it('keeps a program’s status and an outreach’s status and follow-ups', async () => {
    const program = await addProgram({ name: 'City IM', status: 'invited', lettersRequired: 4 });
    const outreach = await addOutreach({
      contactName: 'Dr. Osei',
      sentDate: '2026-04-02',
      status: 'positive',
      followUpDates: ['2026-04-09'],
    });
    await importCsv(csv('Program,Status,Letters required,Program ref', `City IM,,,${program.id}`), 'programs');
    await importCsv(
      csv('Contact,Sent date,Status,Follow-up dates,Outreach ref', `Dr. Osei,2026-04-02,,,${outreach.id}`),
      'outreach',
    );
    expect(await db.programs.get(program.id)).toMatchObject({ status: 'invited', lettersRequired: 4 });
    expect(await db.outreach.get(outreach.id)).toMatchObject({ status: 'positive', followUpDates: ['2026-04-09'] });
  });
});

describe('the Source column', () => {
  it('cannot make a new deadline built-in or worked out, so calendar refreshes leave it alone', async () => {
    const text = csv(
      'Title,Due date,Source',
      'Call Dr. Lee,2026-09-01,Built-in calendar',
      'Chase letter,2026-09-02,derived',
      'Rank list,2027-03-03,Added by you',
    );
    expect((await previewCsv(text, 'deadlines')).errors).toEqual([]);
    await importCsv(text, 'deadlines');
    expect((await db.deadlines.toArray()).map((d) => d.source)).toEqual(['import', 'import', 'import']);
    await syncDeadlines('built-in', []);
    await syncDeadlines('derived', []);
    expect(await db.deadlines.count()).toBe(3);
  });

  it('does not change the source of a stored deadline', async () => {
    const builtIn = await addDeadline({
      id: 'builtin:2027:match-day',
      title: 'Match Day',
      dueDate: '2027-03-19',
      source: 'built-in',
    });
    const own = await addDeadline({ title: 'Call Dr. Lee', dueDate: '2026-09-01' });
    await importCsv(
      csv(
        'Title,Due date,Source,Deadline ref',
        `Match Day,2027-03-19,Added by you,${builtIn.id}`,
        `Call Dr. Lee,2026-09-01,Built-in calendar,${own.id}`,
      ),
      'deadlines',
    );
    expect((await db.deadlines.get(builtIn.id))?.source).toBe('built-in');
    expect((await db.deadlines.get(own.id))?.source).toBe('user');
  });
});

describe('rows without refs', () => {
  it.each([
    ['programs', csv('Program,State,Status', 'City IM,NJ,Applied', 'City IM,NY,Applied', 'Mercy FM,,Invited')],
    ['deadlines', csv('Title,Due date', 'Submit ERAS,2026-09-24', 'Submit ERAS,2026-09-25', 'Rank list,2027-03-03')],
    [
      'outreach',
      csv(
        'Contact,Email,Sent date',
        'Dr. Osei,osei@north.org,2026-04-02',
        'Dr. Osei,,2026-04-02',
        'Dr. Osei,osei@north.org,2026-05-02',
      ),
    ],
  ] as const)('importing the same %s file twice updates instead of doubling', async (kind, text) => {
    await importCsv(text, kind);
    const table = kind === 'outreach' ? db.outreach : db[kind];
    const first = await table.toArray();
    expect(first).toHaveLength(3);
    const preview = await previewCsv(text, kind);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toEqual({ [kind]: { add: 0, update: 3 } });
    await importCsv(text, kind);
    expect((await table.toArray()).map((r) => r.id).sort()).toEqual(first.map((r) => r.id).sort());
  });

  it('updates the stored record it matches, keeping its id', async () => {
    const deadline = await addDeadline({ title: 'Submit ERAS', dueDate: '2026-09-24' });
    const program = await addProgram({ name: 'City IM', state: 'NJ' });
    const outreach = await addOutreach({ contactName: 'Dr. Osei', email: 'osei@north.org', sentDate: '2026-04-02' });
    await importCsv(csv('Title,Due date,Notes', 'submit  eras,09/24/2026,bring ID'), 'deadlines');
    await importCsv(csv('Program,Notes', 'City IM,call first'), 'programs');
    await importCsv(csv('Contact,Email,Sent date,Status', 'Osei,OSEI@north.org,2026-04-02,Replied'), 'outreach');
    expect(await db.deadlines.toArray()).toMatchObject([{ id: deadline.id, notes: 'bring ID' }]);
    expect(await db.programs.toArray()).toMatchObject([{ id: program.id, state: 'NJ', notes: 'call first' }]);
    expect(await db.outreach.toArray()).toMatchObject([{ id: outreach.id, status: 'replied', contactName: 'Osei' }]);
  });

  it('a program in another state is a different program', async () => {
    await addProgram({ name: 'City IM', state: 'NJ' });
    const preview = await previewCsv(csv('Program,State', 'City IM,NY'), 'programs');
    expect(preview.counts).toEqual({ programs: { add: 1, update: 0 } });
  });

  it.each([
    ['programs', csv('Program,State', 'City IM,NJ', 'Mercy FM,', 'city im,nj'), 'Row 4: the same program as row 2'],
    [
      'deadlines',
      csv('Title,Due date', 'Submit ERAS,2026-09-24', 'Submit ERAS,Sep 24 2026'),
      'Row 3: the same deadline as row 2',
    ],
    [
      'outreach',
      csv('Contact,Email,Sent date', 'Dr. Osei,osei@north.org,2026-04-02', 'Osei,osei@north.org,2026-04-02'),
      'Row 3: the same outreach email as row 2',
    ],
    [
      'outreach',
      csv('Contact,Sent date', 'Dr. Osei,2026-04-02', 'Dr. Osei,2026-04-02'),
      'Row 3: the same outreach email as row 2',
    ],
  ] as const)('refuses two rows for one %s in a file, naming both rows', async (kind, text, message) => {
    const preview = await previewCsv(text, kind);
    expect(preview.ok).toBe(false);
    expect(preview.errors.map((e) => e.message)).toEqual([expect.stringContaining(message)]);
    await expect(importCsv(text, kind)).rejects.toThrow(message);
  });

  it('refuses two different rows that both match one stored program', async () => {
    await addProgram({ name: 'City IM', state: 'NJ' });
    const preview = await previewCsv(csv('Program,State', 'City IM,NJ', 'City IM,'), 'programs');
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Row 3: it matches the same program in StrongLetter as row 2 (by name and state); keep one of the two rows.',
    ]);
  });

  it('a row without a ref never takes a record another row names by ref', async () => {
    const deadline = await addDeadline({ title: 'Submit ERAS', dueDate: '2026-09-24' });
    const preview = await previewCsv(
      csv('Title,Due date,Deadline ref', 'Submit ERAS,2026-09-24,', `Submit ERAS,2026-09-24,${deadline.id}`),
      'deadlines',
    );
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Row 3: the same deadline as row 2 (same title and due date); keep one of the two rows.',
    ]);
  });
});

describe('day/month order', () => {
  it('an unambiguous day-first date settles the order for the whole file', async () => {
    const text = csv('Title,Due date', 'First,05/09/2026', 'Second,24/08/2026');
    const preview = await previewCsv(text, 'deadlines');
    expect(preview.warnings).toEqual([]);
    expect(preview.dateOrder).toMatchObject({
      order: 'day-first',
      basis: 'file',
      settledBy: { cell: '24/08/2026', row: 3 },
    });
    await importCsv(text, 'deadlines');
    expect((await db.deadlines.toArray()).map((d) => d.dueDate).sort()).toEqual(['2026-08-24', '2026-09-05']);
  });

  it('an unambiguous month-first date (in a follow-up list too) settles it month first', async () => {
    const text = csv('Contact,Sent date,Follow-up dates', 'Dr. Osei,05/09/2026,05/12/2026; 05/20/2026');
    const preview = await previewCsv(text, 'outreach');
    expect(preview.warnings).toEqual([]);
    expect(preview.dateOrder).toMatchObject({ order: 'month-first', basis: 'file', settledBy: { cell: '05/20/2026' } });
    await importCsv(text, 'outreach');
    expect(await db.outreach.toArray()).toMatchObject([
      { sentDate: '2026-05-09', followUpDates: ['2026-05-12', '2026-05-20'] },
    ]);
  });

  it('warns when only ambiguous dates are in the file, naming an example and how it was read', async () => {
    const text = csv('Title,Due date', 'Same both ways,05/05/2026', 'First,05/09/2026', 'Second,03/04/2026');
    const preview = await previewCsv(text, 'deadlines');
    expect(preview.ok).toBe(true);
    expect(preview.warnings).toEqual([
      'Check the dates: 05/09/2026 (row 3, Due date) is read as May 9, 2026, month first, but nothing in the file shows whether the day or the month comes first. If the file puts the day first, choose that below.',
    ]);
    expect(preview.dateOrder).toMatchObject({ order: 'month-first', basis: 'guess' });
  });

  it('warns when the file has dates written both ways round', async () => {
    const preview = await previewCsv(
      csv('Title,Due date', 'A,05/09/2026', 'B,24/08/2026', 'C,08/24/2026'),
      'deadlines',
    );
    expect(preview.warnings).toEqual([expect.stringContaining('the file has dates written both ways round')]);
  });

  it('reads ambiguous dates day first when the user chooses that', async () => {
    const text = csv('Title,Due date', 'First,05/09/2026');
    const preview = await previewCsv(text, 'deadlines', undefined, { dateOrder: 'day-first' });
    expect(preview.warnings).toEqual([]);
    expect(preview.dateOrder).toMatchObject({ basis: 'chosen', example: { date: '2026-09-05' } });
    await importCsv(text, 'deadlines', undefined, { dateOrder: 'day-first' });
    expect((await db.deadlines.toArray())[0].dueDate).toBe('2026-09-05');
  });

  it('the import panel shows the warning and imports with the order chosen there', async () => {
    const user = userEvent.setup();
    render(createElement(CsvImport));
    const file = new File([csv('Title,Due date', 'First,05/09/2026')], 'd.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('Import CSV'), file);
    expect((await screen.findByRole('alert')).textContent).toContain(
      '05/09/2026 (row 2, Due date) is read as May 9, 2026',
    );
    await user.selectOptions(screen.getByLabelText(/Read dates like 05\/09\/2026/), 'day-first');
    expect(await screen.findByText(/is read as September 5, 2026: day first, as you chose/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Import these rows' }));
    await waitFor(async () => expect((await db.deadlines.toArray())[0]?.dueDate).toBe('2026-09-05'));
  });
});

describe('deadlines exported and imported again', () => {
  it('an unchanged export imports again as updates, with unlinked deadlines left unlinked', async () => {
    await syncBuiltInMilestones({ cycleYear: 2027, specialty: 'Internal Medicine', service: 'ERAS' });
    await addDeadline({ title: 'Call the program', dueDate: '2026-10-01' });
    const before = await db.deadlines.toArray();
    const file = await exportCsv('deadlines');
    const preview = await previewCsv(file, 'deadlines');
    expect(preview.errors).toEqual([]);
    expect(preview.counts.deadlines).toEqual({ add: 0, update: before.length });
    await importCsv(file, 'deadlines');
    const after = await db.deadlines.toArray();
    expect(after).toHaveLength(before.length);
    expect(after.every((d) => d.concerns === undefined)).toBe(true);
  });

  it('a built-in date moved in the sheet is kept by the next calendar refresh, and notifies again', async () => {
    const settings = { cycleYear: 2027, specialty: 'Internal Medicine', service: 'ERAS' } as const;
    await syncBuiltInMilestones(settings);
    const [milestone] = await db.deadlines.where('source').equals('built-in').sortBy('dueDate');
    await db.deadlines.update(milestone.id, { notifiedAt: '2026-05-01T12:00:00.000Z' });
    const rows = (await exportCsv('deadlines')).replace(/^\uFEFF/, '').split('\r\n');
    const moved = rows.map((line) =>
      line.includes(milestone.id) ? line.replace(milestone.dueDate, '2026-06-20') : line,
    );
    await importCsv(moved.join('\r\n'), 'deadlines');
    await syncBuiltInMilestones(settings);
    const stored = await db.deadlines.get(milestone.id);
    expect(stored).toMatchObject({ dueDate: '2026-06-20', userEdited: true, source: 'built-in' });
    expect(stored?.notifiedAt).toBeUndefined();
  });
});
