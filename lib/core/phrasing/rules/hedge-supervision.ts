import { aboutPatient, after, evidenced } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "With supervision", "needed reminders", "when prompted": the applicant is described as not yet independent. */
export const rule: SpanRuleDef = {
  id: 'hedge-supervision',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'hedgeSupervisionRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    evidenced(ctx) ||
    /^\s*(?:removed|lifted|withdrawn|tapered|stopped|no longer)\b/.test(after(ctx, 20)) ||
    // "Anna once told me": the applicant speaking, not being told what to do.
    /^\s*(?:me|us)\b/.test(after(ctx, 10)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'With supervision, he was able to manage common inpatient problems.',
    'She needed frequent reminders to complete her notes.',
    'He contributed to discussions when prompted.',
    'She required close supervision during procedures.',
  ],
  pass: [
    'She never needed reminders to follow up on results.',
    'He ran the service with minimal input from me by the third week.',
    'The patient required close monitoring overnight.',
  ],
};
