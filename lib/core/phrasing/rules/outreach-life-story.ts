import { aboutPatient, sentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** A life story in a cold email: the reader wants a short paragraph on fit. */
export const rule: SpanRuleDef = {
  id: 'outreach-life-story',
  category: 'life-story',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'span',
  keepNegated: true,
  lexicon: 'lifeStory',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    // "My wife and I are moving to Tampa next year": one line on why this city, not a life story.
    /\b(?:moving|moved|move|relocat\w*|will be (?:in|living)|living in|live in)\b/.test(sentence(ctx)) ||
    // "I was born and raised in Ohio and want to train in the region": a tie to the place, one sentence long.
    (/\b(?:region|area|state|city|close to (?:my )?family|ties|roots|return|come back|stay in|settle)\b/.test(
      sentence(ctx),
    ) &&
      /^(?:i was )?(?:born|raised|grew up)/.test(ctx.text.slice(ctx.start, ctx.end).toLowerCase())) ||
    // The story explains why the recipient's work matters to the applicant ("that is why your study caught my eye").
    (/\byour (?:[\w-]+ ){0,3}(?:team|field|paper|study|work|lab|project|research|clinic|program|trial|community)\b/.test(
      sentence(ctx),
    ) &&
      /\b(?:why|because|led me|drew me|brought me|inspired|caught my|sparked|useful|relevant|helpful|help with)\b/.test(
        sentence(ctx),
      )),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Let me tell you a little about my journey, which began in 2009 when I first entered pre-medical college.'],
  pass: ['I am an internal medicine graduate with two years of research in heart failure.'],
};
