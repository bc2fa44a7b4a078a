import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Signs of a mass mailing: an email sent to everyone is answered by no one. */
export const rule: SpanRuleDef = {
  id: 'outreach-mass-mailing',
  category: 'mass-mailing',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'massMailing',
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['I am contacting many hospitals across the United States for an observership this spring.'],
  pass: ['Dear Dr. Weiss, I read your 2024 paper on delirium in older inpatients.'],
};
