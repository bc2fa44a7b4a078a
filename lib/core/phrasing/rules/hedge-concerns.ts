import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Some reservations", "struggled with", "had difficulty": a doubt stated outright. */
export const rule: SpanRuleDef = {
  id: 'hedge-concerns',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  pattern: String.raw`(?:some|minor|slight|certain|a few|several|my|our) (?:reservations|concerns|doubts|misgivings)\b|with (?:some |a few |minor )?(?:reservations?|hesitation|qualifications)\b|reservations (?:about|regarding)\b|concerns? (?:about|regarding|over|with) (?:his|her|their)\b|(?:struggl(?:ed|es|ing)|difficult(?:y|ies)) (?:at times |initially |early on |somewhat )?(?:with|in|keeping up|adjusting)\b|(?:had|has|have|having) (?:some |a few |occasional |minor |real )?(?:trouble|difficulty|difficulties|problems|issues)\b|weak(?:ness|nesses|er|est)? (?:in|of|area|point|spot)\b|not (?:his|her|their) (?:strong|strongest) (?:suit|point|area)|(?:below|under) (?:average|expectations|par)\b|unprofessional\b|(?:a |some |several |occasional )?lapses? in\b|(?:was|were|is|came) (?:often |frequently |sometimes |occasionally )?(?:late|tardy|absent|unprepared|disorgani[sz]ed|distracted)\b`,
  reject: (ctx) => aboutPatient(ctx) || strongSentence(ctx),
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
