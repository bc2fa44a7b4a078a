import { aboutPatient, after, before } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Needs improvement", "showed improvement", "lacks confidence": the letter names a deficit. */
export const rule: SpanRuleDef = {
  id: 'hedge-improvement',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  pattern: String.raw`(?:need(?:s|ed|ing)?|requir(?:es|ed|ing)) (?:to (?:improve|work on|develop|grow|mature|gain|build|strengthen|read more|learn|be more|become more|polish)|(?:some |more |further |additional |much |significant |considerable )?(?:improvement|work|development|polish(?:ing)?|growth|maturity|maturing|experience|confidence|refinement|strengthening))\b|room (?:for|to) (?:improvement|improve|growth|grow)\b|(?:could|would|will|might|may) (?:still |certainly |definitely )?benefit from (?:more|further|additional|some|continued|extra|greater)\b|areas? (?:for|of|needing|to) (?:improvement|growth|development|improve)\b|(?:show(?:s|ed|n)?|made|makes|demonstrat\w+|with|display(?:s|ed)?) (?:(?:steady|significant|great|much|some|considerable|gradual|marked|noticeable|good|clear|definite|tremendous|visible|slow|real) )*(?:improvement|progress)\b|improv(?:ed|ing|es) (?:steadily|significantly|greatly|considerably|gradually|markedly|noticeably|a lot|a great deal|over|throughout|during|by the end|as the|with (?:time|feedback|each|practice|experience))\b|(?:is|are|was|were) (?:still )?(?:learning|developing|maturing|growing)\b(?! (?:into|as) (?:an? )?(?:outstanding|exceptional|excellent|leader))|continu(?:es|ed|ing) to (?:improve|develop|grow|mature)\b|(?:limited|little|minimal|insufficient|some lack of|a lack of|lack of) (?:clinical )?(?:experience|exposure|confidence|knowledge|initiative|independence|insight|preparation)\b|lack(?:s|ed|ing)? (?:in )?(?:confidence|initiative|experience|independence|knowledge|depth|organi[sz]ation|focus|assertiveness|maturity|motivation|insight)\b`,
  reject: (ctx) =>
    aboutPatient(ctx) ||
    /\bquality\s*$/.test(before(ctx, 12)) ||
    /^\s*(?:in|of) (?:the |his |her |their )?(?:patients?|symptoms?|renal|cardiac|pain|oxygen|labs?|function|condition|status|vitals?|ef|outcomes?|care delivery|workflow|the unit|the service|our)\b/.test(
      after(ctx, 40),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'His presentation skills need improvement.',
    'She showed steady improvement over the rotation.',
    'He lacks confidence with procedures.',
    'She is still learning to prioritize tasks.',
  ],
  pass: [
    'She led a quality improvement project that cut discharge delays by a third.',
    'The patient showed marked improvement in renal function.',
    'He never lacked initiative.',
  ],
};
