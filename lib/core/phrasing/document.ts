import { type CompiledRules, toHint } from './engine';
import type { Hint } from './types';

// The text as a whole: what it holds (words, rule requirements, sign-offs, signals, lexicon counts), summed over
// its paragraphs, and the whole-text hints and silenced categories that follow from it.

/**
 * What the whole-text checks need to know of a piece of text: its words, which rule requirements, sign-offs and
 * signals it holds (bit masks, one bit per document rule or signal), and the lexicon counts of `outweighs` rules.
 * A text's stats are the sum of its paragraphs' (see addStats), so paragraphs can be cached one by one.
 */
export interface DocumentStats {
  words: number;
  mask: number;
  ready: number;
  /** Document rules whose onlyWhen pattern the text holds. */
  only: number;
  signals: number;
  /** Per counted signal (minCount): its matches in the text. */
  signalCounts: number[];
  /** Two counts per document rule: heavy, light. */
  tallies: number[];
}

/** The stats of one piece of text (a paragraph, or the whole text); `lower` is the text lower-cased, if at hand. */
export function documentStats(text: string, rules: CompiledRules, lower = text.toLowerCase()): DocumentStats {
  const stats: DocumentStats = {
    words: countWords(text),
    mask: 0,
    ready: 0,
    only: 0,
    signals: 0,
    signalCounts: [],
    tallies: [],
  };
  // Patterns and lexicons are lower case; a case-sensitive scan of the lowered text is much faster than an /i one.
  // Checks and signals share patterns (the comparison check and the ranking signal read the same words, several
  // checks one "finished letter" pattern): each distinct pattern runs once.
  const seen = new Map<string, boolean>();
  const test = (re: RegExp): boolean => {
    const key = patternKey(re);
    let hit = seen.get(key);
    if (hit === undefined) {
      re.lastIndex = 0;
      hit = re.test(lower);
      seen.set(key, hit);
    }
    return hit;
  };
  rules.docRegexes.forEach((re, i) => {
    if (re && test(re)) stats.mask |= 1 << i;
  });
  rules.docReady.forEach((re, i) => {
    if (re && test(re)) stats.ready |= 1 << i;
  });
  rules.docOnly.forEach((re, i) => {
    if (re && test(re)) stats.only |= 1 << i;
  });
  rules.signals.forEach((signal, i) => {
    if (signal.minCount) stats.signalCounts[i] = countMatches(signal.re, lower);
    else if (test(signal.re)) stats.signals |= 1 << i;
  });
  rules.docTallies.forEach((re, i) => {
    let heavy = 0;
    let light = 0;
    if (re) {
      re.lastIndex = 0;
      for (let m = re.exec(lower); m; m = re.exec(lower)) {
        if (m[1] !== undefined) heavy++;
        else light++;
      }
    }
    stats.tallies[2 * i] = heavy;
    stats.tallies[2 * i + 1] = light;
  });
  return stats;
}

const PATTERN_KEYS = new WeakMap<RegExp, string>();

/** What a pattern matches, as a key: its source and flags (the m flag changes nothing in a pattern without anchors). Worked out once per regex. */
function patternKey(re: RegExp): string {
  let key = PATTERN_KEYS.get(re);
  if (key === undefined) {
    const anchored = /\$|(?<!\[)\^/.test(re.source);
    key = `${anchored ? re.flags : re.flags.replace('m', '')}/${re.source}`;
    PATTERN_KEYS.set(re, key);
  }
  return key;
}

/** The signals the conversation a text replies to carries (a bit per signal, as in DocumentStats.signals). */
export function historySignals(history: string | undefined, rules: CompiledRules): number {
  if (!history) return 0;
  const text = history.length > HISTORY_CHARS ? history.slice(0, HISTORY_CHARS) : history;
  let bits = 0;
  rules.signals.forEach((signal, i) => {
    if (signal.history?.test(text)) bits |= 1 << i;
  });
  return bits;
}

/** How much of the quoted history is read: the latest messages come first. */
const HISTORY_CHARS = 20_000;

/** Stats with nothing in them, to add paragraphs to. */
export function emptyStats(): DocumentStats {
  return { words: 0, mask: 0, ready: 0, only: 0, signals: 0, signalCounts: [], tallies: [] };
}

/** Adds one paragraph's stats into a running total. */
export function addStats(total: DocumentStats, part: DocumentStats): void {
  total.words += part.words;
  total.mask |= part.mask;
  total.ready |= part.ready;
  total.only |= part.only;
  total.signals |= part.signals;
  part.signalCounts.forEach((n, i) => {
    total.signalCounts[i] = (total.signalCounts[i] ?? 0) + n;
  });
  part.tallies.forEach((n, i) => {
    total.tallies[i] = (total.tallies[i] ?? 0) + n;
  });
}

const QUOTED = /^[ \t]*>/m;

/** Drops span hints that sit in quoted history (lines starting with ">"): those words are not the user's. */
export function dropQuoted(text: string, hints: Hint[]): Hint[] {
  if (!QUOTED.test(text)) return hints;
  return hints.filter((h) => !QUOTED.test(text.slice(text.lastIndexOf('\n', h.start) + 1, h.start + 1)));
}

/** The categories the text's signals silence (e.g. effort words in a letter that ranks the applicant), or null. */
export function silencedCategories(rules: CompiledRules, stats: DocumentStats): Set<string> | null {
  let out: Set<string> | null = null;
  rules.signals.forEach((signal, i) => {
    const on = signal.minCount ? (stats.signalCounts[i] ?? 0) >= signal.minCount : (stats.signals & (1 << i)) !== 0;
    if (!on) return;
    out ??= new Set<string>();
    for (const c of signal.silences) out.add(c);
  });
  return out;
}

/** True when a signal of the text silences this hint: its category, or any learned hint. */
export function silenced(hint: Hint, quiet: Set<string>): boolean {
  return quiet.has(hint.category) || (hint.learned === true && quiet.has('learned'));
}

// Matches of a global regex in a text.
function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

// The characters that separate words: tab, line feed, carriage return, space and no-break space.
const SPACE = new Uint8Array(161);
for (const c of [9, 10, 13, 32, 160]) SPACE[c] = 1;

/** Counts words (runs of non-space characters). */
export function countWords(text: string): number {
  let n = 0;
  let afterSpace = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c < 161 ? SPACE[c] : 0;
    // A table and no branch per character: this runs over every character of the text.
    n += afterSpace & (space ^ 1);
    afterSpace = space;
  }
  return n;
}

/** Document hints from the stats of the whole text, minus the categories its signals silence. */
export function documentHints(rules: CompiledRules, stats: DocumentStats): Hint[] {
  const out: Hint[] = [];
  const quiet = silencedCategories(rules, stats);
  rules.docRules.forEach((rule, i) => {
    if (quiet?.has(rule.category)) return;
    const ready = rule.readyWhen;
    if (ready && stats.words < ready.words && (stats.ready & (1 << i)) === 0) return;
    if (rules.docOnly[i] && (stats.only & (1 << i)) === 0) return;
    const missing = rules.docRegexes[i] !== null && (stats.mask & (1 << i)) === 0;
    const tooLong = rule.maxWords !== undefined && stats.words > rule.maxWords;
    const tooShort = rule.minWords !== undefined && stats.words < rule.minWords;
    const heavy = stats.tallies[2 * i] ?? 0;
    const outweighed =
      rule.outweighs !== undefined && heavy >= rule.outweighs.min && heavy > (stats.tallies[2 * i + 1] ?? 0);
    if (missing || tooLong || tooShort || outweighed) out.push(toHint(rule, 0, 0));
  });
  return out;
}
