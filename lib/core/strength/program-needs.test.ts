import { describe, expect, it } from 'vitest';
import type { LetterWithWriter } from './index';
import { missingRequiredLetters } from './program-needs';

const letter = (role: LetterWithWriter['writer']['role'], specialty?: string): LetterWithWriter => ({
  letter: { stage: 'uploaded', waiver: 'yes', strongAgreed: true, stageDates: {} },
  writer: { name: 'Dr. A', role, usBased: true, contactType: 'us-hands-on', specialty },
});

describe('missing required letters', () => {
  const program = { specialty: 'Internal Medicine', specialtyLetterRequired: true, chairLetterRequired: true };

  it('names both when neither is assigned', () => {
    expect(missingRequiredLetters(program, [letter('attending', 'Surgery')]).map((m) => m.label)).toEqual([
      'No Internal Medicine letter',
      'No chair letter',
    ]);
  });

  it('is satisfied by a specialty letter and a chair letter', () => {
    expect(missingRequiredLetters(program, [letter('attending', 'internal medicine'), letter('chair')])).toEqual([]);
  });

  it('asks nothing of a program that requires nothing, and says "specialty" when the program has none named', () => {
    expect(missingRequiredLetters({ specialtyLetterRequired: false, chairLetterRequired: false }, [])).toEqual([]);
    expect(missingRequiredLetters({ specialtyLetterRequired: true, chairLetterRequired: false }, [])[0].label).toBe(
      'No specialty letter',
    );
  });
});
