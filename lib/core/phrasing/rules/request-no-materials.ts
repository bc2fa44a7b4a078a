import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';

/** A request with nothing attached: the writer must rebuild the applicant's story from memory. */
export const rule: DocumentRuleDef = {
  id: 'request-no-materials',
  category: 'missing-in-request',
  kinds: ['request'],
  severity: 'warning',
  scope: 'document',
  // A thank-you after an interview or a letter of intent asks for no letter: nothing to send, no date to give.
  onlyWhen: 'asksForLetter',
  requires: String.raw`\b(?:cv|c\.v\.|résumé|resume|curriculum vitae|personal statement|transcripts?|usmle|step [123]|step 2 ck|scores|brag sheet|summary|packet|portfolio|attach(?:ed|ing|ment)?|enclos\w+|cases? (?:we|i|that)|patients? (?:we|i) (?:saw|managed|treated|cared)|highlights|letter request form|letter id)\b`,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Dear Dr. Khan, would you write me a strong letter for internal medicine by September 5?'],
  pass: ['Dear Dr. Khan, would you write me a strong letter for internal medicine by September 5? I attached my CV.'],
};
