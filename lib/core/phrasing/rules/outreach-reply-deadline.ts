import { before, sentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** A reply deadline for a stranger who owes you nothing. */
export const rule: SpanRuleDef = {
  id: 'outreach-reply-deadline',
  category: 'reply-deadline',
  kinds: ['outreach'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'replyDeadline',
  reject: (ctx) =>
    /\b(?:do not|don['’]t|no) need\b|\bwhenever (?:is )?convenient\b/.test(sentence(ctx)) ||
    /\bi (?:can|could|will|would|am able to) (?!appreciate|be grateful|be thankful|like|love)\w+[^,;]*$/.test(
      before(ctx, 40),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Please respond within 48 hours so I can finalize my visa application.'],
  pass: ['I can start any Monday in June and can send my vaccination records by then.'],
};
