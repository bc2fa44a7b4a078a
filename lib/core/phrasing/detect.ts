import type { Kind } from './types';

// Guesses whether a text is a letter, a request for a letter, or a cold outreach email,
// from a few markers in its first few thousand characters.

const ASK =
  /\b(?:would|could|can|will) you\b|\bwould it be possible\b|\bi was wondering\b|\bi am wondering\b|\bmay i\b|\bif you (?:would|could|feel|are)\b|\bi would (?:be (?:grateful|honou?red|thankful)|like to ask|appreciate)\b|\bi am writing to (?:ask|request|inquire|enquire)\b|\bkindly\b/i;
const LETTER_ASK =
  /\b(?:letters? of (?:recommendation|reference|support)|lors?|recommendation letter|reference letter|write (?:me )?a (?:strong )?(?:letter|recommendation))\b/i;
const OUTREACH =
  /\b(?:observerships?|externships?|shadow(?:ing)?|research (?:positions?|opportunit\w*|assistant|volunteer)|volunteer(?:ing)?|clinical experience|usce|your (?:lab|research|group|work|clinic|team)|opportunit(?:y|ies))\b/i;
const LETTER =
  /\b(?:(?:my|a) (?:great |distinct )?(?:pleasure|privilege|honou?r) to (?:recommend|write)|i have known|i (?:had|have had) the (?:pleasure|opportunity|privilege)|i supervised|(?:he|she|they) (?:was|were|is|are|has|had|rotated|joined|presented|worked)|(?:his|her|their) (?:clinical|fund|knowledge|performance|presentations|skills|work)|writing (?:this letter )?(?:on behalf of|in support of|to recommend)|i (?:strongly |highly |enthusiastically )?recommend)\b/gi;

/** Guesses the kind of a text; 'unknown' when it shows no clear marker. */
export function detectKind(text: string): Kind | 'unknown' {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  const ask = ASK.test(head);
  if (ask && LETTER_ASK.test(head)) return 'request';
  const letterMarks = head.match(LETTER)?.length ?? 0;
  if (ask && OUTREACH.test(head) && letterMarks < 3) return 'outreach';
  if (letterMarks >= 2 || (letterMarks === 1 && !ask)) return 'letter';
  return 'unknown';
}
