import {
  aboutPatient,
  after,
  backedInSentence,
  before,
  evidenced,
  matched,
  sentence,
  strongParagraph,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Grindstone idioms (first to arrive, long hours, every task done): effort where ability should be. */
export const rule: SpanRuleDef = {
  id: 'letter-grindstone',
  category: 'effort-only',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'grindstone',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    // "the first person in his family to attend university": a background, not hours kept.
    /\bfirst (?:[\w-]+ )?(?:in|of) (?:his|her|their|the) (?:family|generation|village|town|community)\b/.test(
      sentence(ctx),
    ) ||
    evidenced(ctx) ||
    backedInSentence(ctx) ||
    strongParagraph(ctx) ||
    // "the long hours of residency": the job, not the applicant.
    (/^long hours/.test(matched(ctx)) && /\bthe\s*$/.test(before(ctx, 6))) ||
    /\b(?:medicine|residency|internship|surgery|training|the (?:field|profession|specialty|job|work)) (?:demands|requires|involves|means|entails|brings|is known for)\b/.test(
      sentence(ctx),
    ) ||
    // Staying late to do something for a patient or a family is care, not hours.
    /^[^.;]{0,20}\bto (?:explain|teach|sit with|talk|call|comfort|counsel|review|follow up|check on|update)\b/.test(
      after(ctx, 40),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['She was always the first one on the floor in the morning and often the last to go home.'],
  pass: ['He stayed late to finish a sepsis audit that cut our time to antibiotics by 40 minutes.'],
};
