import { aboutPatient, after, before, matched, patientClauseNext, patientsFamily } from '@/lib/core/phrasing/context';
import type { MatchContext, RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

// "As the mother of a toddler, she…": the applicant introduced by her own family, whatever the relative's age.
function applicantIntroduced(ctx: MatchContext): boolean {
  return /\bas (?:a |the )?$/.test(before(ctx, 12)) && /^[^.;]{0,40},\s*(?:she|he|they)\b/.test(after(ctx, 60));
}

/** Marriage, children, looks, religion, age: remarks with no bearing on residency that readers find unprofessional. */
export const rule: SpanRuleDef = {
  id: 'personal-life',
  category: 'personal',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'personalLifeRule',
  reject: (ctx) =>
    aboutPatient(ctx, 30) ||
    patientClauseNext(ctx) ||
    /^[^.;]{0,60}\b(?:(?:was|is) (?:his|her|their|our|a) patient|with (?:new|acute|chronic|severe|known|worsening|newly)\b|with (?:[\w-]+ ){0,2}(?:\w+(?:itis|osis|emia|oma|pathy)|disease|cancer|failure|infection|syndrome|fracture)\b)/.test(
      after(ctx, 80),
    ) ||
    /^\s*(?:patients?|case|history|presentation)\b/.test(after(ctx, 20)) ||
    // "a young woman's anorexia", "the young woman's blood pressure": whose illness or vitals, so a patient.
    (/(?:woman|man|lady|gentleman|girl|boy)$/.test(matched(ctx)) && /^['’]s\b/.test(after(ctx, 4))) ||
    patientsFamily(ctx) ||
    // "the young mother of a septic toddler": a patient's relative, not the applicant's life.
    (!applicantIntroduced(ctx) &&
      /(?:of|to) (?:a|an|the|our|his|her|their) (?:[\w-]+ )?(?:patient|toddler|child|infant|baby|newborn|neonate|boy|girl|teen\w*)\b/.test(
        matched(ctx) + after(ctx, 40),
      )) ||
    (/(?:woman|man|lady|gentleman|girl|boy)$/.test(matched(ctx)) &&
      /^\s*(?:\w+ )?(?:with|who (?:presented|came|was admitted|had)|came to us|presented|was admitted|(?:he|she|they|we) (?:admitted|saw|treated|examined|managed|diagnosed|evaluated|cared for))\b/.test(
        after(ctx, 30),
      )),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'She is married with two young children.',
    'He is a devout and honest young man.',
    'She is an attractive and well-dressed young lady.',
    'Despite her family obligations, she finished her rotation.',
  ],
  pass: [
    "She counseled the patient's husband about hospice with great care.",
    'He managed a pregnant patient with severe preeclampsia overnight.',
    'Her presentation of the case was the clearest on the team.',
  ],
};
