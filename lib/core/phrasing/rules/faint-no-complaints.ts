import { aboutPatient, after, clinicalAfter } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "No complaints", "never caused problems": praise by the absence of trouble. */
export const rule: SpanRuleDef = {
  id: 'faint-no-complaints',
  category: 'faint-praise',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  pattern: String.raw`no (?:major |significant |serious |real |particular |specific |notable |obvious )?(?:complaints|problems|issues|concerns|negative (?:feedback|comments|reports|remarks)|red flags|incidents)\b|(?:did|does|do|has|had|have) ?(?:not|n['’]t) (?:cause|create|give|have|present|pose|raise) (?:any |us |me |the team |major |significant )*(?:problems|trouble|issues|difficult\w*|complaints|concerns)|nothing negative|never (?:caused|gave|created|had|posed|presented|raised) (?:any |us |me |the team |major |significant )*(?:problems|trouble|issues|complaints|concerns|difficulties)|without (?:any |major |significant )?(?:problems|incident|complaints|issues|difficult(?:y|ies))|no one (?:complained|had (?:a |any )?complaints?)|(?:nobody|no one) had anything (?:bad|negative)|(?:caused|gave) (?:us |me )?no (?:trouble|problems)`,
  reject: (ctx) =>
    aboutPatient(ctx) ||
    clinicalAfter(ctx) ||
    /^\s*(?:of|with (?:the |his |her )?(?:procedure|wound|case))\b/.test(after(ctx, 30)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'There were no complaints about her work.',
    'He never caused any problems on the team.',
    'She completed the rotation without any issues.',
    'I have no concerns about his performance.',
  ],
  pass: [
    'The patient had no complaints of chest pain at discharge.',
    'The procedure was completed without incident.',
    'She identified problems no one else had noticed.',
  ],
};
