import { specificAsk } from '@/lib/core/phrasing/context';
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
  reject: (ctx) => specificAsk(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['I would accept anything at all, paid or unpaid, just to gain US clinical experience.'],
  pass: ['Is there an opportunity to help with the chart review mentioned in your ATS abstract?'],
};
