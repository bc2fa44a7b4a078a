import { after, before } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Telling the writer what to say: the letter stops being their judgment. */
export const rule: SpanRuleDef = {
  id: 'request-dictating',
  category: 'dictating',
  kinds: ['request'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'dictating',
  reject: (ctx) =>
    // "I should add that I passed Step 2": the applicant adding news, not telling the writer what to say.
    /\b(?:i|we) (?:should|must|would like to|['’]d like to|want to|wanted to|will|['’]ll|might|can|also|just)(?: also| just)?\s*$/.test(
      before(ctx, 30),
    ) ||
    /^\s*(?:(?:will|have|am going to|['’]ll|shall) )?(?:attach|send|waive|enclose|upload|forward|sign|submit|waived|attached|enclosed|sent)/.test(
      after(ctx, 30),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Please mention in the letter that I am hardworking and punctual.'],
  pass: ['Please note that I have waived my right to see the letter.'],
};
