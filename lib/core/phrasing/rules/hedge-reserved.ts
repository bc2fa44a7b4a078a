import { aboutPatient, after, backedInSentence, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Quiet", "shy", "can be hesitant": temperament remarks that read as not ready to lead a team. */
export const rule: SpanRuleDef = {
  id: 'hedge-reserved',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'hedgeReservedRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    backedInSentence(ctx) ||
    /^\s*for\b/.test(after(ctx, 8)) ||
    /^\s*(?:room|time|corner|place|hours|night|period|environment|system|systems|tissue)\b/.test(after(ctx, 20)) ||
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
