import { toHint } from '../engine';
import type { Hint, SpanRule } from '../types';
import { tokenize } from './features';
import { judgeSentence, type SentenceModel } from './sentence-model';

// Where the sentence model's verdicts become hints: each sentence no rule has already flagged is read whole, and
// when the model finds it weak the whole sentence gets the hint of the rule that owns the category (the judgment is
// about the sentence, so the underline is too).

/** The rule whose words explain each category the model can give, per kind of text. */
export const CATEGORY_RULES: Readonly<Record<string, string>> = {
  // letters
  'faint-praise': 'letter-lukewarm',
  'effort-only': 'letter-grindstone',
  'weak-endorsement': 'letter-minimal-endorsement',
  hedge: 'letter-hedged-knowledge',
  backhanded: 'letter-backhanded',
  personal: 'letter-personal',
  'presence-only': 'letter-presence',
  'negated-negative': 'letter-negated-negative',
  improvement: 'letter-improvement',
  'thin-contact': 'letter-thin-remote',
  // requests
  casual: 'request-casual',
  dictating: 'request-dictating',
  'minimal-ask': 'request-minimal-ask',
  'no-waiver': 'request-not-waive',
  pressure: 'request-too-late',
  'self-undermining': 'request-self-undermining',
  'self-written': 'request-self-written',
  // cold emails
  'any-position': 'outreach-any-position',
  'attachment-dump': 'outreach-attachments',
  begging: 'outreach-begging',
  'life-story': 'outreach-life-story',
  'mass-mailing': 'outreach-mass-mailing',
  'reply-deadline': 'outreach-reply-deadline',
  'too-frequent': 'outreach-follow-up-pressure',
};

const NOT_AN_ASK =
  /\b(?:thank(?:s| you)(?! in advance)|(?:don['’]t|do not) hesitate)\b|\b(?:asked|requested) [\w .]{1,60}\b(?:but|and) (?:he|she|they) (?:refused|declined|said no)\b/i;

// Sentence ends for the model: . ! ? and line breaks (the model was trained on whole sentences, so ";" does not cut).
const END = /[.!?]+(?=\s|$)|\n/g;
const TITLE = /(?:^|\W)(?:dr|mr|mrs|ms|prof|st|vs|e\.g|i\.e|[a-z])$/i;

/** Where model hints go: the text, its model and rules, the offset of its first character, and the hints so far. */
interface Target {
  text: string;
  model: SentenceModel;
  rules: readonly SpanRule[];
  offset: number;
  out: Hint[];
  /** Hints from this index on belong to this text (the rules' own, found just before). */
  from: number;
}

/** Adds model hints for the sentences of `text` that hints from `from` on do not touch. */
export function modelSpans(
  text: string,
  model: SentenceModel,
  rules: readonly SpanRule[],
  offset: number,
  out: Hint[],
  from: number,
): void {
  const target: Target = { text, model, rules, offset, out, from };
  let start = 0;
  END.lastIndex = 0;
  for (;;) {
    const m = END.exec(text);
    // "Dr. Ray", "e.g. a letter": a title or an abbreviation does not end the sentence.
    if (m && m[0] === '.' && TITLE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    const end = m ? m.index + m[0].length : text.length;
    if (end > start) judge(target, start, end);
    if (!m) return;
    start = end;
  }
}

function judge({ text, model, rules, offset, out, from }: Target, start: number, end: number): void {
  for (let i = from; i < out.length; i++) if (out[i].start - offset < end && out[i].end - offset > start) return;
  // Quoted history is never underlined.
  if (/^\s*>/.test(text.slice(text.lastIndexOf('\n', start) + 1, start + 1))) return;
  // Thanks and offers of help are not asks, and an earlier ask told ("I asked X to write it but he refused") is not
  // this one: the model, trained on single sentences, has no way to see that.
  if (NOT_AN_ASK.test(text.slice(start, end))) return;
  const tokens = tokenize(text, start, end);
  if (tokens.length < 3) return;
  const verdict = judgeSentence(model, tokens);
  if (verdict.probability < model.threshold) return;
  const rule = rules.find((r) => r.id === CATEGORY_RULES[verdict.category]);
  if (!rule) return;
  const hint = toHint(rule, tokens[0].start + offset, tokens[tokens.length - 1].end + offset);
  hint.learned = true;
  out.push(hint);
}
