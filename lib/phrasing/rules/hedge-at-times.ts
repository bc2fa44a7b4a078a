import { aboutPatient, after } from '../context';
import type { RuleExamples, SpanRule } from '../types';

/** "At times", "occasionally", "inconsistent": the reader hears "and at other times not". */
export const rule: SpanRule = {
  id: 'hedge-at-times',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  title: 'At times, occasionally',
  explanation:
    'Frequency words ("at times", "occasionally") imply the good behaviour was not the rule, or point to a lapse.',
  suggestion: 'Describe the strength as consistent and give one concrete instance of it.',
  pattern: String.raw`(?:at times|sometimes|occasionally|on occasion|once in a while|from time to time|(?:every )?now and (?:then|again)|every so often|at least (?:once|some of the time)|inconsistent(?:ly)?|variabl[ey] (?:in|at|performance|quality))\b|(?:was|were|is|are|be|been) variable\b`,
  reject: (ctx) => aboutPatient(ctx) || /^\s*(?:of|when the patient|patients?)\b/.test(after(ctx, 25)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'At times she lacked confidence when presenting.',
    'He occasionally arrived late to morning rounds.',
    'Her documentation was inconsistent.',
    'He would sometimes forget to follow up on labs.',
  ],
  pass: [
    'The patient occasionally reported palpitations at night.',
    'At times of high census, she kept the whole list organized.',
  ],
};
