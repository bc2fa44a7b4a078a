import { after, applicantsOwnStep, before } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** A near or past deadline, or pressure in its place: the writer needs weeks, not hours. */
export const rule: SpanRuleDef = {
  id: 'request-too-late',
  category: 'too-late',
  kinds: ['request'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'tooLate',
  reject: (ctx) =>
    applicantsOwnStep(ctx) ||
    /^\s*(?:extended|moved|pushed)\b/.test(after(ctx, 20)) ||
    /\b(?:avoid|not|never|won['’]t|wouldn['’]t|isn['’]t|rather than|well ahead|in good time)\b[^,;]*$/.test(
      before(ctx, 60),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['My application is due tomorrow, so could you upload the letter tonight?'],
  pass: ["I'd like to avoid asking on short notice, so I am writing two months before the deadline."],
};
