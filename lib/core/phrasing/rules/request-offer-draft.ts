import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Offering to draft the letter for the writer: an ethical line, and letters drafted by applicants read as such. */
export const rule: SpanRuleDef = {
  id: 'request-offer-draft',
  category: 'crossing-a-line',
  kinds: ['request'],
  severity: 'error',
  scope: 'span',
  pattern: String.raw`(?:i|we) (?:can|could|will|would|['’]ll|am happy to|would be happy to|would be glad to|am willing to|am able to|can also|could also|offer to|volunteer to|am glad to|would love to)\s+(?:gladly |also |happily |easily |quickly |even )?(?:draft|write|prepare|compose|pre-write|ghostwrite|type(?: up)?|put together) (?:up )?(?:(?:the|a|your|this|my|an initial|a first|a sample|a template|a rough) (?:letter|draft|lor|recommendation|version|template|sample)|it(?: for you| yourself)?)\b|(?:send|attach|attached|attaching|share|sharing|provide|providing|forward|email|include|including) (?:you )?(?:a |the |my |an )?(?:draft|template|sample|pre-?written|ready-made|prepared|initial|suggested) (?:letter|lor|version|recommendation|text|copy)\b|(?:draft|template) (?:of |for )?(?:the |a |your )?(?:letter|lor|recommendation) (?:for you|that you|you can|which you|to sign)\b|(?:you )?(?:can|could|would|just|only|simply) (?:need to |have to )?(?:sign|edit|tweak|modify|adjust|review and sign|personali[sz]e|approve) (?:it|the (?:letter|draft)|and (?:send|submit|upload))\b|(?:i|we) (?:have |['’]ve )?(?:already )?(?:drafted|written|prepared|composed) (?:a|the|your) (?:letter|lor|recommendation|draft)\b|ghost[- ]?writ\w*|pre-?written (?:letter|lor)\b|(?:save|saving) you (?:the |some )?time (?:by|with) (?:writing|drafting|preparing)|(?:just |only )need (?:your )?signature`,
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
