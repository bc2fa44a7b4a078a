import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Good knowledge", "a good student", "will make a good doctor": praise that could describe anyone. */
export const rule: SpanRuleDef = {
  id: 'vague-good',
  category: 'vague-praise',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'vagueGoodRule',
  reject: (ctx) => aboutPatient(ctx) || strongSentence(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'He has good knowledge of medicine.',
    'She was a very good student.',
    'He will make a good doctor.',
    'She would be a great addition to your program.',
  ],
  pass: [
    'She reasoned through a complex DKA case and caught a missed potassium trend.',
    'The patient had a good response to diuresis.',
    'He is not just a good student; he is the best intern I have worked with.',
  ],
};
