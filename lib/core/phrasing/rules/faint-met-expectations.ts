import { aboutPatient, after } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Met expectations", "fulfilled the requirements": a checklist passed, not a person recommended. */
export const rule: SpanRuleDef = {
  id: 'faint-met-expectations',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  pattern: String.raw`(?:met|meets|meet|meeting) (?:all |the |our |my |most |basic |minimum |minimal |the minimum |his |her |their |required |usual |standard )*(?:expectations|requirements|standards|criteria|objectives|goals|benchmarks)\b|fulfill?(?:ed|s|ing)? (?:all |the |his |her |their |basic |minimum |minimal |required |usual |our )*(?:requirements|expectations|criteria|objectives|obligations)\b|(?:performed|did|worked|functioned|progressed) (?:as|about as|just as) (?:was )?(?:expected|anticipated|required)|did (?:what|as|all that|everything(?: that)?|whatever) (?:was |were |is |(?:he|she|they) (?:was|were) )?(?:expected|required|asked)(?: of (?:him|her|them)| to do)?\b|(?:at|to) (?:the|an|a) (?:expected|required|minimum|basic) (?:level|standard)\b|(?:within|in line with) expectations\b`,
  reject: (ctx) =>
    aboutPatient(ctx) ||
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
