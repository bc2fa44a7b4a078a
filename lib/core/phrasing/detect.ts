import { SIGNALS } from './signals';
import type { Kind } from './types';

// Guesses whether a text is a letter, a request for a letter, or a cold outreach email, from what the text does
// (in its first few thousand characters):
// - a letter speaks about the applicant in the third person ("she presented", "Dr. Osei joined our service");
// - a request asks someone who knows the applicant for a letter ("you supervised me", "write me a letter"),
//   or thanks them for agreeing to write one;
// - a cold email introduces the writer to a stranger and asks for a position (an observership, research, a
//   chance to shadow), with no shared history.

const ASK =
  /\b(?:would|could|can|will|do|does) you\b|\bwould it be possible\b|\bis (?:there|it) (?:any )?(?:possib\w*|chance|way)\b|\bi was wondering\b|\bi am wondering\b|\bmay i\b|\bif you (?:would|could|feel|are)\b|\bi would (?:be (?:grateful|honou?red|thankful|delighted)|like to ask|love to|appreciate)\b|\bi am writing to (?:ask|request|inquire|enquire|express)\b|\bkindly\b|\bplease let me know\b/i;
const LETTER_ASK =
  /\b(?:letters? of (?:recommendation|reference|support)|lors?|slors?|recommendation letters?|reference letters?|(?<!(?:your|for) )(?:a |the |my )?references?\b(?! (?:to|on request|available|upon))|letter writers?|write (?:me )?(?:a |the |my )?(?:strong |supportive |short )?(?:letter|recommendation|reference)|(?:writing|provide|send|upload|submit) (?:me )?(?:a |the |my )?(?:strong )?(?:letter|recommendation))\b/i;
