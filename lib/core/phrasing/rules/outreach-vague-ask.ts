import { after, schedulingSentence, specificAsk } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Any opportunities", "any help you can offer": an ask the reader has to turn into a plan for you. */
export const rule: SpanRuleDef = {
  id: 'outreach-vague-ask',
  category: 'outreach',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'outreachVagueAskRule',
  reject: (ctx) =>
    specificAsk(ctx) ||
    schedulingSentence(ctx) ||
    // "any advice about which clinic would suit me": one clear question.
    // "any suggestion of colleagues who take observers": asking to be pointed elsewhere is one clear question too.
    /^\s*(?:[\w-]+ )?(?:you (?:might|may|could) have )?(?:(?:about|on) (?:which|whether|how|what|whom|who)|of (?:colleagues|someone|people|others|another|other)|(?:on|about) (?:whom|who) else)\b/.test(
      after(ctx, 50),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'I am looking for any opportunities in your department.',
    'I would be grateful for any help you can offer.',
    'Please let me know if there are any openings.',
    'I am willing to contribute in any capacity.',
  ],
  pass: [
    'Could I observe in your heart failure clinic for four weeks starting March 3?',
    'Would you have 15 minutes for a call next week?',
  ],
};
