import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** A casual ask with no context: who you are, where you worked together and what you need. */
export const rule: SpanRuleDef = {
  id: 'request-casual',
  category: 'generic-ask',
  kinds: ['request'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'casualAsk',
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Hey doc, any chance you could do a rec letter for me?'],
  pass: ['Dear Dr. Chen, thank you again for the four weeks on your cardiology service.'],
};
