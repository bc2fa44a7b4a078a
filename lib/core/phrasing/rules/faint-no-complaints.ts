import { aboutPatient, after, before, clinicalAfter } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "No complaints", "never caused problems": praise by the absence of trouble. */
export const rule: SpanRuleDef = {
  id: 'faint-no-complaints',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'faintNoComplaintsRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    clinicalAfter(ctx) ||
    /^\s*(?:of|other than|at (?:her|his|the) (?:annual|routine|follow-up)|with (?:the |his |her )?(?:procedure|wound|case))\b/.test(
      after(ctx, 30),
    ) ||
    // "who reported no complaints", "described her as previously well with no complaints": a patient's history.
    /\b(?:reported|reporting|presented|presenting|described|previously well|admitted|asymptomatic)\b[^.;]{0,40}$/.test(
      before(ctx, 50),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'There were no complaints about her work.',
    'He never caused any problems on the team.',
    'She completed the rotation without any issues.',
    'I have no concerns about his performance.',
  ],
  pass: [
    'The patient had no complaints of chest pain at discharge.',
    'The procedure was completed without incident.',
    'She identified problems no one else had noticed.',
  ],
};
