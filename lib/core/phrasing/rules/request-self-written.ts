import { aboutPatient } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Offering to write the letter, or asking to see it: the waiver exists so programs can trust the letter. */
export const rule: SpanRuleDef = {
  id: 'request-self-written',
  category: 'crossing-a-line',
  kinds: ['request'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'selfWritten',
  reject: (ctx) => aboutPatient(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ["I'd be happy to write it up myself so you only need to put it on letterhead."],
  pass: ['I have waived my right to see the letter on the ERAS form.'],
};
