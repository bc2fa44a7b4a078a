import { thanksOrOffer } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Any letter will do", "even a short letter": it tells the writer the applicant expects little. */
export const rule: SpanRuleDef = {
  id: 'request-any-letter',
  category: 'generic-ask',
  kinds: ['request'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  pattern: String.raw`any (?:kind of |sort of |type of )?(?:letter|recommendation|reference|lor)(?: at all)? (?:will|would|is|should|could) (?:do|be (?:fine|ok(?:ay)?|enough|great|helpful|sufficient)|suffice|work|help)\b|(?:even |just |only |simply )(?:a |an )?(?:short|brief|quick|simple|generic|standard|small|one-line|one-paragraph|basic|template|few-line|general|couple-line) (?:letter|recommendation|reference|note|lor|paragraph)\b|(?:a |the )?(?:short|brief|quick|generic|standard|template|basic|general|simple) (?:letter|recommendation|reference|lor) (?:is|would be|will be|should be) (?:fine|enough|ok(?:ay)?|sufficient|great|perfect)\b|(?:does ?n['’]?o?t|don['’]t|need ?n['’]?o?t|won['’]t) (?:have to |need to )?be (?:long|detailed|lengthy|very long|elaborate|anything (?:fancy|special|long|detailed))\b|(?:just |only )?(?:a few|a couple of) (?:lines|sentences|words) (?:would|will|is|are) (?:do|be)\b|whatever you (?:can|want|wish|like|are comfortable|feel (?:like|comfortable)) (?:write|writing|say|saying|with)?\b|(?:anything|something) (?:is|would be|will be) (?:better than nothing|fine|enough)\b|(?:i|we) (?:just |only )?need (?:a|any|one) (?:letter|recommendation|reference)(?: from (?:anyone|you|a us physician))?(?:,? (?:any|even)| to (?:complete|fill|meet))`,
  reject: (ctx) => thanksOrOffer(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Any letter would be fine, even a short one.',
    'Even a brief letter would really help me.',
    "It doesn't have to be long.",
    'Whatever you can write would be great.',
  ],
  pass: [
    'Would you be able to write a strong, detailed letter about my work on your service?',
    'I can send a short summary of the cases we managed together.',
  ],
};
