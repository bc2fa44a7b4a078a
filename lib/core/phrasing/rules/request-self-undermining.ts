import { aboutPatient } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** The applicant talking their own case down before the writer starts. */
export const rule: SpanRuleDef = {
  id: 'request-self-undermining',
  category: 'self-undermining',
  kinds: ['request'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'selfUndermining',
  reject: (ctx) => aboutPatient(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ["I know I didn't really stand out during the rotation, but I would be grateful for a letter."],
  pass: ['I enjoyed presenting the sepsis case at your morning report in March.'],
};
