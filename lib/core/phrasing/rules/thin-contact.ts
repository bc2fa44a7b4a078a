import { aboutPatient } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

const SOURCE =
  '(?:cv|c\\.v\\.|résumé|resume|curriculum vitae|application|transcripts?|personal statement|file|scores|reputation|paperwork|emails?|correspondence|reports|feedback|record|what (?:i|others) (?:have )?(?:heard|been told|read))';

/** "Met briefly", "based on her CV", "shadowed me": the writer admits they barely know the applicant. */
export const rule: SpanRuleDef = {
  id: 'thin-contact',
  category: 'thin-contact',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  pattern: String.raw`(?:met|meeting|interacted with|spoke with|talked (?:to|with)|worked with|known|know|knew|seen|saw|supervised) (?:(?:him|her|them|dr\.? ?\w+|the applicant|this applicant|this student|the candidate) )?(?:only )?(?:briefly|once|twice|a (?:few|couple of) times|on (?:a few|one|two|several|rare|a handful of) occasions?|for (?:a|one|two|three|a few|a couple of|only a few) (?:days?|hours?|weeks?|brief)|in passing)\b|(?:brief|short|limited|little|minimal|few|only a handful of) (?:(?:direct|personal|clinical|one-on-one|face-to-face) )?(?:interactions?|encounters?|contact|time together|acquaintance|opportunit(?:y|ies) to (?:observe|work|see|evaluate|interact|supervise))\b|(?:know|knew|known) (?:him|her|them) (?:only |mainly |mostly |primarily )?(?:from|through|via|by) (?:(?:his|her|their|the|an?) )?(?:\w+ )?${SOURCE}|based (?:solely |mainly |largely |primarily |only |entirely |mostly )?(?:on|upon) (?:(?:his|her|their|the|my review of (?:his|her|their)|a review of (?:his|her|their)) )?${SOURCE}|(?:he|she|they) (?:mainly |mostly |primarily |only |just )?(?:shadowed|observed|watched) (?:me|us|our|the (?:team|residents|physicians|attendings|surgeons)|in (?:clinic|the clinic|the or|surgery|the operating room|(?:our|my|the) (?:clinic|practice|department|service|unit|hospital|or|operating room|lab))|during|on rounds)\b|(?:shadow(?:ed|ing)) (?:me|us|our|the)\b|(?:as|in the role of|in (?:an|the) (?:capacity|role) of) (?:an )?(?:observer|shadow)\b|observational (?:role|capacity|rotation|experience|observership|basis)\b|(?:did not|didn['’]t|never|do not|don['’]t|have not|haven['’]t|had not|hadn['’]t) (?:have the (?:opportunity|chance) to |get (?:the chance )?to |directly |personally |closely |really )*(?:work(?:ed)? (?:directly |closely )?with|supervise|observe|see|evaluate|know) (?:him|her|them|(?:much|a lot|many|most|enough) of (?:his|her|their))\b|(?:i am|i was|i['’]ve been|i have been) told|i (?:have )?heard (?:that (?:he|she|they|the applicant|dr)|from (?:colleagues|others|residents|nurses|faculty|people|several|my colleagues|other (?:faculty|attendings|residents)|the (?:team|residents|nurses|faculty|program|chief)))|from what i (?:have )?(?:heard|been told|understand|gather)\b|(?:was|were) not (?:allowed|permitted|able) to (?:examine|see|touch|interact with|manage|document|write)\b`,
  reject: (ctx) => aboutPatient(ctx, 30),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'I met him briefly during a conference.',
    'Based on her CV, she seems well qualified.',
    'She shadowed me in clinic for two weeks.',
    'I did not have the opportunity to work with him directly.',
  ],
  pass: [
    'I supervised her daily for twelve weeks on the inpatient service.',
    'I observed him present new admissions every morning for a month.',
    'The patient was seen briefly in the emergency department before transfer.',
  ],
};
