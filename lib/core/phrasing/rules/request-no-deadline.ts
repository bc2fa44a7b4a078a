import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';

/** A request with no date: the writer cannot plan, and the letter slips. A near or past date is a date (request-too-late judges it). */
export const rule: DocumentRuleDef = {
  id: 'request-no-deadline',
  category: 'missing-in-request',
  kinds: ['request'],
  severity: 'warning',
  scope: 'document',
  // A thank-you after an interview or a letter of intent asks for no letter: nothing to send, no date to give.
  onlyWhen: 'asksForLetter',
  requires: String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[/.-]\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|\bdeadline\b|\bdue (?:on|by|date)\b|\bby (?:the )?(?:end of|\d|mid-|early |late )|\bwithin (?:\d+|one|two|three|four|five|six|a|the next \w+) (?:days?|weeks?)\b|\bin (?:\d+|one|two|three|four|five|six) weeks\b|\b(?:by|before|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bdue (?:tomorrow|tonight|today|yesterday|this (?:evening|afternoon|morning|week))|\b(?:by|before) (?:midnight|tonight|tomorrow|end of (?:the )?day|eod|this evening)\b|\b(?:in|within) (?:\d+|one|two|three|a few|a couple of) (?:hours|days)\b|\b(?:by|before|deadline:?) _{3,}`,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Dear Dr. Khan, would you write me a strong letter of recommendation for internal medicine? I attached my CV.',
  ],
  pass: [
    'Dear Dr. Khan, would you write me a strong letter of recommendation for internal medicine? The deadline is September 5 and I attached my CV.',
    'Dear Dr. Khan, would you write me a strong letter of recommendation for internal medicine? I am sorry, it is due tomorrow. I attached my CV.',
  ],
};
