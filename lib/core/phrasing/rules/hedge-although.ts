import { after, backedInSentence, EVIDENCE, strongSentence } from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

/** "Although he was quiet...", "Despite her limited experience...": a concession that plants doubt. */
export const rule: SpanRuleDef = {
  id: 'hedge-although',
  category: 'hedge',
  kinds: ['letter'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'hedgeAlthoughRule',
  reject: (ctx) => {
    const next = after(ctx, 40);
    // "Despite being the most junior member, he was the one the nurses called": a concession that praises.
    if (/^\s*being (?:the )?(?:most junior|youngest|newest|only)\b/.test(next)) return true;
    if (backedInSentence(ctx)) return true;
    // Only concessions whose subject is the applicant: "although he...", "despite her...".
    const aboutApplicant =
      /^,?\s+(?:(?:at times|initially|at first|early on|occasionally|sometimes),?\s+)?(?:he|she|they|his|her|their|him|being|the (?:applicant|student|candidate|trainee|resident|intern)|dr\.?\s|mr\.?\s|ms\.?\s)\b/.test(
        next,
      );
    return (
      !aboutApplicant ||
      /^\W+\w+\W+(?:\w+\W+)?patients?\b/.test(next) ||
      strongSentence(ctx) ||
      EVIDENCE.test(
        after(ctx, 200)
          .replace(/^[^,]*,?/, '')
          .replace(/\bcaught up\b/g, ' '),
      )
    );
  },
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Although she was quiet at first, she became more engaged over time.',
    'Despite his limited clinical experience, he tried to contribute.',
    'Though he is not the fastest, he is thorough.',
    'However, she sometimes struggled with time management.',
  ],
  pass: [
    'Although the patient presented with vague symptoms, she found the diagnosis.',
    'Despite a busy service, the team met every discharge goal.',
    'Although she was the most junior member, she led the code with calm authority.',
  ],
};
