import { after, sentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Declining to waive the right to see the letter, or asking to read it: writers and programs distrust such letters. */
export const rule: SpanRuleDef = {
  id: 'request-not-waive',
  category: 'crossing-a-line',
  kinds: ['request'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'requestNotWaiveRule',
  reject: (ctx) => {
    const m = ctx.text.slice(ctx.start, ctx.end).toLowerCase();
    if (/waiv|cc|copy|bcc|right/.test(m)) return false;
    // "See the letter" after a clear waiver, or about the request form, is fine.
    const s = sentence(ctx);
    const waives = /\bwaiv/.test(s) && !/\b(?:not|n['’]t|never|rather not)\b[^.]{0,25}\bwaiv/.test(s);
    const wontSee = /\bi (?:will|would|shall) (?:not|never) (?:see|read)\b|\bi won['’]t (?:see|read)\b/.test(s);
    return waives || wontSee || /^\s*(?:request|id|form|portal|invitation|of intent)\b/.test(after(ctx, 20));
  },
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'I would prefer not to waive my right to see the letter.',
    'Could I read the letter before you upload it?',
    'Please cc me on the letter when you send it.',
    'I do not plan to waive my FERPA rights.',
  ],
  pass: [
    'I will waive my right to see the letter in ERAS.',
    'I will forward the ERAS letter request form with my letter ID.',
  ],
};
