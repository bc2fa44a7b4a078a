import { aboutPatient, after, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Level with peers, or "about what one would expect": a middle ranking. */
export const rule: SpanRuleDef = {
  id: 'letter-level-with-peers',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'levelWithPeers',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    // Level with residents or a PGY-1 is a student compared upward: strong, not middling.
    /\b(?:pgy|residents?|interns?|fellows?|seniors?|attendings?)\b/.test(after(ctx, 40)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Clinically, he performed at roughly the level of his peers, neither ahead of them nor behind.'],
  pass: ['Her presentations were far ahead of her peers, the best on the team.'],
};