// A shared history with the recipient: they supervised, taught or worked with the applicant.
const KNOWN =
  /\byou (?:supervised|taught|mentored|precepted|trained|worked with|oversaw)\b|\b(?:rotated|worked|trained|was) (?:on|in|at|with) (?:your|you)\b|\b(?:with|under) you (?:on|in|at|during|last)\b|\byour (?:sub-?intern|intern|student|observer|resident|mentee|research assistant)\b|\bmentoring me\b|\bworking with you\b|\bit(?:'|’)?s \w+ from (?:your|the)\b|\byou may (?:remember|recall) me\b|\b(?:my|the|our|did|completed|finished|during) (?:(?:my|the|an?) )?(?:[\w-]+ )?(?:rotation|clerkship|elective|externship|observership|fellowship|sub-?internship|time|year|research (?:\w+ )?(?:elective|fellowship|year|project)) (?:with you|under you|on your|in your|at your)\b|\bthank(?:s| you)(?: (?:so|very) much)?(?: again)? for (?:supervising|mentoring|teaching|precepting|having) me\b|\bthank(?:s| you)(?: (?:so|very) much)?(?: again)? for (?:supervising|mentoring) my\b/i;
// A thank-you or a follow-up after the writer agreed: still the letter conversation.
const AGREED =
  /\bthank(?:s| you)(?: (?:so|very) much)?(?: again)?,? for (?:kindly )?(?:agreeing to (?:write|be|provide|support|serve)|writing (?:me |my |the )?(?:a |the )?(?:letter|recommendation|reference))|\b(?:the|my) (?:letter|recommendation|reference)(?: of recommendation)? (?:that )?you (?:kindly |generously )?(?:agreed|offered) to\b|\bas you (?:kindly |generously )?agreed\b/i;
const POSITION =
  /\b(?:observerships?|externships?|shadow(?:ing)?|research (?:positions?|opportunit\w*|assistant(?:ship)?|volunteer\w*|projects?|fellowships?|roles?)|volunteer(?:ing)? (?:position|role|opportunit\w*)|clinical (?:experience|exposure|attachment|rotation|elective)s?|hands-on|usce|electives?|any (?:position|opening|opportunit\w*|role)|open (?:positions?|spots?)|(?:opportunity|chance) to (?:observe|shadow|work|join|learn|volunteer|contribute|assist)|join(?:ing)? your (?:[\w-]+ ){0,2}(?:group|lab|team|department|unit|clinic)|as an? (?:volunteer|observer|research assistant|extern|research intern))\b/i;
// The writer introducing themself to someone who does not know them.
const VOICE =
  /\bmy name is\b|\bi am (?:a |an )?(?:recent |young |foreign |international |\w+ )?(?:medical |mbbs |md )?(?:graduate|img|fmg|physician|doctor|mbbs)\b|\bi(?:'|’)m (?:a |an )?(?:recent |foreign |international )?(?:medical )?(?:graduate|img|fmg|physician|doctor)\b|\bi (?:recently )?graduated\b|\b(?:international|foreign) medical graduate\b|\bimgs?\b|\bmy (?:cv|resume|résumé|personal statement)\b|\b(?:cv|resume|résumé) (?:is )?attached\b|\bi am applying\b/i;
const STRANGER =
  /\balthough we have not met\b|\bwe have (?:not|never) met\b|\bi came across\b|\bi (?:recently )?read your\b|\byour (?:recent )?(?:paper|article|publication|study|work) on\b|\byour (?:esteemed|renowned|prestigious|reputed)\b|\bto whom it may concern\b|\bthis email finds you well\b|\brespected (?:sir|madam|dr)\b/i;
const LETTER =
  /\b(?:(?:my|a) (?:great |distinct )?(?:pleasure|privilege|honou?r) to (?:recommend|write)|it is with (?:great |much )?(?:enthusiasm|pleasure) that i|i have known|i (?:had|have had) the (?:pleasure|opportunity|privilege)|i supervised|(?:he|she|they) (?:was|were|is|are|has|had|rotated|joined|presented|worked|completed|spent|showed|managed|came|took|impressed|quickly|consistently|always|saw|wrote|led|handled|examined|admitted|cared|earned|stood|remained|demonstrated|developed|became|proved|carried|made)|(?:his|her|their) (?:clinical|fund|knowledge|performance|presentations|skills|work|history|notes|differentials?|reasoning|patients|application|candidacy)|writing (?:this letter )?(?:on behalf of|in support of|to recommend)|this letter is (?:in support of|written on behalf of|to recommend)|the applicant|i (?:strongly |highly |enthusiastically )?recommend|(?:dr|mr|ms|mrs|miss)\.? [a-z]+(?: [a-z]+)? (?:rotated|worked|joined|completed|presented|spent|came|served|performed|demonstrated|showed|impressed))\b/gi;

const REPLY_TO_YES = new RegExp(SIGNALS.find((s) => s.id === 'agreed')?.history ?? '$^', 'im');

/**
 * Guesses the kind of a text; 'unknown' when it shows no clear marker. A text that shows none but replies to a
 * conversation in which the writer agreed to write the letter (`history`) belongs to the request.
 */
export function detectKind(text: string, history?: string): Kind | 'unknown' {
  const kind = fromText(text);
  if (kind === 'unknown' && history && REPLY_TO_YES.test(history.slice(0, 20_000))) return 'request';
  return kind;
}

function fromText(text: string): Kind | 'unknown' {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  const letterMarks = head.match(LETTER)?.length ?? 0;
  const voice = VOICE.test(head);
  // A letter talks about the applicant throughout; the applicant's own voice ("my CV") is not in it.
  if (letterMarks >= 3 && !voice) return 'letter';
  const ask = ASK.test(head);
  const known = KNOWN.test(head);
  const position = POSITION.test(head);
  const stranger = STRANGER.test(head);
  if (AGREED.test(head)) return 'request';
  if (LETTER_ASK.test(head) && (ask || known)) {
    // A cold email may mention the letter it hopes to earn; without a shared history it is still a cold email.
    return position && !known && (stranger || voice) ? 'outreach' : 'request';
  }
  if (position && (ask || voice || stranger) && !known) return 'outreach';
  if (stranger && voice) return 'outreach';
  if (letterMarks >= 2 || (letterMarks === 1 && !ask && !voice)) return 'letter';
  return 'unknown';
}
