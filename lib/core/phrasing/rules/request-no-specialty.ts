import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';

/** A request that never names the specialty: the writer cannot aim the letter. */
export const rule: DocumentRuleDef = {
  id: 'request-no-specialty',
  category: 'missing-in-request',
  kinds: ['request'],
  severity: 'info',
  scope: 'document',
  // A letter for graduate school, nursing or medical school has no specialty to name.
  onlyWhen: 'residencyContext',
  requires: String.raw`\b(?:internal medicine|family (?:medicine|practice)|p(?:a)?ediatric\w*|surg\w*|psychiatr\w*|neurolog\w*|ob[/-]?gyn|obstetric\w*|gyn(?:a)?ecolog\w*|radiolog\w*|an(?:a)?esthesi\w*|patholog\w*|emergency medicine|dermatolog\w*|ophthalmolog\w*|orthop(?:a)?edic\w*|urolog\w*|cardiolog\w*|oncolog\w*|otolaryngolog\w*|physical medicine|pm&r|rehabilitation|preventive medicine|nephrolog\w*|gastroenterolog\w*|pulmonary|critical care|infectious disease|hematolog\w*|endocrinolog\w*|rheumatolog\w*|geriatric\w*|transitional year|preliminary year|medicine residency|im residency|fm residency|(?:in|into|for) (?:im|fm|em)\b)`,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Dear Dr. Khan, would you write me a strong letter for my residency applications? The deadline is September 5 and my CV is attached.',
  ],
  pass: [
    'Dear Dr. Khan, would you write me a strong letter for pediatrics? The deadline is September 5 and my CV is attached.',
    'Dear Dr. Khan, would you write me a strong letter for graduate school? The deadline is September 5 and my CV is attached.',
  ],
};
