// Matching rows to stored records, with the stored records handed in: no database involved.
import { describe, expect, it } from 'vitest';
import { LetterSchema, ProgramSchema, WriterSchema } from '@/lib/core/model/schema';
import type { CsvKind } from './csv-columns';
import { guessMapping, parseCsv } from './csv-file';
import { planLetters } from './csv-letters';
import { keepResolved, matchRows, PlanBuilder, type SingleTarget } from './csv-match';
import { type Fields, readRows } from './csv-rows';

const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const cityIm = ProgramSchema.parse({ ...base, id: 'p-city', name: 'City IM', state: 'NJ' });
const cityImNy = ProgramSchema.parse({ ...base, id: 'p-city-ny', name: 'City IM', state: 'NY' });

function read(kind: CsvKind, csv: string) {
  const { headers, rows } = parseCsv(csv);
  return readRows(kind, headers, rows, guessMapping(kind, headers));
}

function plan(
  target: SingleTarget,
  kind: CsvKind,
  csv: string,
  stored: Fields[],
  found = new Map<string, Set<string>>(),
) {
  const { reads, errors } = read(kind, csv);
  const builder = new PlanBuilder(errors);
  const byRef = new Map(stored.map((record) => [String(record.id), record]));
  keepResolved(target, matchRows(target, reads, { byRef, all: stored }, builder), found, builder);
  return builder;
}

describe('rows matched to stored records', () => {
  it('a row without a ref updates the program of that name and state, and adds one in another state', () => {
    const result = plan('program', 'programs', 'Program,State,Notes\n city  im ,NJ,updated\nCity IM,PA,new\n', [
      cityIm,
    ]);
    expect(result.errors).toEqual([]);
    expect(result.counts).toEqual({ programs: { add: 1, update: 1 } });
    expect(result.writes.programs[0]).toMatchObject({ id: 'p-city', notes: 'updated' });
    expect(result.writes.programs[1]).not.toMatchObject({ id: 'p-city' });
  });

  it('refuses two rows for one stored program, and one row for the same program twice', () => {
    const twice = plan('program', 'programs', 'Program,State\nCity IM,\nCity IM,\n', [cityIm, cityImNy]);
    expect(twice.errors.map((e) => e.message)).toEqual([
      'Row 3: the same program as row 2 (same name and state); keep one of the two rows.',
    ]);
    const both = plan('program', 'programs', 'Program,State\nCity IM,\nCity IM,NJ\n', [cityIm]);
    expect(both.errors.map((e) => e.message)).toEqual([
      'Row 3: it matches the same program in StrongLetter as row 2 (by name and state); keep one of the two rows.',
    ]);
  });

  it('a row without a ref never takes the record another row names by ref', () => {
    const csv = 'Program,State,Program ref\nCity IM,NJ,\nCity Internal Medicine,NJ,p-city\n';
    const result = plan('program', 'programs', csv, [cityIm]);
    expect(result.errors).toEqual([]);
    expect(result.counts).toEqual({ programs: { add: 1, update: 1 } });
    expect(result.writes.programs[0]).not.toMatchObject({ id: 'p-city' });
    expect(result.writes.programs[1]).toMatchObject({ id: 'p-city', name: 'City Internal Medicine' });
  });

  it('keeps a deadline about a stored letter and refuses one about a letter that is not there', () => {
    const csv = 'Title,Due date,About,About ref\nUpload,2026-09-24,letter,l-1\nSend,2026-09-25,letter,ghost\n';
    const result = plan('deadline', 'deadlines', csv, [], new Map([['letters', new Set(['l-1'])]]));
    expect(result.counts).toEqual({ deadlines: { add: 1, update: 0 } });
    expect(result.writes.deadlines[0]).toMatchObject({ title: 'Upload', dueAt: '2026-09-24T24:00', source: 'import' });
    expect(result.errors.map((e) => e.message)).toEqual([
      'Row 3, About ref: no letter with ref ghost is in StrongLetter; import that first or leave the cell empty.',
    ]);
  });
});

describe('letters files', () => {
  const rao = WriterSchema.parse({ ...base, id: 'w-rao', name: 'Dr. Amal Rao', contactType: 'us-hands-on' });
  const letter = (id: string, stage: string, createdAt: string) =>
    LetterSchema.parse({ ...base, createdAt, id, writerId: 'w-rao', specialty: 'Internal Medicine', stage });

  it('finds the writer by name and the letter by specialty, one at the same stage first', () => {
    const stored = [
      letter('l-old', 'asked', '2026-01-01T00:00:00.000Z'),
      letter('l-new', 'agreed', '2026-02-01T00:00:00.000Z'),
    ];
    const { reads, errors } = read(
      'letters',
      'Writer,How they know you,Letter specialty,Stage,Letter notes\ndr. amal rao,US hands-on rotation,Internal Medicine,Agreed,first\nDr. Amal Rao,US hands-on rotation,Internal Medicine,Asked,second\n',
    );
    const builder = new PlanBuilder(errors);
    planLetters(reads, [rao], stored, builder);
    expect(errors).toEqual([]);
    expect(builder.counts).toEqual({ writers: { add: 0, update: 1 }, letters: { add: 0, update: 2 } });
    expect(builder.writes.letters).toMatchObject([
      { id: 'l-new', notes: 'first' },
      { id: 'l-old', notes: 'second' },
    ]);
  });

  it('adds a new writer once for several rows of one new name, with a letter per row', () => {
    const { reads, errors } = read(
      'letters',
      'Writer,How they know you,Letter specialty\nDr. Kim,Research,Internal Medicine\nDr. Kim,Research,Family Medicine\n',
    );
    const builder = new PlanBuilder(errors);
    planLetters(reads, [rao], [], builder);
    expect(builder.counts).toEqual({ writers: { add: 1, update: 0 }, letters: { add: 2, update: 0 } });
    const [kim] = builder.writes.writers as Fields[];
    expect((builder.writes.letters as Fields[]).every((l) => l.writerId === kim.id)).toBe(true);
  });
});
