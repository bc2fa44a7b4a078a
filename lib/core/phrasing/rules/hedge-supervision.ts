import { aboutPatient, after, evidenced } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

const MODS =
  '(?:(?:some|close|closer|constant|frequent|considerable|significant|a lot of|lots of|much|more|direct|additional|extra|occasional|appropriate|moderate|ongoing|regular|continuous|step-by-step|repeated|careful|substantial|the usual|a fair amount of|a great deal of|reminders and) )*';

/** "With supervision", "needed reminders", "when prompted": the applicant is described as not yet independent. */
export const rule: SpanRuleDef = {
  id: 'hedge-supervision',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  pattern: String.raw`(?:with|under) ${MODS}(?:supervision|guidance|prompting|reminders?|direction|oversight|redirection|hand-holding|coaching|micromanagement)\b|(?:need|needs|needed|needing|require|requires|required|requiring) ${MODS}(?:supervision|guidance|prompting|reminders?|direction|help|assistance|hand-holding|oversight|support|coaching|redirection|monitoring|encouragement|structure|instruction|to be (?:reminded|told|prompted|supervised|pushed|watched|shown|redirected|checked|corrected))\b|(?:when|once|after being|if) (?:prompted|reminded|pushed|told|directed|shown|guided|given (?:clear |explicit )?instructions)\b|(?:was|is|were|be) (?:not yet|still not|not) (?:ready to (?:work|function|practice|manage)|(?:fully )?independent)\b`,
  reject: (ctx) =>
    aboutPatient(ctx) ||
    evidenced(ctx) ||
    /^\s*(?:removed|lifted|withdrawn|tapered|stopped|no longer)\b/.test(after(ctx, 20)) ||
    // "Anna once told me": the applicant speaking, not being told what to do.
    /^\s*(?:me|us)\b/.test(after(ctx, 10)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'With supervision, he was able to manage common inpatient problems.',
    'She needed frequent reminders to complete her notes.',
    'He contributed to discussions when prompted.',
    'She required close supervision during procedures.',
  ],
  pass: [
    'She never needed reminders to follow up on results.',
    'He ran the service with minimal input from me by the third week.',
    'The patient required close monitoring overnight.',
  ],
};
