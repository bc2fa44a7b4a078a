import { LETTER_READY } from '@/lib/core/phrasing/letter-parts';
import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';
import { GRINDSTONE_LETTER, STRONG_LETTER } from '@/lib/core/phrasing/whole-letters';

/** A letter whose effort and warmth words outnumber its words of ability and standing out. */
export const rule: DocumentRuleDef = {
  id: 'letter-grindstone-heavy',
  category: 'effort-only',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'document',
  outweighs: { heavy: 'effortCommunal', light: 'standoutAbility', min: 3 },
  readyWhen: LETTER_READY,
};

/** Letters the rule must flag and letters it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [GRINDSTONE_LETTER],
  pass: [STRONG_LETTER],
};
