import { beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/core/model/errors';
import { MAX_LETTERS_PER_PROGRAM, nextStage, TOO_MANY_LETTERS } from '@/lib/core/model/schema';
import { assignLetter, assignmentsForProgram, unassignLetter } from './assignments';
import { clearAllData, db } from './database';
import { addDeadline, deadlinesFor } from './deadlines';
import {
  addLetter,
  advanceLetter,
  deleteLetter,
  getLetter,
  lettersAtStage,
  lettersByWriter,
  updateLetter,
} from './letters';
import { addOutreach, getOutreach } from './outreach';
import { addProgram, deleteProgram, listPrograms, updateProgram } from './programs';
import { addWriter, deleteWriter, getWriter, listWriters, updateWriter } from './writers';

beforeEach(() => clearAllData());

async function writerWithLetter() {
  const writer = await addWriter({ name: 'Dr. Amal Rao', contactType: 'us-hands-on', usBased: true, weeksTogether: 4 });
  const letter = await addLetter({ writerId: writer.id, specialty: 'Internal Medicine' });
  return { writer, letter };
}

describe('writers', () => {
  it('adds, reads, updates and deletes a writer', async () => {
    const writer = await addWriter({ name: '  Dr. Lee ', contactType: 'observership', email: 'lee@hospital.org' });
    expect(writer.id).toMatch(/[0-9a-f-]{36}/);
    expect(await getWriter(writer.id)).toMatchObject({ name: 'Dr. Lee', role: 'attending', usBased: false });
    const changed = await updateWriter(writer.id, { institution: 'Mercy Hospital', email: null });
    expect(changed.institution).toBe('Mercy Hospital');
    expect((await getWriter(writer.id))?.email).toBeUndefined();
    expect((await listWriters()).map((w) => w.name)).toEqual(['Dr. Lee']);
    await deleteWriter(writer.id);
    expect(await getWriter(writer.id)).toBeUndefined();
  });

  it('deleting a writer removes their letters, assignments and deadlines but nothing else', async () => {
    const { writer, letter } = await writerWithLetter();
    const other = await writerWithLetter();
    const program = await addProgram({ name: 'City Hospital IM' });
    await assignLetter(program.id, letter.id);
    await assignLetter(program.id, other.letter.id);
    await addDeadline({ title: 'Remind Dr. Rao', dueDate: '2026-09-01', concerns: { type: 'letter', id: letter.id } });
    const outreach = await addOutreach({ contactName: 'Dr. Amal Rao', sentDate: '2026-03-01', writerId: writer.id });
    await deleteWriter(writer.id);
    expect(await getOutreach(outreach.id)).toMatchObject({ contactName: 'Dr. Amal Rao' });
    expect((await getOutreach(outreach.id))?.writerId).toBeUndefined();
    expect(await getLetter(letter.id)).toBeUndefined();
    expect(await deadlinesFor(letter.id)).toEqual([]);
    expect((await assignmentsForProgram(program.id)).map((a) => a.letterId)).toEqual([other.letter.id]);
    expect(await db.writers.count()).toBe(1);
  });

  it.each([
    [{ name: '', contactType: 'research' }, 'Name: is required'],
    [{ name: 'Dr. X' }, 'How they know you: choose one of: US hands-on rotation'],
    [{ name: 'Dr. X', contactType: 'research', email: 'not-an-email' }, 'Email: use an address like name@hospital.org'],
    [
      { name: 'Dr. X', contactType: 'research', startDate: '2026-02-30' },
      'Start date: use a real date like 2026-09-24',
    ],
    [
      { name: 'Dr. X', contactType: 'research', startDate: '2026-05-01', endDate: '2026-04-01' },
      'End date: cannot be before the start date',
    ],
    [{ name: 'Dr. X', contactType: 'research', weeksTogether: -2 }, 'Weeks together: cannot be negative'],
    [{ name: 'Dr. X', contactType: 'research', role: 'dean' }, 'Role: choose one of: Attending'],
  ])('refuses %o with a readable message', async (input, message) => {
    const error = await addWriter(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain(message);
    expect(await db.writers.count()).toBe(0);
  });
});

describe('letters', () => {
  it('records the date of each stage it reaches', async () => {
    const { letter } = await writerWithLetter();
    expect(letter.stage).toBe('prospect');
    await advanceLetter(letter.id, 'asked', '2026-06-01');
    const agreed = await advanceLetter(letter.id, 'agreed', '2026-06-03');
    expect(agreed.stage).toBe('agreed');
    expect(agreed.stageDates).toMatchObject({ asked: '2026-06-01', agreed: '2026-06-03' });
    expect((await lettersAtStage('agreed')).map((l) => l.id)).toEqual([letter.id]);
  });

  it.each([
    ['prospect', 'working-together'],
    ['letter-id-sent', 'uploaded'],
    ['uploaded', 'assigned'],
    ['assigned', undefined],
    ['declined', undefined],
  ] as const)('after %s comes %s', (stage, next) => {
    expect(nextStage(stage)).toBe(next);
  });

  it('refuses a letter for a writer who is not there, and a bad stage date', async () => {
    await expect(addLetter({ writerId: 'nobody' })).rejects.toThrow('Writer: choose a writer who is in your list');
    const { letter } = await writerWithLetter();
    await expect(advanceLetter(letter.id, 'asked', '24/09/2026')).rejects.toThrow(
      'Stage dates (asked): use a real date',
    );
    expect((await getLetter(letter.id))?.stage).toBe('prospect');
    await expect(updateLetter(letter.id, { waiver: 'maybe' as never })).rejects.toThrow('Waiver: choose one of');
  });

  it('deleting a letter removes its assignments', async () => {
    const { writer, letter } = await writerWithLetter();
    const program = await addProgram({ name: 'Metro FM' });
    await assignLetter(program.id, letter.id);
    await deleteLetter(letter.id);
    expect(await assignmentsForProgram(program.id)).toEqual([]);
    expect(await lettersByWriter(writer.id)).toEqual([]);
  });
});

describe('programs and assignments', () => {
  it('adds, updates and deletes a program', async () => {
    const program = await addProgram({ name: 'Lakeside Surgery', specialty: 'General Surgery', visa: 'j1' });
    expect(program).toMatchObject({ service: 'ERAS', lettersRequired: 3, status: 'researching' });
    await updateProgram(program.id, { status: 'applied', chairLetterRequired: true });
    expect((await listPrograms())[0]).toMatchObject({ status: 'applied', chairLetterRequired: true });
    await expect(updateProgram(program.id, { lettersRequired: 5 })).rejects.toThrow(
      'Letters required: use a number from 1 to 4',
    );
    await deleteProgram(program.id);
    expect(await listPrograms()).toEqual([]);
  });

  it('refuses a fifth letter for one program, and keeps the four', async () => {
    const program = await addProgram({ name: 'Riverside IM' });
    const letters = [];
    for (let i = 0; i < 5; i++) letters.push((await writerWithLetter()).letter);
    for (const letter of letters.slice(0, MAX_LETTERS_PER_PROGRAM)) await assignLetter(program.id, letter.id);
    const error = await assignLetter(program.id, letters[4].id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(TOO_MANY_LETTERS);
    expect(await assignmentsForProgram(program.id)).toHaveLength(4);
    // Taking one off makes room again.
    await unassignLetter(program.id, letters[0].id);
    await assignLetter(program.id, letters[4].id);
    expect(await assignmentsForProgram(program.id)).toHaveLength(4);
  });

  it('assigning the same letter twice keeps one assignment; an uploaded letter becomes assigned', async () => {
    const program = await addProgram({ name: 'Hillcrest Peds' });
    const { letter } = await writerWithLetter();
    await advanceLetter(letter.id, 'uploaded', '2026-09-01');
    const first = await assignLetter(program.id, letter.id, '2026-09-05');
    const second = await assignLetter(program.id, letter.id);
    expect(second.id).toBe(first.id);
    const stored = await getLetter(letter.id);
    expect(stored?.stage).toBe('assigned');
    expect(stored?.stageDates.assigned).toBe('2026-09-05');
  });

  it('refuses a declined letter', async () => {
    const program = await addProgram({ name: 'Hillcrest Peds' });
    const { letter } = await writerWithLetter();
    await advanceLetter(letter.id, 'declined');
    await expect(assignLetter(program.id, letter.id)).rejects.toThrow('a declined letter cannot be sent');
  });
});
