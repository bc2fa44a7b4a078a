import { strongIn } from '../context';
import { toHint } from '../engine';
import { catalogPattern } from '../text-source';
import type { Hint, SpanRule } from '../types';
import { tokenize } from './features';
import { judgeRange, judgeSentence, type RangeVerdict, type SentenceModel } from './sentence-model';

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

// What a letter's sentence must hold for the model's verdict to stand (context-patterns.ts, MODEL_PATTERNS).
const APPLICANT = catalogPattern('modelApplicant');
const WARM = catalogPattern('modelWarm');
const CUES: Readonly<Record<string, () => RegExp>> = {
  hedge: catalogPattern('modelCueHedge'),
  'negated-negative': catalogPattern('modelCueNegatedNegative'),
  'presence-only': catalogPattern('modelCuePresence'),
  improvement: catalogPattern('modelCueImprovement'),
  personal: catalogPattern('modelCuePersonal'),
  'thin-contact': catalogPattern('modelCueThinContact'),
  'faint-praise': catalogPattern('modelCueFaintPraise'),
  'effort-only': catalogPattern('modelCueEffort'),
  backhanded: catalogPattern('modelCueBackhanded'),
  'weak-endorsement': catalogPattern('modelCueEndorsement'),
};
const ANTI_CUES: Readonly<Record<string, () => RegExp>> = {
  'thin-contact': catalogPattern('modelAntiThinContact'),
  'faint-praise': catalogPattern('modelAntiFaintPraise'),
  personal: catalogPattern('modelAntiPersonal'),
};
// In emails, only the categories a sentence shows in its own words need a cue (a wider gate cost recall; see README).
const EMAIL_CUES: Readonly<Record<string, () => RegExp>> = {
  'life-story': catalogPattern('modelCueLifeStory'),
  'no-waiver': catalogPattern('modelCueNoWaiver'),
  dictating: catalogPattern('modelCueDictating'),
  'any-position': catalogPattern('modelCueAnyPosition'),
  'too-frequent': catalogPattern('modelCueTooFrequent'),
};

const NOT_AN_ASK =
  /\b(?:thank(?:s| you)(?! in advance)|(?:don['’]t|do not) hesitate|i (?:completely |fully |totally |would )?understand (?:that |if )?you (?:may|might|are|were|have)|if you (?:are|were) (?:unable|not able|too busy))\b|\b(?:asked|requested) [\w .]{1,60}\b(?:but|and) (?:he|she|they) (?:refused|declined|said no)\b/i;

// Sentence ends for the model: . ! ? and line breaks (the model was trained on whole sentences, so ";" does not cut).
const END = /[.!?]+(?=\s|$)|\n/g;
const TITLE = /(?:^|\W)(?:dr|mr|mrs|ms|prof|st|vs|e\.g|i\.e|[a-z])$/i;

/** Where model hints go: the text, its model and rules, the offset of its first character, and the hints so far. */
interface Target {
  text: string;
  /** The text lower-cased, when that kept every offset; null when it did not (then tokens are read one by one). */
  lower: string | null;
  model: SentenceModel;
  rules: readonly SpanRule[];
  offset: number;
  out: Hint[];
  /** The rules' hints of this text are out[next, until), sorted by start; `next` moves on as sentences are read. */
  next: number;
  until: number;
}

/** Adds model hints for the sentences of `text` that hints from `from` on do not touch. */
export function modelSpans(
  text: string,
  model: SentenceModel,
  rules: readonly SpanRule[],
  offset: number,
  out: Hint[],
  from: number,
  lower = text.toLowerCase(),
): void {
  const same = lower.length === text.length ? lower : null;
  const target: Target = { text, lower: same, model, rules, offset, out, next: from, until: out.length };
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

/** A letter's sentence keeps the model's verdict when it is about the applicant, holds no strong or warm praise, has
 * a word of the category named and none that says the opposite. */
function letterVerdictStands(lower: string, category: string): boolean {
  const cue = CUES[category];
  const anti = ANTI_CUES[category];
  return (
    APPLICANT().test(lower) &&
    !strongIn(lower) &&
    !WARM().test(lower) &&
    (!cue || cue().test(lower)) &&
    !anti?.().test(lower)
  );
}

function read({ text, lower, model }: Target, start: number, end: number): RangeVerdict {
  if (lower) return judgeRange(model, lower, start, end);
  const tokens = tokenize(text, start, end);
  return {
    ...judgeSentence(model, tokens),
    words: tokens.length,
    first: tokens[0]?.start ?? start,
    last: tokens[tokens.length - 1]?.end ?? start,
  };
}

function judge(target: Target, start: number, end: number): void {
  const { text, model, rules, offset, out, until } = target;
  // Sentences come in order, so hints that end before this one can be passed for good.
  while (target.next < until && out[target.next].end - offset <= start) target.next++;
  for (let i = target.next; i < until && out[i].start - offset < end; i++) if (out[i].end - offset > start) return;
  // Quoted history is never underlined.
  if (/^\s*>/.test(text.slice(text.lastIndexOf('\n', start) + 1, start + 1))) return;
  // Thanks and offers of help are not asks, and an earlier ask told ("I asked X to write it but he refused") is not
  // this one: the model, trained on single sentences, has no way to see that.
  if (NOT_AN_ASK.test(text.slice(start, end))) return;
  const verdict = read(target, start, end);
  if (verdict.words < 3 || verdict.probability < model.threshold) return;
  const rule = rules.find((r) => r.id === CATEGORY_RULES[verdict.category]);
  if (!rule) return;
  const sentenceLower = text.slice(start, end).toLowerCase();
  // A letter's sentence that already praises in strong, specific words is not read as lukewarm.
  if (rule.kinds.includes('letter') && !letterVerdictStands(sentenceLower, verdict.category)) return;
  const emailCue = EMAIL_CUES[verdict.category];
  if (emailCue && !emailCue().test(sentenceLower)) return;
  const hint = toHint(rule, verdict.first + offset, verdict.last + offset);
  hint.learned = true;
  out.push(hint);
}
