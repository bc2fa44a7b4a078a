import { before } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Dear Sir", "Dear Professor", "To whom it may concern": a request that could have gone to anyone. */
export const rule: SpanRuleDef = {
  id: 'request-generic-salutation',
  category: 'generic-ask',
  kinds: ['request', 'outreach'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'requestGenericSalutationRule',
  keepNegated: true,
  // "The letter can be addressed to Dear Program Director": advice on the letter's own salutation.
  reject: (ctx) => /\baddress(?:ed|ing)? (?:it |the letter |them )?(?:to|as|with)\s*$/.test(before(ctx, 40)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Dear Sir,', 'Dear Professor,', 'To whom it may concern,', 'Respected Sir/Madam,'],
  pass: ['Dear Dr. Alvarez,', 'Dear Professor Chen,', 'Hello Dr. Okafor,'],
};
