import {
  aboutPatient,
  aboutWriter,
  after,
  before,
  clinicalAfter,
  grewSkills,
  patientNext,
  strongSentence,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Framing the applicant by what they are still fixing. */
export const rule: SpanRuleDef = {
  id: 'letter-improvement',
  category: 'improvement',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'improvement',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    clinicalAfter(ctx) ||
    patientNext(ctx) ||
    strongSentence(ctx) ||
    aboutWriter(ctx) ||
    grewSkills(ctx) ||
    // "allowed him to continue to develop leadership qualities": growth through an activity.
    /\b(?:allowed|enabled|helped|let) (?:him|her|them) (?:to )?\s*$/.test(before(ctx, 25)) ||
    // "committed to life-long learning and continued development": a habit praised, not a gap admitted.
    /\b(?:committed|dedicated|devoted) to\b[^.;]{0,40}$/.test(before(ctx, 60)) ||
    // "working on his third first-author manuscript": a project, not a weakness.
    /^[^.;]{0,40}\b(?:manuscripts?|papers?|(?<!self-)stud(?:y|ies)|projects?|grants?|thesis|book|chapters?|reviews?|trials?|analys[ie]s|databases?|abstracts?|curriculum)\b/.test(
      after(ctx, 60),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['She is currently working on being more concise in her notes.'],
  pass: ['The patient should become ambulatory within a week.'],
};
