import type { DocumentRuleDef, RuleExamples } from '@/lib/core/phrasing/types';

/** A cold email that never mentions the recipient's own work: it could have gone to anyone. */
export const rule: DocumentRuleDef = {
  id: 'outreach-no-recipient-work',
  category: 'outreach',
  kinds: ['outreach'],
  severity: 'warning',
  scope: 'document',
  requires: String.raw`\byour (?:(?:recent|latest|\d{4}|published|ongoing|current|important|groundbreaking|seminal|excellent|fascinating|inspiring|team['’]s|group['’]s|lab['’]s|department['’]s|clinic['’]s) )*(?:work|research|papers?|articles?|study|studies|publications?|trials?|projects?|findings|talks?|lectures?|presentations?|reviews?|book|chapters?|contributions?|approach|data|cohorts?|registry|grant|abstracts?|editorial|commentary|case reports?|posters?|program (?:on|for|in)|initiative|protocol)\b|\b(?:i|i['’]ve|i have) (?:recently |just |closely )?(?:read|seen|heard|listened to|watched|followed|came across|come across|enjoyed|admired) (?:your|the (?:paper|article|study|work|talk) (?:you|by))|\b(?:you|your team|your group|your lab) (?:recently )?(?:published|presented|wrote|described|reported|showed|found|developed|led|built|started)\b|\b(?:in|from) your (?:paper|article|study|talk|lecture|review)`,
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Dear Dr. Lee, I am an international medical graduate. Could I observe in your clinic for four weeks in March?',
  ],
  pass: [
    'Dear Dr. Lee, I read your 2024 study on readmissions after heart failure. Could I observe in your clinic for four weeks in March?',
  ],
};
