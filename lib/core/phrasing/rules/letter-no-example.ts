import { LETTER_READY } from '@/lib/core/phrasing/letter-parts';
import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';
import { STRONG_LETTER, VAGUE_LETTER } from '@/lib/core/phrasing/whole-letters';

/** A whole letter with no number, no patient story and nothing the applicant did to a clinical object. */
export const rule: DocumentRuleDef = {
  id: 'letter-no-example',
  category: 'whole-letter',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'document',
  requiresPattern: 'specific',
  readyWhen: LETTER_READY,
};

/** Letters the rule must flag and letters it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [VAGUE_LETTER],
  pass: [STRONG_LETTER],
};
