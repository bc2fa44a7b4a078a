import { LETTER_READY } from '@/lib/core/phrasing/letter-parts';
import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';
import { STRONG_LETTER, VAGUE_LETTER } from '@/lib/core/phrasing/whole-letters';

/** A finished letter of under about 250 words: too little room for examples, and read as a lukewarm one. */
export const rule: DocumentRuleDef = {
  id: 'letter-too-short',
  category: 'whole-letter',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'document',
  // About 250 words: a letter a few words short of it is not nagged.
  minWords: 225,
  readyWhen: LETTER_READY,
};

/** Letters the rule must flag and letters it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [VAGUE_LETTER],
  pass: [STRONG_LETTER],
};
