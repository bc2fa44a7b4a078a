import {
  aboutPatient,
  before,
  closeContact,
  paragraph,
  rarityAside,
  sentence,
  strongSentence,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Remote, brief or second-hand contact: the letter cannot speak to clinical work. */
export const rule: SpanRuleDef = {
  id: 'letter-thin-remote',
  category: 'thin-contact',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'thinContact',
  reject: (ctx) =>
    aboutPatient(ctx, 30) ||
    rarityAside(ctx) ||
    // "known Dr. Chandani for the past 30 months … worked very closely with him": long and close.
    /\b(?:[2-9]\d|1[2-9]) months\b|\bworked (?:very |most )?closely\b/.test(paragraph(ctx)) ||
    // "I can be reached by email at any time": the writer's contact details, not how they know the applicant.
    /\b(?:reached|reach me|contact me|call me|(?:happy|glad|pleased|free|available|welcome) to discuss|discuss (?:this|it|him|her|them|[a-z]+['’]s (?:application|candidacy))|discuss further|questions|further information)\b/.test(
      sentence(ctx),
    ) ||
    closeContact(ctx) ||
    // "Although we first met over Zoom, I have since worked beside her": the contact grew.
    /\b(?:since|later|subsequently|now) (?:\w+ )?(?:worked|supervised|trained|precepted|taught|mentored)\b/.test(
      sentence(ctx),
    ) ||
    // "Within a handful of sessions he was acquiring views": how fast he learned, not how little the writer saw.
    /\b(?:within|after(?: only| just)?|in (?:only|just))\s*$/.test(before(ctx, 20)) ||
    strongSentence(ctx) ||
    /\b(?:chaired|led|ran|presented|built|organi[sz]ed|coordinated|invited|published|taught)\b/.test(sentence(ctx)) ||
    // Years of contact count, unless the contact itself was second-hand ("acquainted for years through mutual colleagues").
    (/\b(?:\d+|two|three|four|five|several) years\b/.test(sentence(ctx)) &&
      !/\b(?:acquainted|mutual|common)\b/.test(ctx.text.slice(ctx.start, ctx.end))) ||
    // "She took my course … I have known her for two years and advise her thesis": the contact grew.
    /\b(?:known (?:him|her|them|[a-z]+) (?:for|since) (?:(?:over|more than|nearly|almost|about) )?(?:\d+|two|three|four|five|six|several|many) years|(?:advis|supervis|mentor)(?:ed|ing|e) (?:him|her|them|[a-z]+ )?(?:on )?(?:his|her|their) (?:thesis|dissertation|research|project))\b/.test(
      paragraph(ctx),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Our interactions took place mostly over Zoom during the pandemic.'],
  pass: ['She called the family after every admission to explain the plan.'],
};
