import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Begging and pleading: it reads as pressure and desperation, not fit. */
export const rule: SpanRuleDef = {
  id: 'outreach-begging',
  category: 'begging',
  kinds: ['outreach'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'begging',
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['I am begging you to give me this one chance; it is my only hope.'],
  pass: ['I would be grateful for the chance to help with your QI project.'],
};
