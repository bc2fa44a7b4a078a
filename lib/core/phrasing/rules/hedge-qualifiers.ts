import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Somewhat", "fairly good", "generally reliable", "for the most part": praise turned down by a qualifier. */
export const rule: SpanRuleDef = {
  id: 'hedge-qualifiers',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'hedgeQualifiersRule',
  keepNegated: true,
  reject: (ctx) => aboutPatient(ctx) || strongSentence(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'His notes were somewhat disorganized.',
    'She has a fairly good fund of knowledge.',
    'He was generally reliable and usually prepared.',
    'For the most part, her presentations were accurate.',
  ],
  pass: [
    'The pain was somewhat relieved after the patient received morphine.',
    'Her presentations were the most thorough on the team.',
    'He was reliable on every shift and caught a missed potassium trend.',
  ],
};
