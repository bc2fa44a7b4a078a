import { aboutPatient, after } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Met expectations", "fulfilled the requirements": a checklist passed, not a person recommended. */
export const rule: SpanRuleDef = {
  id: 'faint-met-expectations',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'faintMetExpectationsRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    // "work hard to meet her goals": her own aims, not a bar set by the program.
    /\b(?:his|her|their|my|your) (?:own |personal |career )?(?:goals|dreams|aspirations|ambitions)$/.test(
      ctx.text.slice(ctx.start, ctx.end).toLowerCase(),
    ) ||
    /^\s*(?:that|which)? ?i (?:usually |normally |typically |only )?(?:reserve|hold|set|have) for (?:senior|chief|fellows?|attendings?|residents?|interns?)/.test(
      after(ctx, 60),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'He met expectations during the rotation.',
    'She fulfilled all the requirements of the clerkship.',
    'He did what was expected of him on the wards.',
    'Her performance was at the expected level for a fourth-year student.',
  ],
  pass: [
    'She far exceeded our expectations and led the team by week two.',
    'He not only met but surpassed every goal we set.',
    'The laboratory values were within the expected range.',
  ],
};
