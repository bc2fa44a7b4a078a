import {
  after,
  applicantsOwnStep,
  before,
  schedulingSentence,
  sentence,
  thanksOrOffer,
} from '@/lib/core/phrasing/context';
import type { RuleExamples, SpanRuleDef } from '@/lib/core/phrasing/types';

const DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?= \d)|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|next week|this week|end of (?:the )?(?:week|month))\b|\b\d{1,2}[/.-]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)\b|\bin (?:\d+|one|two|three|four|five|six|ten) (?:days|weeks)\b/;

/** "As soon as possible", "urgent", with no date: pressure without the one fact the writer needs. */
export const rule: SpanRuleDef = {
  id: 'request-vague-urgency',
  category: 'vague-urgency',
  kinds: ['request', 'outreach'],
  severity: 'warning',
  scope: 'span',
  lexicon: 'requestVagueUrgencyRule',
  reject: (ctx) =>
    // "urgent consults fill your days": the writer's work, not a rush.
    /^\s*(?:consults?|cases?|calls?|care|clinics?|matters?|surger(?:y|ies)|operations?|patients?|pages?|admissions?)\b/.test(
      after(ctx, 20),
    ) ||
    // "let me know as soon as possible, and I will gladly reach out to someone else": a courteous way out, not a rush.
    /^[^.?!]{0,20}\b(?:i (?:will|can|could|['’]ll) (?:gladly |happily |then )?(?:reach out to|ask|find|approach|contact) (?:someone|somebody|another))/.test(
      after(ctx, 80),
    ) ||
    // "I will let you know well before the deadline": time to spare.
    /\bwell\s*$/.test(before(ctx, 8)) ||
    thanksOrOffer(ctx) ||
    // "as soon as my list is certified" names an event, not a rush ("as soon as possible" is matched whole).
    /^\s*as\b/.test(after(ctx, 10)) ||
    DATE.test(sentence(ctx)) ||
    applicantsOwnStep(ctx) ||
    schedulingSentence(ctx) ||
    /\b(?:avoid|rather than)\b[^,;]*$/.test(before(ctx, 60)) ||
    /\b(?:hear(?:ing)? (?:back )?from you|talk(?:ing)? (?:to you)?|speak(?:ing)?|see(?:ing)? you|reply|replies|respond)\s*$/.test(
      before(ctx, 40),
    ) ||
    // "one week before the deadline" names the time; "I will send it soon" is about the applicant's own step.
    /\b(?:\d+|one|two|three|four|a|a few|several) (?:days?|weeks?|months?)\s*$/.test(before(ctx, 30)) ||
    (/\bi(?: will|['’]ll| can| shall| am going to| plan to)\b[^,]*$/.test(before(ctx, 80)) &&
      !/\byou\b/.test(before(ctx, 80))),
};

/** Sentences the rule must flag and look-alikes it must leave alone (tests only; not shipped). */
export const examples: RuleExamples = {
  flag: [
    'Please send the letter as soon as possible.',
    'It is urgent that the letter is uploaded soon.',
    'I would be grateful if you could submit it at your earliest convenience.',
    'Could you upload it in the next few days?',
  ],
  pass: [
    'The letter would need to be uploaded to ERAS by September 5.',
    'I look forward to hearing from you soon.',
    'I will send my updated CV right away.',
  ],
};
