import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';

/** A cold email that takes more than a minute to read: most recipients stop before the ask. */
export const rule: DocumentRuleDef = {
  id: 'outreach-too-long',
  category: 'outreach',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'document',
  maxWords: 250,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [`Dear Dr. Lee, ${'I would very much like to learn from your team and contribute. '.repeat(25)}`],
  pass: [
    'Dear Dr. Lee, I read your study on readmissions. Could I observe in your clinic for four weeks in March? My CV is attached.',
  ],
};
