import { aboutPatient, after, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Should be able to", "would do well", "should not have trouble": a guarded forecast instead of a judgment. */
export const rule: SpanRuleDef = {
  id: 'faint-should-be-able',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'faintShouldBeAbleRule',
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
