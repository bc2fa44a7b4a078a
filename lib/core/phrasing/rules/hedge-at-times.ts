import { aboutPatient, after, patientNext, settingSubject } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "At times", "occasionally", "inconsistent": the reader hears "and at other times not". */
export const rule: SpanRuleDef = {
  id: 'hedge-at-times',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'hedgeAtTimesRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    patientNext(ctx) ||
    settingSubject(ctx) ||
    /^\s*of\b/.test(after(ctx, 25)) ||
    // "sometimes being assigned 16 patients": the workload, not the applicant's consistency.
    /^[\s,]*(?:while |when )?(?:being )?(?:assigned|carrying|covering|caring for|managing|seeing|handling|admitting|with)\b[^.;]{0,25}\b\d+/.test(
      after(ctx, 50),
    ),
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
