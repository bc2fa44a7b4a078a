import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Somewhat", "fairly good", "generally reliable", "for the most part": praise turned down by a qualifier. */
export const rule: SpanRuleDef = {
  id: 'hedge-qualifiers',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  pattern: String.raw`somewhat\b|(?:fairly|relatively|reasonably|moderately|pretty|quite) (?:good|well|competent|knowledgeable|strong|reliable|solid|capable|confident|independent|quick|prepared|organi[sz]ed|thorough|accurate|efficient|effective|skilled|comfortable|able|consistent|punctual|mature|bright|adequate|sound)\b|(?:generally|usually|mostly|largely|typically|normally) (?:reliable|prepared|on time|punctual|good|well|competent|appropriate|accurate|able|capable|organi[sz]ed|careful|thorough|correct|complete|adequate|acceptable|satisf\w+|did|performed|was|were|completed|followed|knew|understood|managed|presented|made)\b|for the most part|more or less|to (?:some|a certain|a limited) (?:extent|degree)|(?:a|the) bit (?:of a )?(?:struggle|challenge)|in most (?:cases|instances|situations|respects)|(?:not|n['’]t) (?:always|consistently|uniformly)`,
  keepNegated: true,
  reject: (ctx) => aboutPatient(ctx) || strongSentence(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'His notes were somewhat disorganized.',
    'She has a fairly good fund of knowledge.',
    'He was generally reliable and usually prepared.',
    'For the most part, her presentations were accurate.',
  ],
  pass: [
    'The pain was somewhat relieved after the patient received morphine.',
    'Her presentations were the most thorough on the team.',
    'He was reliable on every shift and caught a missed potassium trend.',
  ],
};
