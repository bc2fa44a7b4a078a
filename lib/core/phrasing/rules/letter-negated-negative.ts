import { aboutPatient, after, strongParagraph, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Praise by the absence of problems: nothing went wrong is all it says. */
export const rule: SpanRuleDef = {
  id: 'letter-negated-negative',
  category: 'negated-negative',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'negatedNegative',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    strongParagraph(ctx) ||
    // "no reason to suspect endocarditis": a diagnosis not yet thought of, not the applicant's record.
    /^\s*(?:an? |the )?(?:[\w-]+ ){0,2}(?:\w+(?:itis|osis|emia|aemia|oma|pathy)|infection|disease|cancer|sepsis|embol\w*|fracture|bleed\w*|insufficiency|syndrome|failure|injury|abuse|overdose)\b/.test(
      after(ctx, 60),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['There were no professionalism concerns during his time on our service.'],
  pass: ['The patient had no significant complications after the repair, which she managed herself.'],
};
