import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';

const THING =
  '(?:observ|shadow|extern|research|project|call|meet|zoom|chat|volunteer|rotat|elective|minutes|join|assist|help (?:with|on)|data|chart review|manuscript|paper|abstract|case report|position|clinic|lab|spot|place|room|month|weeks?|intern|summer|group|team|office|practice|day|interview|appl(?:y|ication)|program|opening|opportunit|pursue|worthwhile|phd)';

/** A cold email with no concrete question: the reader cannot answer yes. */
export const rule: DocumentRuleDef = {
  id: 'outreach-no-ask',
  category: 'outreach',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'document',
  requires: String.raw`\b(?:(?:would|could|can|may|might) (?:i|you|we)|(?:i|we) (?:could|might|may) (?:arrange|schedule|set up|have|meet|talk|speak)|do you think|(?:would|'d|’d) (?:greatly |really |very much )?(?:appreciate|value|welcome) (?:the|an|any) (?:opportunity|chance)|(?:would|is) it (?:be )?possible|are you (?:open|available|willing|accepting|taking|able)|do you (?:have|accept|take|offer)|i (?:would like|am asking|am requesting|hope|wish) to (?:ask|request|join|observe|shadow|volunteer|meet|speak|discuss|help)|(?:write|writing|wish|would like) to apply for|(?:hoping|hope) (?:that )?(?:i|you) (?:could|might|would|can)|(?:giving|give|offer|grant|granting) me (?:the|an) opportunity to|(?:let|allow) me (?:to )?(?:spend|shadow|observe|join|work|assist)|request (?:an?|the) (?:\w+ )?(?:internship|observership|externship|position|opportunity)|(?:inquire|enquire|ask|asking|inquiring|enquiring) (?:about|whether|if)|(?:would|'d|’d) (?:love|like) to (?:speak|talk|meet|chat|discuss)|(?:an |the )?opportunity to (?:get involved|join|work|contribute|volunteer|observe|shadow|assist))\b[^.?!\n]{0,140}\b${THING}`,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Dear Dr. Lee, I am an international medical graduate interested in cardiology. I am looking for opportunities.',
  ],
  pass: ['Dear Dr. Lee, I read your paper on heart failure. Could I observe in your clinic for four weeks in March?'],
};
