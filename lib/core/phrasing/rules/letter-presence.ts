import {
  aboutPatientNotPlace,
  after,
  backedInSentence,
  before,
  matched,
  otherPersonWho,
  performsInSentence,
  strongSentence,
  writerSubject,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Watching, following, sitting in: presence, where programs look for performance. */
export const rule: SpanRuleDef = {
  id: 'letter-presence',
  category: 'presence-only',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'presence',
  reject: (ctx) =>
    aboutPatientNotPlace(ctx, 25) ||
    otherPersonWho(ctx) ||
    strongSentence(ctx) ||
    backedInSentence(ctx) ||
    writerSubject(ctx) ||
    // "I have had the opportunity to observe her": the writer watching.
    /\b(?:i|we)(?: \w+)? (?:had|have|got) the\s*$/.test(before(ctx, 30)) ||
    performsInSentence(ctx) ||
    /^\s*(?:him|her|them)\b/.test(after(ctx, 10)) ||
    // "followed the team's plan": went along with a decision, not tagged along.
    /^['’]s (?:plan|advice|lead|protocol|decision|recommendation|guidance)/.test(after(ctx, 20)) ||
    // "invited to join a review article": an invitation earned by the work.
    (/^invited/.test(matched(ctx)) &&
      /^\s*(?:an? |the )?(?:[\w-]+ )?(?:review|article|paper|panel|committee|project|study|editorial|board|consortium|working group|task force)\b/.test(
        after(ctx, 40),
      )) ||
    // "I witnessed his growth": the writer watching the applicant change over years, not the applicant watching.
    /^\s*(?:(?:his|her|their) )?(?:[\w-]+ )?(?:growth|development|progress|transformation|maturation|evolution)\b/.test(
      after(ctx, 40),
    ) ||
    // "exposure to the practical side, through her work at…": experience gained by doing.
    /\bthrough (?:his|her|their) (?:own )?(?:work|research|job|role|position)\b/.test(after(ctx, 120)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'During his observership he sat in on my outpatient endocrinology clinic twice a week.',
    'She followed our inpatient team for four weeks.',
  ],
  pass: ['I observed her run a code with calm authority.', 'The patient was observed overnight and discharged.'],
};
