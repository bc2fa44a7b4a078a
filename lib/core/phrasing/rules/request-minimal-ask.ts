import { sentence, thanksOrOffer } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** A small or open-ended ask ("a few lines", "anything you can write"): it invites a short, generic letter. */
export const rule: SpanRuleDef = {
  id: 'request-minimal-ask',
  category: 'generic-ask',
  kinds: ['request'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'minimalAsk',
  reject: (ctx) =>
    thanksOrOffer(ctx) ||
    /(?<!too |not |nothing )\b(?:strong(?:ly|est)?|detailed|specific|enthusiastic|supportive)\b|\bthank/.test(
      sentence(ctx),
    ) ||
    !/\b(?:you|your|letter|lor|reference|recommendation|write|writing|stating|letterhead|eras|sign)\b/.test(
      sentence(ctx),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Could you just write a few lines confirming that I did the elective with you?'],
  pass: ['Would you be willing to write a strong, detailed letter about my work on your service?'],
};
