import { aboutPatient, after, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Should be able to", "would do well", "should not have trouble": a guarded forecast instead of a judgment. */
export const rule: SpanRuleDef = {
  id: 'faint-should-be-able',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  pattern: String.raw`should (?:be able to|(?:probably |likely )?do (?:well|fine|ok(?:ay)?|alright|adequately)|manage|cope|get by|be (?:fine|ok(?:ay)?|capable|adequate|competent)|(?:not|n['’]t) (?:have|face|encounter) (?:any |much |too much )?(?:trouble|difficult\w*|problems))|(?:would|will|could|might|may|can) (?:probably |likely |possibly |eventually |likely still )?(?:do (?:well|fine|ok(?:ay)?|alright|adequately|a good job)|manage|cope|get by|fit in|handle (?:the|a|residency|it))\b|(?:is|was|seems|appears|are|were) (?:quite |probably |likely )?(?:capable of|able to handle|likely to (?:succeed|do|manage|be))|(?:i|we) (?:think|believe|expect|hope|assume|suspect) (?:that )?(?:he|she|they) (?:will|would|could|can|might|should|may) (?:probably |likely )?(?:be (?:able|fine|ok|okay|capable|competent|adequate|a good|an adequate|a reasonable|successful)|do (?:fine|well|ok|okay)|manage|cope|succeed|handle|fit)|hopefully (?:he|she|they) will`,
  reject: (ctx) =>
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    /^\s*(?:start|begin|join|arrive|travel|attend|come|move|relocate)\b/.test(after(ctx, 20)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'He should be able to handle the demands of residency.',
    'I think she would do well in a residency program.',
    'She should not have any trouble with the workload.',
    'He will probably do fine as an intern.',
  ],
  pass: [
    'The patient should be able to walk with a cane by discharge.',
    'She is already functioning at the level of our best interns.',
  ],
};
