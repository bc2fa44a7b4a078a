import { aboutPatient, before, clinicalAfter, thingSubject } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Satisfactory", "performed satisfactorily", "to our satisfaction": the grade of a pass, not a recommendation. */
export const rule: SpanRuleDef = {
  id: 'faint-satisfactory',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'faintSatisfactoryRule',
  reject: (ctx) =>
    clinicalAfter(ctx) ||
    aboutPatient(ctx) ||
    thingSubject(ctx) ||
    // "the ultrasound had been reported as satisfactory": a study's report, not a verdict on the applicant.
    /\b(?:reported|read|graded|rated|deemed|documented|labell?ed) as\s*$/.test(before(ctx, 20)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Dr. Rao was a satisfactory student during her rotation.',
    'He performed satisfactorily on the wards.',
    'She completed the clerkship to our satisfaction.',
    'He satisfied all requirements of the rotation.',
  ],
  pass: [
    'The patient had a satisfactory outcome after surgery.',
    'Hemostasis was satisfactory at the end of the case.',
    'Her work was far beyond satisfactory; she ran the team.',
  ],
};
