import { LETTER_READY } from '@/lib/core/phrasing/letter-parts';
import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';
import { STRONG_LETTER, VAGUE_LETTER } from '@/lib/core/phrasing/whole-letters';

/** A whole letter that never places the applicant among peers: no share, no rank, no "one of the best". */
export const rule: DocumentRuleDef = {
  id: 'letter-no-comparison',
  category: 'whole-letter',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'document',
  requiresPattern: 'ranking',
  readyWhen: LETTER_READY,
  // A reference for a colleague of many years is not a trainee ranked among others.
  onlyWhen: 'traineeContext',
};

/** Letters the rule must flag and letters it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [VAGUE_LETTER],
  pass: [STRONG_LETTER],
};
