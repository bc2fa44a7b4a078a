import { aboutPatient, before, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Some reservations", "struggled with", "had difficulty": a doubt stated outright. */
export const rule: SpanRuleDef = {
  id: 'hedge-concerns',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'hedgeConcernsRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    // "noticed a medical student struggling with a repair": someone else's difficulty.
    /\b(?:a|another|the|one of (?:our|the)) (?:[\w-]+ )?(?:student|resident|intern|nurse|colleague|patient|trainee|junior)s?\s*$/.test(
      before(ctx, 40),
    ) ||
    // "helped me overcome my concerns": the writer's doubts, answered by the applicant.
    /\b(?:overc[oa]me|allay(?:ed)?|eased?|resolved?|address(?:ed)?|dispelled?|answered)(?: (?:all |any )?(?:of )?(?:my|our))?\s*$/.test(
      before(ctx, 40),
    ) ||
    // "to evaluate my students' strengths and weaknesses": the whole class, as a teacher's method.
    /\b(?:students|residents|trainees|learners|class|classes|group|everyone)['’]?s?['’]? (?:(?:relative )?strengths and )?$/.test(
      before(ctx, 40),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'I have some reservations about his readiness for residency.',
    'She struggled with time management on busy days.',
    'He had difficulty keeping up with the pace of the ward.',
    'Documentation was a weakness in his performance.',
  ],
  pass: [
    'I recommend her without reservation.',
    'The patient had difficulty breathing on arrival.',
    'She never struggled with the volume of a busy service.',
  ],
};
