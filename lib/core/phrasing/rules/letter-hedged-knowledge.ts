import {
  aboutPatient,
  after,
  before,
  clinicalAfter,
  evidenced,
  patientNext,
  strongElsewhere,
  thingSubject,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** The writer hedging what they know about the applicant: doubt raisers. */
export const rule: SpanRuleDef = {
  id: 'letter-hedged-knowledge',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'hedgedKnowledge',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    thingSubject(ctx) ||
    evidenced(ctx) ||
    strongElsewhere(ctx) ||
    clinicalAfter(ctx) ||
    patientNext(ctx) ||
    // "I have written perhaps ten letters like this one": a count of how rare, not doubt.
    /^\s*(?:only )?(?:a (?:few|handful|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+|twice|once)\b/.test(
      after(ctx, 20),
    ) ||
    // "Perhaps the most memorable discussion I have had": emphasis on a superlative, not doubt.
    /^\s*,?\s*(?:the (?:most|best|single|strongest|finest|greatest|brightest|only)|one of the)\b/.test(
      after(ctx, 25),
    ) ||
    // "The team probably would have missed it without her" credits the applicant.
    /^\s*(?:(?:would|could|might) have|saved|prevented|averted|changed)\b/.test(after(ctx, 20)) ||
    // A hedge about a finding ("probably viral", "the cause was possibly") is clinical reasoning, not doubt.
    /^\s*(?:a |an |the )?(?:viral|bacterial|benign|malignant|\w+itis|\w+oma|mi|infarct\w*|pneumonia|sepsis|fracture|infection|cancer|normal|abnormal|related|due to|secondary|from|caused by|responsible|the cause|a case of|confounded|explained by|driven by|spurious)\b/.test(
      after(ctx, 30),
    ) ||
    /\b(?:diagnosis|etiology|cause|lesion|finding|result|scan|rash|x-ray|ecg|culture)\b[^,;]{0,30}$/.test(
      before(ctx, 40),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['Once he is more familiar with the US healthcare system, I expect he will function well.'],
  pass: ['The rash was probably viral, and she said so before the cultures came back.'],
};
