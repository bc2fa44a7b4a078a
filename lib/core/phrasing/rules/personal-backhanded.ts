import { aboutPatient, caredForBefore, evidenced, patientClauseNext } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Good for a foreign graduate", "surprisingly capable", "her English is adequate": praise with a put-down inside. */
export const rule: SpanRuleDef = {
  id: 'personal-backhanded',
  category: 'personal',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  pattern: String.raw`for (?:a|an) (?:woman|female|girl|lady|foreign(?:er)?(?: medical)?(?: graduate| doctor| student| physician)?|img|fmg|international (?:medical )?graduate|non-native(?: english)?(?: speaker)?|non-us|someone (?:from|with|of|who (?:trained|studied|grew up))|person (?:from|of|with)|(?:young|older|mature) (?:student|applicant|woman|man|candidate|physician|doctor)|(?:doctor|physician|graduate|student) (?:from|trained in))\b|surprisingly\b|(?:better|more capable|stronger) than (?:i |we )?(?:had )?(?:expected|anticipated|thought)\b|considering (?:his|her|their|that (?:he|she|they)|where)\b|despite (?:his|her|their|being) (?:background|accent|age|origins?|gender|nationality|foreign|culture|a woman|an img|female|from|religion)\b|(?:his|her|their) (?:english|accent|language skills|spoken english|command of english|communication in english) (?:is|was|are|were|has been|remains) (?:\w+ )?(?:good|fine|adequate|acceptable|understandable|ok(?:ay)?|decent|reasonable|passable|improving|not|sufficient|functional|serviceable)\b|(?:heavy|strong|thick|noticeable|slight|foreign) accent\b|language barrier|english (?:is|was) (?:not )?(?:his|her|their) (?:first|second|native|mother)`,
  keepNegated: true,
  reject: (ctx) => evidenced(ctx) || aboutPatient(ctx, 30) || patientClauseNext(ctx) || caredForBefore(ctx),
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
