import {
  aboutPatient,
  after,
  backedInSentence,
  before,
  evidenced,
  strongElsewhere,
  strongParagraph,
  thingSubject,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

const ABILITY =
  /\b(?:brilliant|exceptional|outstanding|superb|excellent|remarkable|superior|extraordinary|insight\w*|judg(?:e)?ment|reasoning|clinical skills?|knowledge|top \d|best|strongest|finest|talented|gifted|skilled|sharp|astute|independent(?:ly)?|led|leader|mastery|analytic\w*|diagnos\w*|differential|manag(?:ed|es|ing) (?:complex|critically)|taught|caught)\b/;

/** "Hardworking", "diligent", "punctual" with nothing about ability: effort is expected, skill is what programs rank. */
export const rule: SpanRuleDef = {
  id: 'effort-only',
  category: 'effort-only',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'effortOnlyRule',
  reject: (ctx) =>
    ABILITY.test(`${before(ctx, 300)} ${after(ctx, 300)}`) ||
    evidenced(ctx) ||
    backedInSentence(ctx) ||
    // "reliable venous access": a thing that can be relied on.
    /^\s*(?:[\w-]+ )?(?:access|data|results?|methods?|sources?|tests?|measurements?|supply|estimates?|markers?|transport|internet|equipment)\b/.test(
      after(ctx, 30),
    ) ||
    // "a year dedicated to research": time set aside, not a person's effort.
    /\b(?:years?|time|months?|weeks?|days?|hours?|period|sessions?|block|afternoons?)\s*$/.test(before(ctx, 12)) ||
    // "a dedicated diabetes education program": a thing set aside, not a person's effort.
    /^\s*(?:[\w-]+ ){0,3}(?:program(?:me)?s?|units?|clinics?|services?|lines?|space|time|teams?|wards?|rooms?|beds?|centers?|centres?|sessions?|funds?|budgets?|websites?|email|phone|staff|nurses?)\b/.test(
      after(ctx, 40),
    ) ||
    strongParagraph(ctx) ||
    strongElsewhere(ctx) ||
    /^\s*in (?:the|a) (?:way|sense) that (?:matters|counts)/.test(after(ctx, 40)) ||
    /^\s*to (?:have|build|achieve|earn) an? (?:very )?(?:successful|distinguished)\b/.test(after(ctx, 40)) ||
    /^\s*(?:support|recommendation|endorsement)\b/.test(after(ctx, 20)) ||
    aboutPatient(ctx) ||
    thingSubject(ctx) ||
    /^\s*(?:history|historian|source|informant|test|assay|method|marker|results?|data)\b/.test(after(ctx, 20)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'He is a hardworking and punctual young doctor.',
    'She was diligent in her duties on the floor.',
    'He always tries his best and is eager to learn.',
    'She showed great effort throughout the month.',
  ],
  pass: [
    'She is hardworking and has the best clinical judgment of any student I have taught.',
    'His diagnostic reasoning was sharp and independent.',
    'A negative D-dimer is reliable only when the pretest probability is low.',
  ],
};
