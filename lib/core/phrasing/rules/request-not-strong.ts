import { after, before, matched, sentence, thanksOrOffer } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

// Asked once for a strong letter anywhere in the text (or paragraph being checked): the later mentions need not repeat it.
const STRONG_ASKED = /\bstrong(?:ly)? (?:\w+ )?(?:letters?|lors?|recommendations?|references?|support)\b/i;

/** An ask for "a letter" rather than a strong one: it gives a lukewarm writer no graceful way to decline. */
export const rule: SpanRuleDef = {
  id: 'request-not-strong',
  category: 'generic-ask',
  kinds: ['request'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'requestNotStrongRule',
  // "write me a letter of recommendation" -> "write me a strong letter of recommendation".
  replace: (matched) =>
    matched.replace(
      /\b(?:(an?) )?((?:letters?|lors?|recommendations?|references?)\b)/i,
      (_m, article: string | undefined, noun: string) => `${article ? 'a ' : ''}strong ${noun}`,
    ),
  reject: (ctx) =>
    thanksOrOffer(ctx) ||
    // "anything you need to write the letter", "as you prepare the letter": the letter already agreed.
    (/\bthe (?:letter|recommendation|reference)\b/.test(matched(ctx)) &&
      /\b(?:let me know|if you need|as you|while you|when you)\b/.test(sentence(ctx))) ||
    // "I asked Dr. X to write me a letter but he refused": an earlier ask told, not this one.
    /\basked (?:dr\.? |professor |prof\.? )?[a-z]+ to\s*$/.test(before(ctx, 40)) ||
    /\b(?:sent you a request|my (?:earlier |previous |last |first )?request(?: for you)?|asked you)\s+to\s*$/.test(
      before(ctx, 50),
    ) ||
    STRONG_ASKED.test(ctx.text) ||
    // "writing a letter of recommendation is not fun": letter writing as a topic, not the ask.
    /^\s*(?:is|are|was|can be|takes|must be|has been)\b/.test(after(ctx, 15)) ||
    /\b(?:for|in|with|about|on|of)\s*$/.test(before(ctx, 6)) ||
    /\b(?:strong(?:ly|est)?|supportive|detailed|enthusiastic|positive|specific|meaningful|glowing|compelling|personal(?:ized)?)\b/.test(
      sentence(ctx),
    ) ||
    /\b(?:request form|letter id|portal|invitation|cover letter|letter of intent|waiver)\b/.test(sentence(ctx)) ||
    // A formal ask that names the rotation and its months gives the writer the context for a strong letter.
    /\b(?:based on|during|from) (?:my|our) [^.]{0,40}\b(?:rotation|elective|clerkship|externship|rotation)\b[^.]*\b(?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)\b/.test(
      sentence(ctx),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Would you please write me a letter of recommendation?',
    'I am writing to request a recommendation letter for my residency application.',
    'Could you provide a reference for me?',
    'I need a letter from you for ERAS.',
  ],
  pass: [
    'Do you feel you know my work well enough to write me a strong letter of recommendation?',
    'I will send the ERAS Letter Request Form with my letter ID.',
  ],
};
