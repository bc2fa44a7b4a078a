import type { DocumentSignal } from './types';

// Properties of a whole text that change how its sentences read. The engine tests each paragraph for them and,
// when the text has one, leaves out the hints of the categories it silences (span hints and whole-text hints alike).
// Their patterns are named (patterns.ts) and read from the locale catalog.

/** Every signal; a text's kind decides which are looked for. */
export const SIGNALS: readonly DocumentSignal[] = [
  // The letter ranks the applicant: effort words and modest praise beside a ranking read as colour.
  { id: 'ranked', kinds: ['letter'], pattern: 'ranking', silences: ['effort-only', 'faint-praise', 'learned'] },
  // The letter praises ability in strong words again and again ("superior critical thinking", "brilliant",
  // "exceptional judgment"): its effort and warmth words are colour beside that praise, not a substitute for it.
  {
    id: 'praised',
    kinds: ['letter'],
    pattern: 'strongPraise',
    minCount: 3,
    silences: ['effort-only', 'learned'],
  },
  // The writer already agreed (a thank-you, a follow-up, their yes quoted): no first-request checks.
  {
    id: 'agreed',
    kinds: ['request'],
    pattern: 'agreed',
    history: 'agreedHistory',
    silences: ['generic-ask', 'missing-in-request', 'learned'],
  },
];
