import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Praise by the absence of problems: nothing went wrong is all it says. */
export const rule: SpanRuleDef = {
  id: 'letter-negated-negative',
  category: 'negated-negative',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'negatedNegative',
  reject: (ctx) => aboutPatient(ctx) || strongSentence(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['There were no professionalism concerns during his time on our service.'],
  pass: ['The patient had no significant complications after the repair, which she managed herself.'],
};
