import { aboutPatient, backedInSentence, closeContact, rarityAside } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Met briefly", "based on her CV", "shadowed me": the writer admits they barely know the applicant. */
export const rule: SpanRuleDef = {
  id: 'thin-contact',
  category: 'thin-contact',
  kinds: ['letter'],
  severity: 'error',
  scope: 'span',
  keepNegated: true,
  lexicon: 'thinContactRule',
  // "I first met him when he joined us, and worked alongside him nearly every day": the contact grew.
  reject: (ctx) =>
    aboutPatient(ctx, 30) ||
    rarityAside(ctx) ||
    // "not permitted to examine patients, so she analysed our data and changed our protocol": what she did instead.
    backedInSentence(ctx) ||
    closeContact(ctx),
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
