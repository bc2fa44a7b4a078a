import { aboutPatient, after, backedInSentence, before, sentence, strongParagraph } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

const PERFORMANCE =
  /\b(?:outstanding|exceptional|superb|excellent|best|top|strongest|brilliant|remarkable|judg(?:e)?ment|reasoning|diagnos\w*|managed|led|taught|presented|caught|independently)\b/;

/** "Pleasant", "polite", "gets along with everyone": personality in place of performance. */
export const rule: SpanRuleDef = {
  id: 'vague-pleasant',
  category: 'vague-praise',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'vaguePleasantRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    PERFORMANCE.test(sentence(ctx)) ||
    backedInSentence(ctx) ||
    strongParagraph(ctx) ||
    /^\s*(?:of|regards|reminders?|notes?|follow-?ups?|emails?|messages?|nudges?|check-?ins?)\b/.test(after(ctx, 12)) ||
    // "my sincere belief", "your kind offer": the writer's or the reader's, not the applicant's manners.
    /\b(?:my|our|your)\s+(?:(?:very|most|deep|deepest|warm|warmest) )?$/.test(before(ctx, 20)) ||
    /\b(?:to be|this|what|that|which)\s*$/.test(before(ctx, 12)) ||
    // "Her criticisms were honest and appropriate": what she wrote or said, not her manners.
    /\b(?:criticisms?|critiques?|feedback|comments|assessments?|answers|evaluations?|reviews?|remarks)\s+(?:were|was|are|is)\s+(?:\w+ )?$/.test(
      before(ctx, 40),
    ) ||
    // "answered questions in a clear, friendly manner": how a thing she did was done, not manners offered as praise.
    /^[\w ,-]{0,30}\b(?:manner|way|tone|fashion)\b/.test(after(ctx, 40)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'She is a very pleasant and polite young doctor.',
    'He gets along well with everyone on the team.',
    'She was a pleasure to work with.',
    'He is humble, honest and respectful.',
  ],
  pass: [
    'The patient is a pleasant 64-year-old man with heart failure.',
    'She was a pleasure to work with and the best presenter on the team.',
    'To be honest, I cannot remember a stronger intern.',
  ],
};
