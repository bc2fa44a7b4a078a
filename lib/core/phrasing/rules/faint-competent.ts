import {
  aboutPatient,
  after,
  backedInSentence,
  before,
  matched,
  sentence,
  strongSentence,
  thingSubject,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Competent", "average", "did fine": middle-of-the-pack words that rank the applicant low. */
export const rule: SpanRuleDef = {
  id: 'faint-competent',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'faintCompetentRule',
  reject: (ctx) =>
    thingSubject(ctx) ||
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    // "highly competent, and our surgeons relied on her": intensified and backed.
    (/\b(?:highly|exceptionally|extremely|supremely|thoroughly|remarkably|fully)\s*$/.test(before(ctx, 20)) &&
      backedInSentence(ctx)) ||
    /\b(?:exceed|surpass|outperform|better than|ahead of)/.test(sentence(ctx)) ||
    // "with great competence and compassion": an intensified noun.
    /\b(?:great|remarkable|exceptional|impressive|considerable|complete|real|quiet|(?:authority|skill|confidence|poise|grace|speed) and) $/.test(
      before(ctx, 20),
    ) ||
    // "The average student carries four patients": a baseline for a comparison, not a verdict.
    /\bthe\s*$/.test(before(ctx, 6)) ||
    // "performed fine needle aspiration": "fine" before a noun names a thing.
    (/\b(?:fine|ok(?:ay)?)$/.test(matched(ctx)) &&
      /^[\s-]+(?!(?:and|but|or|for|in|at|on|with|overall|as|though|although|during|throughout|given|when|by|under|without|after|before|until|to|if|so|too|because|while|once)\b)[a-z]/.test(
        after(ctx, 20),
      )) ||
    /\b(?:exceptionally|extraordinarily|remarkably|cultural(?:ly)?|linguistic)\s*$/.test(before(ctx, 30)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'She is a competent clinician.',
    'His fund of knowledge was average for his level.',
    'He did fine on the wards.',
    'She was a reasonable student who performed like most of her peers.',
  ],
  pass: [
    'She is not merely competent; she is the best student I have supervised in five years.',
    'He performed far above the level of his peers.',
    'The patient had average daily urine output.',
  ],
};
