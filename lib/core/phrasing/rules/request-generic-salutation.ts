import { before, sentence, thanksOrOffer } from '@/lib/core/phrasing/context';
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
  reject: (ctx) =>
    /\baddress(?:ed|ing)? (?:it |the letter |them )?(?:to|as|with)\s*$/.test(before(ctx, 40)) ||
    // A thank-you or a note about a letter already under way ("Respected Madam, thank you for uploading the letter"):
    // the writer knows who is writing, so a formal greeting is manners, not a sign of a mass email.
    thanksOrOffer(ctx) ||
    // "Respected Doctor, I did my rotation under you in July": the reader supervised the applicant and knows who writes.
    /\b(?:under you|with you (?:on|in|at|during)|you (?:supervised|taught|mentored|precepted)|your (?:sub-?intern|student|observer|resident|mentee))\b/.test(
      ctx.text.slice(ctx.sentenceStart, Math.min(ctx.text.length, ctx.sentenceEnd + 400)).toLowerCase(),
    ) ||
    /\b(?:thank(?:s| you)|grateful|gratitude|uploaded|uploading|submitted|received|accepting to write|agreed to write|the deadline (?:for the letter )?is|meet you)\b/.test(
      sentence(ctx),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Dear Sir,', 'Dear Professor,', 'To whom it may concern,', 'Respected Sir/Madam,'],
  pass: ['Dear Dr. Alvarez,', 'Dear Professor Chen,', 'Hello Dr. Okafor,'],
};
