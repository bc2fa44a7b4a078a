import { after, sentence, specificAsk } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "I hope this email finds you well", "My name is...": a first line spent on nothing the reader needs. */
export const rule: SpanRuleDef = {
  id: 'outreach-generic-opening',
  category: 'outreach',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'outreachGenericOpeningRule',
  // An opener that goes straight to a specific ask (a month, a named group, one question) is not generic.
  reject: (ctx) =>
    // "I am writing to ask whether your department accepts observers": one direct question.
    (/^\s*(?:whether|if) (?:your|dr\b)/.test(after(ctx, 15)) && !/\bany\b/.test(after(ctx, 80))) ||
    /\bdear (?:dr|ms|mr|mrs|prof(?:essor)?)\.? ?[a-z]+/.test(sentence(ctx)) ||
    specificAsk(ctx),
  keepNegated: true,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'I hope this email finds you well.',
    'My name is Amina and I am an international medical graduate.',
    'I am writing to inquire about observership opportunities.',
    'It has always been my dream to work in the United States.',
  ],
  pass: [
    'I read your 2024 paper on sepsis bundles in community hospitals and had a question about the follow-up cohort.',
    'Would you have room for an observer in your heart failure clinic for four weeks in March?',
  ],
};
