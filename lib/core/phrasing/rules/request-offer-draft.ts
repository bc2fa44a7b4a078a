import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Offering to draft the letter for the writer: an ethical line, and letters drafted by applicants read as such. */
export const rule: SpanRuleDef = {
  id: 'request-offer-draft',
  category: 'crossing-a-line',
  kinds: ['request'],
  severity: 'error',
  scope: 'span',
  lexicon: 'requestOfferDraftRule',
  keepNegated: true,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'I would be happy to draft the letter for you to edit.',
    'I have attached a draft letter that you can sign.',
    'To save you time, I can write it and you just sign it.',
    'I only need your signature on the letter.',
  ],
  pass: [
    'I have attached my CV, personal statement and a list of cases we worked on.',
    'I can prepare a one-page summary of my rotation for you.',
  ],
};
