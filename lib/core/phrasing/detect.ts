import { patternSource } from './text-source';
import type { Kind } from './types';

// Guesses whether a text is a letter, a request for a letter, or a cold outreach email, from what the text does
// (in its first few thousand characters):
// - a letter speaks about the applicant in the third person ("she presented", "Dr. Osei joined our service");
// - a request asks someone who knows the applicant for a letter ("you supervised me", "write me a letter"),
//   or thanks them for agreeing to write one;
// - a cold email introduces the writer to a stranger and asks for a position (an observership, research, a
//   chance to shadow), with no shared history.

// The marks are named catalog patterns (patterns.ts), compiled again only when their source changes.
const compiled = new Map<string, { source: string; re: RegExp }>();
function mark(name: string, flags = 'i'): RegExp {
  const source = patternSource(name);
  const key = `${flags} ${name}`;
  let entry = compiled.get(key);
  if (!entry || entry.source !== source) {
    // Without a catalog a mark matches nothing (an empty source would match everything).
    entry = { source, re: new RegExp(source || '(?!)', flags) };
    compiled.set(key, entry);
  }
  return entry.re;
}

/**
 * Guesses the kind of a text; 'unknown' when it shows no clear marker. A text that shows none but replies to a
 * conversation in which the writer agreed to write the letter (`history`) belongs to the request.
 */
export function detectKind(text: string, history?: string): Kind | 'unknown' {
  const kind = fromText(text);
  if (kind === 'unknown' && history && mark('agreedHistory', 'im').test(history.slice(0, 20_000))) return 'request';
  return kind;
}

function fromText(text: string): Kind | 'unknown' {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  const letterMarks = head.match(mark('kindLetter', 'gi'))?.length ?? 0;
  const voice = mark('kindVoice').test(head);
  // A letter talks about the applicant throughout; the applicant's own voice ("my CV") is not in it.
  if (letterMarks >= 3 && !voice) return 'letter';
  // A writer may introduce themself ("My name is Dr. Khan and I direct the NICU"); four marks of the applicant in
  // the third person still make a letter.
  if (letterMarks >= 4) return 'letter';
  const ask = mark('kindAsk').test(head);
  const known = mark('kindKnown').test(head);
  const position = mark('kindPosition').test(head);
  const stranger = mark('kindStranger').test(head);
  if (mark('kindAgreed').test(head)) return 'request';
  if (mark('kindLetterAsk').test(head) && (ask || known)) {
    // A cold email may mention the letter it hopes to earn; without a shared history it is still a cold email.
    return position && !known && (stranger || voice) ? 'outreach' : 'request';
  }
  // A letter that names the internship or position it supports still speaks of the applicant, not as them.
  const letterish = letterMarks >= 2 && !voice;
  if (position && (ask || voice || stranger) && !known && !letterish) return 'outreach';
  if (stranger && voice) return 'outreach';
  if (letterMarks >= 2 || (letterMarks === 1 && !ask && !voice)) return 'letter';
  return 'unknown';
}
