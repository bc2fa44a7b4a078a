import { aboutPatient, aboutWriter, after, before, sentence, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Has potential", "with more experience", "could become": praise of the future instead of the present. */
export const rule: SpanRuleDef = {
  id: 'hedge-potential',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'hedgePotentialRule',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    strongSentence(ctx) ||
    // "I came to this work with additional training in epidemiology": the writer's own career.
    aboutWriter(ctx) ||
    // "evolve from a promising student into a mature clinician": the promise already kept.
    /^\s*(?:[\w-]+ )?into\b/.test(after(ctx, 30)) ||
    /\b(?:with (?:great|complete|full|every|total) confidence|i predict|without (?:a )?doubt|no doubt)\b/.test(
      sentence(ctx),
    ) ||
    // "which he did with maturity and skill": praise of how a task was done.
    /\b(?:did|handled|managed|performed|led)(?: (?:it|so|this|that|them))?\s*$/.test(before(ctx, 25)) ||
    /^\s*(?:(?:well |far )?beyond|complications?|risks?|side effects?|causes?|diagnos\w*|adverse|harms?|pitfalls?|problems?|issues?|sources?|interactions?|donors?|sites?|targets?|exposures?|contraindications?)\b/.test(
      after(ctx, 30),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'He has great potential as a future physician.',
    'With more experience, she will become a good clinician.',
    'He could become a solid resident one day.',
    'She shows promise in clinical reasoning.',
  ],
  pass: [
    'She already works at the level of a senior resident.',
    'The patient showed promise of recovery after the second cycle.',
  ],
};
