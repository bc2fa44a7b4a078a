import {
  aboutPatient,
  after,
  backedInSentence,
  before,
  evidenced,
  otherPersonWho,
  performsInSentence,
  strongSentence,
  writerSubject,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Attended rounds", "was present", "always on time": proof of presence, not of ability. */
export const rule: SpanRuleDef = {
  id: 'presence-attended',
  category: 'presence-only',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'presenceAttendedRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    otherPersonWho(ctx) ||
    strongSentence(ctx) ||
    writerSubject(ctx) ||
    evidenced(ctx) ||
    backedInSentence(ctx) ||
    // "attended our M&M conference as the presenter": a role, not a seat.
    /^[^.;]{0,60}\bas (?:the|a|an|our) (?:presenter|speaker|lead|chair|organi[sz]er|moderator|instructor|teacher)\b/.test(
      after(ctx, 80),
    ) ||
    performsInSentence(ctx) ||
    /^\s*(?:to|upon|by)\b/.test(after(ctx, 12)) ||
    // "whatever college he attends next year": a school chosen, not attendance.
    /\b(?:college|school|university|program(?:me)?|institution|course)s? (?:that |which )?(?:he|she|they) (?:will )?$/.test(
      before(ctx, 40),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'He attended rounds regularly.',
    'She attended my service for four weeks.',
    'His attendance was excellent.',
    'She was always on time and never missed a day.',
  ],
  pass: [
    'She attended to the patient calmly during the code.',
    'He attended morning report and presented two cases with sharp differentials.',
    'The patient attended physical therapy twice a week.',
  ],
};
