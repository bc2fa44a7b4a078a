import { aboutPatient, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Completed assigned tasks", "followed instructions": compliance, which every student manages. */
export const rule: SpanRuleDef = {
  id: 'presence-tasks',
  category: 'presence-only',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  pattern: String.raw`complet(?:ed|es|ing|e) (?:all |his |her |their |the |any |every |each |most |of )*(?:assigned |required |given |routine |basic |daily |allotted )(?:tasks|duties|assignments|work|responsibilities|paperwork|notes|requirements|readings)\b|complet(?:ed|es|ing|e) (?:all |his |her |their |the |every |each )+(?:tasks|duties|assignments|responsibilities|paperwork)\b|(?:did|does|performed|carried out|fulfilled|discharged|took care of|handled) (?:all |his |her |their |the |any )*(?:assigned |required |routine |basic |given |daily )?(?:tasks|duties|assignments|responsibilities|chores|paperwork)(?: (?:as|when) (?:assigned|asked|instructed|required|expected))?\b|did (?:his|her|their) (?:job|work|part|share)\b|follow(?:ed|s|ing)? (?:instructions|directions|orders|the rules|rules|protocols?|(?:all |our |my )?(?:guidelines|instructions|directions|advice))\b|(?:did|does|do) (?:what|as|whatever) (?:he|she|they|was|were|is) (?:was |were |is )?(?:told|asked|instructed|directed)\b|(?:took|takes|take) (?:direction|instructions|orders) well|(?:as|when) (?:instructed|directed|assigned)\b|(?:was|is|were) (?:compliant|obedient)\b`,
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
