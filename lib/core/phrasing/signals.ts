import type { DocumentSignal } from './types';

// Properties of a whole text that change how its sentences read. The engine tests each paragraph for them and,
// when the text has one, leaves out the hints of the categories it silences (span hints and whole-text hints alike).

/**
 * The writer places the applicant among peers: a share ("top 5%"), a rank ("ranked first", "the best of"),
 * or a place in a group ("among the strongest", "one of the best"). Effort words and modest praise in such a
 * letter sit next to a ranking, and a program director reads them as colour, not as the writer holding back.
 */
export const RANKING = String.raw`\btop (?:\d+ ?%|\d+ ?percent|(?:one|two|three|four|five|ten|twenty|few|handful|\d+) (?:%|percent|of\b|in\b|among\b|(?:[\w-]+ )?(?:students|residents|interns|trainees|candidates|applicants|graduates|observers|sub-?interns|learners|physicians|clinicians|fellows))|tier|decile|quartile|quarter|third|fifth|tenth)|\b(?:the )?(?:single )?(?:best|strongest|finest|most (?:capable|talented|gifted|skilled|accomplished|impressive)) (?:of|in|among)\b(?! (?:luck|my|his|her|their|our|your|both|times|intentions|care|health|the season)\b)|\bbest (?:student|resident|intern|trainee|sub-?intern|clinician|observer|graduate|medical student)s? (?:i|we)\b|\bamong the (?:very )?(?:best|strongest|finest|top|most (?:capable|talented|gifted|skilled|accomplished|impressive)|brightest|ablest)\b|\bone of the (?:very )?(?:best|strongest|finest|brightest|top|most (?:capable|talented|gifted|skilled|accomplished|impressive))\b|\brank(?:ed|s|ing)? (?:him|her|them|this \w+)? ?(?:first|second|third|highest|at the (?:very )?top|in the top|among the|as (?:the|one of the)|number (?:one|1)|#1|\d+(?:st|nd|rd|th))\b|\b(?:first|second|third|\d+(?:st|nd|rd|th)) (?:out )?of (?:the |our |all |\d+ |(?:twenty|thirty|forty|fifty|sixty|a hundred) )|\b(?:in|into|at|among) the (?:very )?top (?:\d+|one|two|three|four|five|ten|twenty|few|handful)\b(?! (?:hours|days|weeks|months|years|minutes|list|tips|things|reasons|priorities)\b)|\bhead and shoulders above\b|\b(?:well |far |clearly )?above (?:all |most )?(?:of )?(?:his|her|their) (?:peers|classmates|cohort|colleagues)\b|\bbetter than (?:any|all|most|every) (?:of (?:the|my|our) )?(?:other )?(?:students?|residents?|interns?|trainees?|sub-?interns?|peers|classmates|observers?)\b|\boutperform(?:ed|s|ing)? (?:all|most|every|(?:his|her|their) (?:peers|classmates|colleagues))\b|\b(?:stands?|stood) out (?:among|from) (?:his|her|their|the|all|every)\b|\bthe (?:best|strongest|finest|brightest|most (?:capable|talented|gifted|skilled|accomplished|impressive)) (?:[\w-]+ )?(?:student|resident|intern|trainee|sub-?intern|observer|graduate|clinician)s? (?:i|we)(?:['’]ve| have| had)\b`;

/** The writer's yes to writing the letter, as it reads in their reply. */
const WRITER_YES = String.raw`\b(?:(?:happy|glad|delighted|pleased|honou?red) to (?:write|support|provide|do (?:it|this|that))|yes,? (?:i|of course|certainly|absolutely|sure)\b[^.?!\n]{0,40}\b(?:write|letter|support|recommend)|i (?:will|would|can|'ll|’ll) (?:gladly |happily |be (?:happy|glad) to )?write (?:you |a |the |your |one\b|it\b))`;

/**
 * The writer has already said yes: a thank-you, a reply, or a follow-up about the letter they agreed to write
 * (or the writer's yes quoted below, "> Yes, happy to write"). What a first request must contain no longer applies.
 */
const AGREED = String.raw`\bthank(?:s| you)(?: (?:so|very) much)?(?: again)?,? for (?:(?:so )?kindly )?(?:agreeing|offering|being willing|your willingness|saying yes|writing (?:(?:me |the |my )?(?:a |the )?(?:letter|recommendation|reference|lor)|on my behalf|back|this|it|one)|supporting my application|taking this on)(?! to (?:meet|talk|speak|chat|see me|a call|consider|think))|\bas you (?:so )?(?:kindly |generously )?(?:agreed|offered|said you would|mentioned you would)\b|\bfollow(?:ing)?[- ]up (?:on|about|regarding) (?:the |my )?(?:letter|recommendation|reference|lor)\b[^.?!\n]{0,40}\byou (?:kindly |generously )?(?:agreed|offered|said you would)|\byou (?:kindly |generously |graciously )?(?:agreed|offered) to (?:write|provide|submit|upload|send|support)`;

/** Every signal; a text's kind decides which are looked for. */
export const SIGNALS: readonly DocumentSignal[] = [
  { id: 'ranked', kinds: ['letter'], pattern: RANKING, silences: ['effort-only', 'faint-praise'] },
  {
    id: 'agreed',
    kinds: ['request'],
    pattern: `${AGREED}|^\\s*>.*${WRITER_YES}`,
    history: `${AGREED}|${WRITER_YES}`,
    silences: ['generic-ask', 'missing-in-request'],
  },
];
