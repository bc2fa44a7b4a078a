import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Dear Sir", "Dear Professor", "To whom it may concern": a request that could have gone to anyone. */
export const rule: SpanRuleDef = {
  id: 'request-generic-salutation',
  category: 'generic-ask',
  kinds: ['request', 'outreach'],
  severity: 'warning',
  scope: 'span',
  pattern:
    "(?:dear|hello|hi|greetings|respected|esteemed)(?:,? (?:respected|esteemed|honou?rable|sir|madam|ma'am|or|and|/))* (?:sir|madam|ma'am|sir/madam|sirs|professor|prof\\.?|doctor|dr\\.?|faculty|team|all|colleague|mentor|program director|(?:hiring |selection )?committee|(?:the )?department)(?: or madam)?(?=\\s*(?:[,:;!\\n\\r]|$))|to whom it may concern",
  keepNegated: true,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Dear Sir,', 'Dear Professor,', 'To whom it may concern,', 'Respected Sir/Madam,'],
  pass: ['Dear Dr. Alvarez,', 'Dear Professor Chen,', 'Hello Dr. Okafor,'],
};
