import {
  aboutPatient,
  after,
  otherPersonWho,
  sentence,
  strongSentence,
  writerSubject,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

// Doing something in the room (presenting, leading, managing) is performance, not presence.
const PERFORMANCE =
  /\b(?:present(?:ed|s|ing)|led|lead|leads|managed|ran|performed|taught|diagnosed|wrote|authored|designed|caught|initiated|independent(?:ly)?|recogni[sz]ed|proposed|organi[sz]ed|examined|admitted|placed|obtained|interpreted|counsel(?:l)?ed|gave|delivered|assisted|sutured|drafted)\b/;

/** Watching, following, sitting in: presence, where programs look for performance. */
export const rule: SpanRuleDef = {
  id: 'letter-presence',
  category: 'presence-only',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'presence',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    otherPersonWho(ctx) ||
    strongSentence(ctx) ||
    writerSubject(ctx) ||
    PERFORMANCE.test(sentence(ctx)) ||
    /^\s*(?:him|her|them)\b/.test(after(ctx, 10)),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'During his observership he sat in on my outpatient endocrinology clinic twice a week.',
    'She followed our inpatient team for four weeks.',
  ],
  pass: ['I observed her run a code with calm authority.', 'The patient was observed overnight and discharged.'],
};
