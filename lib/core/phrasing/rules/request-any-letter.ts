import { thanksOrOffer } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Any letter will do", "even a short letter": it tells the writer the applicant expects little. */
export const rule: SpanRuleDef = {
  id: 'request-any-letter',
  category: 'generic-ask',
  kinds: ['request'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'requestAnyLetterRule',
  reject: (ctx) => thanksOrOffer(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Any letter would be fine, even a short one.',
    'Even a brief letter would really help me.',
    "It doesn't have to be long.",
    'Whatever you can write would be great.',
  ],
  pass: [
    'Would you be able to write a strong, detailed letter about my work on your service?',
    'I can send a short summary of the cases we managed together.',
  ],
};
