import { aboutPatient, before, strongSentence, thingSubject } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Seems to", "appears", "I think she is capable": the writer distances themselves from the claim. */
export const rule: SpanRuleDef = {
  id: 'hedge-seems',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'hedgeSeemsRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    thingSubject(ctx) ||
    // "the chest radiograph appeared fine", "hypoglycemia, which had seemed to be": a finding that looked so.
    /\b(?:radiographs?|x-rays?|scans?|films?|bilirubin|enzymes|labs?|results?|ecg|ekg|echo|ct|mri|ultrasound|imaging|findings?|wound|rash|lesion|exam(?:ination)?|vitals|pressure|picture|presentation|[a-z]+(?:emia|aemia|osis|itis)|which(?: had)?)\s*$/.test(
      before(ctx, 30),
    ),
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
