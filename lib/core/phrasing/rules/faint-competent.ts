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
  pattern: String.raw`competen(?:t|tly|ce)\b|(?:an? )?(?:average|fair|decent|okay|ok|reasonable|mediocre|ordinary|typical|unremarkable) (?:student|resident|intern|clinician|physician|doctor|candidate|job|performance|work|knowledge|fund|understanding|grasp|skills?|effort|presenter|presentations?|notes?|trainee|applicant|level)\b|(?:performed|did|worked|functioned|progressed|fared) (?:fairly |reasonably |quite |pretty |generally )?(?:ok(?:ay)?|fine|alright|averagely|decently|reasonably(?: well)?|fairly well|as well as most|like (?:most|any|other|the other))\b|average (?:for|among|compared)|(?:middle|midst) of (?:the|his|her|their) (?:class|group|cohort|pack|peers)|middle of the pack|not bad\b|(?:was|were|is|are|has been) (?:about |just |roughly |fairly |largely )?average\b|(?:was|were|is|are|has been|have been) (?:just |quite |generally |perfectly )?(?:fine|ok(?:ay)?|alright|all right)(?! (?:with|to|for|by|when|if))\b`,
  reject: (ctx) =>
    thingSubject(ctx) ||
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    // "highly competent, and our surgeons relied on her": intensified and backed.
    (/\b(?:highly|exceptionally|extremely|supremely|thoroughly|remarkably)\s*$/.test(before(ctx, 20)) &&
      backedInSentence(ctx)) ||
    /\b(?:exceed|surpass|outperform|better than|ahead of)/.test(sentence(ctx)) ||
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
