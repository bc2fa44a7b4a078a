import { aboutPatient, after, backedInSentence, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Quiet", "shy", "can be hesitant": temperament remarks that read as not ready to lead a team. */
export const rule: SpanRuleDef = {
  id: 'hedge-reserved',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  pattern: String.raw`(?:(?:a bit|a little|slightly|rather|quite|somewhat|very|too|overly|fairly|naturally) )?(?:quiet|shy|reserved|timid|introverted|soft[- ]spoken|passive|hesitant|unassertive|reticent|nervous|anxious|insecure|indecisive|unsure of (?:himself|herself|themselves))\b|(?:can|could|may|might|tends? to|tended to) (?:be |seem |appear )?(?:(?:a bit|a little|slightly|rather|quite|somewhat|overly) )?(?:slow|quiet|shy|reserved|hesitant|passive|timid|nervous|anxious|indecisive|disorgani[sz]ed|defensive|rigid|stubborn|forgetful|late|rush|miss|forget|overlook|struggle|hold back|withdraw)\b|on the quiet side|(?:hold|holds|held) (?:himself|herself|themselves) back|(?:did|does) not speak up|(?:rarely|seldom) (?:spoke|speaks|spoke up|speaks up|volunteered|asked)\b`,
  reject: (ctx) =>
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    backedInSentence(ctx) ||
    /^\s*for\b/.test(after(ctx, 8)) ||
    /^\s*(?:room|time|corner|place|hours|night|period|environment)\b/.test(after(ctx, 20)) ||
    // "anxious families", "a shy toddler": other people.
    /^\s*(?:families|family|patients?|parents?|mothers?|fathers?|relatives|children|child|kids|toddlers?|infants?|teens?|adolescents?)\b/.test(
      after(ctx, 20),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'She is a quiet student who rarely spoke up on rounds.',
    'He can be hesitant when making decisions.',
    'She tended to hold back during group discussions.',
    'He was somewhat reserved with the team.',
  ],
  pass: [
    'The patient was anxious about the biopsy result.',
    'She found a quiet room to deliver the news to the family.',
  ],
};
