import { aboutPatient, after, before, grewSkills } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Needs improvement", "showed improvement", "lacks confidence": the letter names a deficit. */
export const rule: SpanRuleDef = {
  id: 'hedge-improvement',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'hedgeImprovementRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    /\bquality\s*$/.test(before(ctx, 12)) ||
    // "what he is learning", "how much she was learning": what was learnt, not a deficit admitted.
    /\b(?:what|how much|everything|all that)(?: (?:he|she|they|\S+))?\s*$/.test(before(ctx, 25)) ||
    grewSkills(ctx) ||
    /^\s*(?:in|of) (?:the |his |her |their )?(?:patients?|symptoms?|renal|cardiac|pain|oxygen|labs?|function|condition|status|vitals?|ef|outcomes?|care delivery|workflow|the unit|the service|our)\b/.test(
      after(ctx, 40),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'His presentation skills need improvement.',
    'She showed steady improvement over the rotation.',
    'He lacks confidence with procedures.',
    'She is still learning to prioritize tasks.',
  ],
  pass: [
    'She led a quality improvement project that cut discharge delays by a third.',
    'The patient showed marked improvement in renal function.',
    'He never lacked initiative.',
  ],
};
