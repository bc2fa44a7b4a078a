import { sentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Following up too often: one polite follow-up after a week or so is enough. */
export const rule: SpanRuleDef = {
  id: 'outreach-follow-up-pressure',
  category: 'too-many-follow-ups',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'tooManyFollowUps',
  reject: (ctx) => /\b(?:your reply|you replied|you described|you mentioned|thank you for)\b/.test(sentence(ctx)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['This is my fourth email this week regarding an observership.'],
  pass: ['I am following up on my email of March 3 about a June observership.'],
};
