import { aboutPatient, before, caredForBefore, evidenced, patientClauseNext } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Good for a foreign graduate", "surprisingly capable", "her English is adequate": praise with a put-down inside. */
export const rule: SpanRuleDef = {
  id: 'personal-backhanded',
  category: 'personal',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'personalBackhandedRule',
  keepNegated: true,
  reject: (ctx) =>
    evidenced(ctx) ||
    aboutPatient(ctx, 30) ||
    patientClauseNext(ctx) ||
    caredForBefore(ctx) ||
    // "Thank you for considering her": the closing courtesy.
    /\b(?:thank(?:s| you)|grateful|appreciate(?: you)?) for\s*$/.test(before(ctx, 25)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'For a foreign graduate, his clinical skills are good.',
    'She was surprisingly capable on the wards.',
    'His English is adequate for patient care.',
    'Despite her accent, patients understood her.',
  ],
  pass: [
    'She interpreted for our Spanish-speaking patients and earned their trust.',
    'He is among the top three students I have supervised this year.',
  ],
};
