import { after, schedulingSentence, specificAsk } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Any opportunities", "any help you can offer": an ask the reader has to turn into a plan for you. */
export const rule: SpanRuleDef = {
  id: 'outreach-vague-ask',
  category: 'outreach',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'span',
  pattern: String.raw`(?:any|some) (?:kind of |sort of |type of |possible )?(?:opportunit(?:y|ies)|openings?|positions?|vacanc(?:y|ies)|help|guidance|assistance|advice|support|chance|way|role|work|placement|exposure|experience)\b|anything (?:available|you (?:can|could|may|might) offer)\b|(?:looking|searching|hoping) for (?:an? )?(?:opportunit(?:y|ies)|position|openings?|placement|exposure|clinical experience|experience)\b|(?:if|whether) (?:there (?:is|are|might be|may be)|you (?:have|know of)) (?:any|an?) (?:opportunit\w*|openings?|positions?|vacanc\w*|way|possibilit\w*)\b|(?:grateful|thankful|happy|glad) for any(?:thing)?\b|in any (?:way|capacity)\b|let me know if (?:you can help|there is anything|you have anything)\b|(?:help|assist|guide) me (?:in|with) (?:any|my) (?:way|career|journey|future|path)\b`,
  reject: (ctx) =>
    specificAsk(ctx) ||
    schedulingSentence(ctx) ||
    // "any advice about which clinic would suit me": one clear question.
    /^\s*(?:you (?:might|may|could) have )?(?:about|on) (?:which|whether|how|what)\b/.test(after(ctx, 40)),
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
