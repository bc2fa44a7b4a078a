import { after, matched, sentence, strongParagraph } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

const STRENGTH =
  /\b(?:strong(?:ly|est)?|high(?:ly|est)|enthusias\w*|wholehearted\w*|unreserved\w*|without (?:any )?(?:reservation|hesitation|qualification)s?|unequivocal\w*|emphatic\w*|fullest|utmost|warmest|greatest|most|top|best|absolute(?:ly)?|unconditional\w*|no reservations?|complete confidence|full confidence|every confidence|rank(?:ed|ing)?|first|outstanding|exceptional|superb|finest|without hesitat\w*|heartily|heartiest|warmly|fully|great pleasure|great enthusiasm|eager(?:ly)?|delighted|proud)\b|\d+ ?%/;

/** "I recommend him" with no "strongly", "highest" or comparison: a recommendation by its bare minimum. */
export const rule: SpanRuleDef = {
  id: 'weak-endorsement',
  category: 'weak-endorsement',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'weakEndorsementRule',
  reject: (ctx) =>
    STRENGTH.test(sentence(ctx)) ||
    // "I recommended him to study medicine at…": advice the writer once gave, not this letter's endorsement.
    (/ed$/.test(matched(ctx)) &&
      /^\s*(?:him|her|them)\s+to\s+(?!(?:the|your|you|our|this|that|a|an|any|all)\b)[a-z]+/.test(after(ctx, 40))) ||
    // "I supported his proposal": backing given once, told.
    (/ed$/.test(matched(ctx)) &&
      /^\s*(?:his|her|their) (?:\w+ )?(?:proposal|application|nomination|project|grant|idea|request|plan|manuscript)\b/.test(
        after(ctx, 40),
      )) ||
    // "In summary, I support Dr. Shah… He has my highest recommendation": the paragraph says how strongly.
    strongParagraph(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'I recommend him for your residency program.',
    'I would recommend her as a candidate.',
    'I am happy to support his application.',
    'I can recommend this applicant to your program.',
  ],
  pass: [
    'I recommend her without reservation.',
    'I strongly recommend him; he is in the top 5% of students I have taught.',
    'I recommend her with the greatest enthusiasm.',
  ],
};
