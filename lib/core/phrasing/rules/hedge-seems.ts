import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Seems to", "appears", "I think she is capable": the writer distances themselves from the claim. */
export const rule: SpanRuleDef = {
  id: 'hedge-seems',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  pattern: String.raw`(?:seem(?:s|ed|ingly)?|appear(?:s|ed)?) (?:to (?:be|have|understand|know|grasp|enjoy|care|learn|possess|get|work|function|show|like)|(?:quite |fairly |somewhat |generally |reasonably )?(?:competent|capable|interested|motivated|knowledgeable|comfortable|confident|able|adequate|engaged|eager|prepared|bright|intelligent|sincere|reliable|organized|nice|pleasant|good|fine|ok(?:ay)?))\b|apparently\b|as far as i (?:can tell|know|could tell)|to (?:the best of )?my knowledge|i (?:think|believe|feel|guess|suppose|gather) (?:that )?(?:he|she|they) (?:(?:is|was|are|were|has|had) (?:probably |likely |generally |basically |fairly |reasonably )?(?:an? )?(?:good|capable|competent|able|ready|adequate|fine|ok(?:ay)?|decent|reasonable|suitable|knowledgeable|prepared|reliable|sincere)|(?:can|could|will|would|might|may) (?:probably |likely )?(?:be|do|handle|manage|become|learn|improve|fit))\b|(?:probably|possibly|perhaps|maybe|presumably) (?:a |an )?(?:good|capable|competent|ready|suitable|fine|adequate|able|reasonable|reliable)\b|i (?:would )?(?:imagine|assume|suppose)\b`,
  reject: (ctx) => aboutPatient(ctx) || strongSentence(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'He seems to be a capable student.',
    'She appeared interested in internal medicine.',
    'I think he is a good candidate for your program.',
    'As far as I can tell, she was well prepared each day.',
  ],
  pass: [
    'The patient appeared comfortable after the nerve block.',
    'She explained the diagnosis to the family in plain words.',
    'I believe she will be one of the best residents your program has trained.',
  ],
};
