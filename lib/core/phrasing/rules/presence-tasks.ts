import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Completed assigned tasks", "followed instructions": compliance, which every student manages. */
export const rule: SpanRuleDef = {
  id: 'presence-tasks',
  category: 'presence-only',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  lexicon: 'presenceTasksRule',
  reject: (ctx) => aboutPatient(ctx) || strongSentence(ctx),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'She completed all assigned tasks on time.',
    'He carried out his duties as assigned.',
    'She followed instructions and did her job.',
    'He did what he was told without argument.',
  ],
  pass: [
    'The patient followed instructions for wound care at home.',
    'She completed her notes early and they were the most thorough on the team.',
    'He designed a discharge checklist that the whole unit now uses.',
  ],
};
