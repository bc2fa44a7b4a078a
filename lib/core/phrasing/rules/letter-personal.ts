import {
  aboutPatient,
  after,
  otherPersonWho,
  patientsFamily,
  performsInSentence,
  strongElsewhere,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** Hobbies, looks, family and pleasantries: nothing a program ranks on. */
export const rule: SpanRuleDef = {
  id: 'letter-personal',
  category: 'personal',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'personal',
  reject: (ctx) =>
    aboutPatient(ctx) ||
    performsInSentence(ctx) ||
    // "Chef de service": a title, not a cook.
    /^\s*de\b/.test(after(ctx, 6)) ||
    otherPersonWho(ctx) ||
    strongElsewhere(ctx) ||
    patientsFamily(ctx) ||
    /\b(?:recommend|write|support|endorse)\b/.test(after(ctx, 30)) ||
    // "In her spare time she built an app the residents use": an achievement, not a hobby.
    /\b(?:built|developed|founded|created|published|designed|launched|co-?authored|started (?:a|an|the))\b/.test(
      after(ctx, 60),
    ) ||
    // "His sense of humour with frightened children is a clinical skill": a trait put to work on patients.
    /\b(?:clinical skill|bedside skill|with (?:frightened |anxious |scared |sick |dying )?(?:patients|children|families))\b/.test(
      after(ctx, 50),
    ),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: ['In his free time he enjoys cricket, chess and hiking with his family.'],
  pass: [
    'It is a pleasure to recommend her in the strongest terms.',
    'In his spare time he built a dosing calculator that the pharmacy now uses.',
  ],
};
