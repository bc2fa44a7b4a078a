import { aboutPatient, after, before, clinicalAfter, thingSubject } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Adequate", "acceptable", "sufficient knowledge": words that certify a minimum, which readers take as a warning. */
export const rule: SpanRuleDef = {
  id: 'faint-adequate',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'faintAdequateRule',
  reject: (ctx) =>
    thingSubject(ctx) ||
    // "adequately treated tuberculosis": a treatment, not a verdict on the applicant.
    /^\s*(?:treated|controlled|managed|hydrated|resuscitated|anticoagulated|dosed|perfused|drained)\b/.test(
      after(ctx, 20),
    ) ||
    // "brought our false-positive rate down to an acceptable level": a result achieved.
    /\b(?:brought|reduced|cut|lowered|got|bring|reduce|lower)\b[^.;]{0,40}\b(?:down|to)\s*$/.test(before(ctx, 60)) ||
    clinicalAfter(ctx) ||
    aboutPatient(ctx) ||
    // "after adequate self-study", "given adequate time": what the applicant will get, not how they did.
    /^\s*(?:self-study|study|time|preparation|resources|funding|rest|staffing|space|notice|sleep|breaks|orientation|training time)\b/.test(
      after(ctx, 20),
    ) ||
    /\b(?:completion of|given|provided|receives?|received|needs?|requires?|with|without)\s*$/.test(before(ctx, 20)) ||
    // "the committee found it acceptable without a single revision": a review board's approval, not a grade.
    /\b(?:committee|board|irb|reviewers?|editors?|journal|regulators?)\b[^.;]{0,25}$/.test(before(ctx, 40)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Her knowledge base was adequate for a student at her level.',
    'He performed at an acceptable level throughout the rotation.',
    'She functioned adequately as a member of the team.',
    'His presentations were acceptable.',
  ],
  pass: [
    'We ensured adequate hydration before the procedure.',
    'The insulin dosing looked adequate on paper until she checked the overnight readings.',
    'The patient maintained adequate oxygen saturation on room air.',
    'She was not merely adequate; she was the strongest student on the service.',
  ],
};
