import { before, specificAsk } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Asking for any position at all: the reader cannot tell what to offer you. */
export const rule: SpanRuleDef = {
  id: 'outreach-any-position',
  category: 'any-position',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'anyPosition',
  // "you may not have any openings": granting that there may be none, not asking for anything.
  reject: (ctx) => specificAsk(ctx) || /\b(?:not|n['’]t|no longer) (?:have |be |offer )?$/.test(before(ctx, 20)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['I would accept anything at all, paid or unpaid, just to gain US clinical experience.'],
  pass: ['Is there an opportunity to help with the chart review mentioned in your ATS abstract?'],
};
