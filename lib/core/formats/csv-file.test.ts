import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/core/model/errors';
import { checkMapping, csvText, detectCsvKind, guessMapping, parseCsv } from './csv-file';

describe('CSV files', () => {
  it('splits a ; separated file with a BOM and a quoted line break', () => {
    const parsed = parseCsv('\uFEFFName;Notes\r\nDr. Lee;"Two lines;\nwith a separator"\r\n\r\nDr. Patel;\r\n');
    expect(parsed).toEqual({
      delimiter: ';',
      headers: ['Name', 'Notes'],
      rows: [
        ['Dr. Lee', 'Two lines;\nwith a separator'],
        ['Dr. Patel', ''],
      ],
      errors: [],
    });
    expect(() => parseCsv(' \n')).toThrow(ValidationError);
  });

  it('guesses the kind of file from its headers', () => {
    expect(detectCsvKind('Name;Contact type;Institution;Stage;Asked date\nDr. Lee;Observership;Mercy;Asked;')).toBe(
      'letters',
    );
    expect(detectCsvKind('Program,City,State\nA,B,C')).toBe('programs');
    expect(detectCsvKind('Title,Due date\nA,2026-01-01')).toBe('deadlines');
    expect(detectCsvKind('Colour,Size\nred,3')).toBeUndefined();
    expect(guessMapping('deadlines', ['DUE DATE', 'title', 'tz'])).toEqual([
      'deadline.dueDate',
      'deadline.title',
      'deadline.timeZone',
    ]);
  });

  it('names a required column nothing maps to, and a key of another kind', () => {
    const parsed = parseCsv('Title,Program\nA,B\n');
    const { missing, errors } = checkMapping('deadlines', parsed, ['deadline.title', 'program.name']);
    expect(missing).toEqual(['Due date']);
    expect(errors.map((e) => e.message)).toEqual([
      'Column “Program” is mapped to program.name, which is not a deadlines column.',
      'The file needs a “Due date” column (or map one of its columns to it).',
    ]);
  });

  it('writes an export with a BOM, Windows line ends and formula-like cells escaped', () => {
    const text = csvText('programs', [{ program: { name: '=HYPERLINK("x")', city: 'Newark', state: 'NJ' } }]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, row] = text.slice(1).split('\r\n');
    expect(header.split(',').slice(0, 4)).toEqual(['Program', 'Specialty', 'City', 'State']);
    expect(row.startsWith(`"'=HYPERLINK(""x"")",,Newark,NJ`)).toBe(true);
    // and read back, the apostrophe stays in the cell for the import to take off
    expect(parseCsv(text).rows[0][0]).toBe(`'=HYPERLINK("x")`);
  });
});
