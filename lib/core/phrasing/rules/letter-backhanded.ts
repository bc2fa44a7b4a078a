import { aboutPatient, before, caredForBefore, matched, patientClauseNext } from '@/lib/core/phrasing/context';
import type { MatchContext, RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

// "X is not the most common cause" is about a disease: a verb-first match needs the applicant as its subject.
function aboutThePerson(ctx: MatchContext): boolean {
  if (!/^(?:is|was|were|are|may|might|will|would)\b/.test(matched(ctx))) return true;
  return /\b(?:he|she|they|dr\.? ?\w+|mr\.? ?\w+|ms\.? ?\w+|mrs\.? ?\w+|applicant|student|candidate|resident|intern|trainee)\s*$/.test(
    before(ctx, 30),
  );
}

/** Praise through a concession: the reader keeps the concession. */
export const rule: SpanRuleDef = {
  id: 'letter-backhanded',
  category: 'backhanded',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'backhanded',
  reject: (ctx) => aboutPatient(ctx) || patientClauseNext(ctx) || !aboutThePerson(ctx) || caredForBefore(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['While not the strongest student in the group, she made up for it with persistence.'],
  pass: ['She led the team through the night with calm authority.'],
};
