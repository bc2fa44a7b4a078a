import { aboutPatient, after, before, strongParagraph, strongSentence } from '@/lib/core/phrasing/context';
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
    // "no complaint from the patient": someone else's complaint; "has no trouble working alone": an ability.
    /^\s*(?:(?:from|of|by) (?:the |a |his |her |our |their )?(?:patients?|family|families|nurses?|parents?)|of pain|other than)\b/.test(
      after(ctx, 30),
    ) ||
    (/\b(?:trouble|difficulty)$/.test(ctx.text.slice(ctx.start, ctx.end).toLowerCase()) &&
      /^\s*\w+ing\b/.test(after(ctx, 20))) ||
    // "the audit found no errors in her data": a check reported, not the applicant's record summed up.
    /\b(?:found|showed|revealed|detected|identified|reported|with)\s*$/.test(before(ctx, 15)) ||
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
