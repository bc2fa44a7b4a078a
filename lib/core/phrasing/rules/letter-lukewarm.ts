import {
  aboutPatient,
  after,
  backedInSentence,
  clinicalAfter,
  matched,
  saidOfApplicant,
  strongSentence,
  thingSubject,
} from '@/lib/core/phrasing/context';
import type { MatchContext, RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

// Used before a noun, the word counts only for a person or their work ("a solid student", "decent notes");
// "fine-needle aspiration", "solid organ" and "appropriate antibiotics" are about things.
const PERSON_OR_WORK =
  /^[\s-]*(?:(?:and|but|,|\.|;|:|for|in|at|to|with|if|overall|as|enough|on|so|though|although|given|during|throughout|when|while|under|by|from|across|over)\b|[,.;:]|$|(?:student|resident|clinician|physician|doctor|job|work|performance|knowledge|skills?|notes|presentations?|grasp|understanding|effort|fund|candidate|intern|trainee|team member|member|writer|presenter|communicator|doctor|prepared|trained|skilled|equipped|versed|knowledgeable|capable|able|organi[sz]ed|thorough|standard|level|quality|decisions?|choices|judge?ments?|plans?|work)\b)/;

function describesAThing(ctx: MatchContext): boolean {
  return !PERSON_OR_WORK.test(after(ctx, 30));
}

/** Lukewarm words ("appropriate", "sufficient", "reasonable", "fine") about the applicant's skills or work. */
export const rule: SpanRuleDef = {
  id: 'letter-lukewarm',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'faintPraise',
  reject: (ctx) =>
    !saidOfApplicant(ctx) ||
    aboutPatient(ctx) ||
    thingSubject(ctx) ||
    clinicalAfter(ctx) ||
    strongSentence(ctx) ||
    // "solid, and she answered every question on the anatomy with complete accuracy": a mild word backed by what she did.
    (/^(?:solid|sound|reasonable|sensible)/.test(matched(ctx)) && backedInSentence(ctx)) ||
    describesAThing(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'His case write-ups were sufficient for our purposes.',
    'Her fund of knowledge was appropriate for a student at her level of training.',
  ],
  pass: [
    'The dose was appropriate for her renal function.',
    'She chose a reasonable plan and defended it with data from three trials.',
  ],
};
