import { negated, sentenceFinder } from './context';
import { modelSpans } from './model/apply';
import { parseModel, type SentenceModel } from './model/sentence-model';
import { SIGNALS } from './signals';
import { lexiconPattern, modelSource, patternSource, ruleHeads } from './text-source';
import type { CategoryId, CustomPhrase, DocumentRule, Hint, Kind, MatchContext, Rule, SpanRule } from './types';

// The rule set for one (kind, disabled rules, custom phrases) combination, compiled once. The scan visits the text's
// word starts and tries, at each, only the rules whose pattern can begin with that word (heads.ts reads the first
// words off each pattern): most words start no rule, so most of the text costs one lookup per word.

/** Which rules run: one kind, or every span rule when the kind is unknown. */
export type KindMode = Kind | 'unknown';

/** A rule set compiled for one kind and one set of options. */
export interface CompiledRules {
  spanRules: SpanRule[];
  /** Which span rules can start at a word (indexes into spanRules, in order), by word. */
  byWord: WordIndex;
  /** Each rule's sticky regex, by flags ('' and 'i' for span rules, 'iu' for the user's phrases). */
  sticky: Map<string, RegExp[]>;
  /** User phrases: a separate regex, since a phrase may start or end with any character. */
  customRegex: RegExp | null;
  customRules: SpanRule[];
  docRules: DocumentRule[];
  docRegexes: (RegExp | null)[];
  /** Per document rule: what makes the text look finished enough to judge (a sign-off), if anything. */
  docReady: (RegExp | null)[];
  /** Per document rule: what the text must hold for the rule to judge it at all (onlyWhen), if anything. */
  docOnly: (RegExp | null)[];
  /** Per document rule with `outweighs`: one global regex whose group 1 counts heavy words and group 2 light ones. */
  docTallies: (RegExp | null)[];
  /** The document signals looked for in this kind of text, and what each silences. */
  signals: { re: RegExp; history: RegExp | null; silences: readonly (CategoryId | 'learned')[]; minCount: number }[];
  /** The sentence model for this kind (model/), or null when the kind is unknown or the catalog lacks it. */
  model: SentenceModel | null;
  /** The rules the model may speak for: none of a category the user turned a rule of off. */
  modelRules: SpanRule[];
}

/** The span rules by first word (see heads.ts), and what was already worked out for words seen. */
export interface WordIndex {
  heads: (RuleHeads | null)[];
  /** By a hash of the word (hashWord): the word, its rules, and what must follow it for each. */
  seen: Map<number, Candidates>;
}

/** A rule's possible first words (heads.ts), read from the catalog. */
interface RuleHeads {
  words: Set<string>;
  prefixes: string[];
  follow: Map<string, Follow>;
}

/** What must follow a first word after one space: one of these words (by hash), or a word with one of these starts. */
interface Follow {
  words: Set<number>;
  starts: string[];
}

/** The rules to try at one word, in order; a rule with `starts` only where the next word begins with one of them. */
interface Tries {
  rules: number[];
  starts: (string[] | undefined)[];
}

/** A word's rules, and the rules left to try by the next word (its hash; -1 when no word follows after one space). */
interface Candidates {
  word: string;
  rules: number[];
  follow: (Follow | undefined)[];
  /** Every rule, as if no next word were known (on text that is not lower case, where starts are not compared). */
  all: Tries;
  /** Whether some rule wants a certain next word. */
  picky: boolean;
  byNext: Map<number, Tries>;
}

/** Escapes a literal for use inside a regex. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Drop lone surrogates and collapse spaces so a user phrase can never split a code point.
function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .trim()
    .replace(/\s+/g, ' ');
}

function customRule(p: CustomPhrase, i: number): SpanRule | null {
  const phrase = cleanPhrase(p.phrase ?? '');
  if (!phrase || phrase.length > 200) return null;
  const words = phrase.split(' ').map(escapeRegex).join('\\s+');
  // Word boundaries only where the phrase starts or ends with a word character.
  const head = /^\w/.test(phrase) ? '\\b' : '';
  const tail = /\w$/.test(phrase) ? '\\b' : '';
  return {
    id: `custom-${i}`,
    category: 'custom',
    kinds: ['letter', 'request', 'outreach'],
    severity: 'warning',
    scope: 'span',
    title: phrase,
    explanation: `You listed "${phrase}" as a phrase to avoid.`,
    suggestion: p.suggestion?.trim() || 'Replace it with a specific observation, a comparison or a ranking.',
    pattern: `${head}${words}${tail}`,
    keepNegated: true,
  };
}

/** Compiles the rules that apply to a kind, minus the disabled ones, plus the user's phrases. */
export function compileRules(
  all: readonly Rule[],
  mode: KindMode,
  disabled: readonly string[] = [],
  custom: readonly CustomPhrase[] = [],
  byWord = true,
): CompiledRules {
  const off = new Set(disabled);
  const applies = (r: Rule) => !off.has(r.id) && (mode === 'unknown' ? r.scope === 'span' : r.kinds.includes(mode));
  // A lexicon rule has no pattern until the catalog is installed; it cannot match anything then.
  const spanRules = all.filter((r): r is SpanRule => r.scope === 'span' && applies(r) && r.pattern !== '');
  const customRules = off.has('custom') ? [] : custom.map(customRule).filter((r): r is SpanRule => r !== null);
  const docRules = all.filter((r): r is DocumentRule => r.scope === 'document' && applies(r));
  // Turning off "satisfactory" turns off the model's faint-praise verdicts too: the user said not to hear of it.
  const quiet = new Set(all.filter((r) => off.has(r.id)).map((r) => r.category));
  return {
    modelRules: spanRules.filter((r) => !quiet.has(r.category)),
    spanRules,
    // Without the index (tests compare), every rule is tried at every word.
    byWord: { heads: spanRules.map((r) => (byWord ? parseHeads(ruleHeads(r.id)) : null)), seen: new Map() },
    sticky: new Map(),
    customRegex: customRules.length ? new RegExp(customRules.map((r) => `(${r.pattern})`).join('|'), 'giu') : null,
    customRules,
    docRules,
    // The whole-text patterns are lower case and run on the lowered text: a case-sensitive scan is much faster.
    docRegexes: docRules.map((r) => regex(r.requires ?? named(r.requiresPattern), '')),
    docReady: docRules.map((r) => regex(named(r.readyWhen?.pattern), 'm')),
    docOnly: docRules.map((r) => regex(named(r.onlyWhen), 'm')),
    docTallies: docRules.map((r) => tallies(r)),
    // A signal whose pattern is missing (no catalog installed) is left out rather than matching everything.
    signals:
      mode === 'unknown'
        ? []
        : SIGNALS.filter((s) => s.kinds.includes(mode) && named(s.pattern)).map((s) => ({
            re: new RegExp(named(s.pattern) as string, s.minCount ? 'gm' : 'm'),
            history: regex(named(s.history), 'im'),
            silences: s.silences,
            minCount: s.minCount ?? 0,
          })),
    model: mode === 'unknown' ? null : modelFor(mode),
  };
}

// Parsed models by catalog string: parsing reads a few thousand weights, once per model the catalog holds.
const models = new Map<string, SentenceModel | null>();

function modelFor(kind: Kind): SentenceModel | null {
  const source = modelSource(kind);
  let model = models.get(source);
  if (model === undefined) {
    model = source ? parseModel(source) : null;
    models.set(source, model);
  }
  return model;
}

// A rule's first words as the catalog lists them (heads.ts headsText); null, any word, when it has none.
function parseHeads(text: string): RuleHeads | null {
  const heads: RuleHeads = { words: new Set(), prefixes: [], follow: new Map() };
  for (const w of text.split(' ')) {
    if (w === '' || w === '*') return null;
    const [first, seconds] = w.split('+');
    if (seconds !== undefined) {
      const f: Follow = { words: new Set(), starts: [] };
      for (const next of seconds.split(',')) {
        if (next.endsWith('*')) f.starts.push(next.slice(0, -1));
        else f.words.add(hashWord(next, 0, next.length));
      }
      heads.follow.set(first, f);
    } else if (w.endsWith('*')) heads.prefixes.push(w.slice(0, -1));
    else heads.words.add(w);
  }
  return heads;
}

// A catalog pattern's source, or undefined when it is not named or the catalog does not have it.
function named(name: string | undefined): string | undefined {
  return name ? patternSource(name) || undefined : undefined;
}

// Regexes by source and flags, so rules that share a pattern share one regex (and one test per text).
const compiled = new Map<string, RegExp>();

function regex(source: string | undefined, flags: string): RegExp | null {
  if (!source) return null;
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    compiled.set(key, re);
  }
  return re;
}

// The counting regex of an `outweighs` rule: one pass, group 1 a heavy word, group 2 a light one; none while the
// catalog (which holds the lexicons) is missing.
function tallies(rule: DocumentRule): RegExp | null {
  if (!rule.outweighs) return null;
  const heavy = lexiconPattern(rule.outweighs.heavy);
  const light = lexiconPattern(rule.outweighs.light);
  if (!heavy || !light) return null;
  return new RegExp(`\\b(?=[a-z])(?:(${heavy})|(${light}))\\b`, 'g');
}

/**
 * Finds span hints in `text`, adding `offset` to every position (`lower`: the text lower-cased, if at hand;
 * `useModel`: false when the text silences the sentence model's hints anyway).
 */
export function findSpans(
  text: string,
  rules: CompiledRules,
  offset: number,
  out: Hint[],
  lower = text.toLowerCase(),
  useModel = true,
): void {
  if (text.length === 0) return;
  // Lower-casing keeps offsets unless a character changes length (e.g. "İ"); then match case-insensitively.
  const same = lower.length === text.length;
  const subject = same ? lower : text;
  const before = out.length;
  const state: ScanState = { text: subject, original: text, offset, out, ...scanContext(subject, same) };
  const flags = same ? '' : 'i';
  scanWords(state, rules.spanRules, stickyRegexes(rules.sticky, rules.spanRules, flags), rules.byWord, same);
  if (rules.customRegex) {
    const sticky = stickyRegexes(rules.sticky, rules.customRules, 'iu');
    scanCustom(state, rules.customRegex, rules.customRules, sticky);
    if (out.length > before) sortFrom(out, before);
  }
  // Whole sentences no rule flagged, read by the sentence model.
  if (rules.model && useModel) {
    const found = out.length;
    modelSpans(text, rules.model, rules.modelRules, offset, out, before, lower);
    if (out.length > found) sortFrom(out, before);
  }
}

/**
 * The sentence model's hints for `text` (offset 0), given the rules' hints already found in it (sorted): for an
 * analyzer that runs the model only when the rest of the text does not silence it.
 */
export function findModelSpans(text: string, rules: CompiledRules, ruleHints: readonly Hint[], lower: string): Hint[] {
  if (!rules.model) return [];
  const out = [...ruleHints];
  modelSpans(text, rules.model, rules.modelRules, 0, out, 0, lower);
  return out.slice(ruleHints.length);
}

function sortFrom(out: Hint[], from: number): void {
  const tail = out.splice(from).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const h of tail) out.push(h);
}

/** What a scan of one text carries from match to match. */
interface ScanState {
  /** The text the patterns run on (lower case unless lowering would move offsets). */
  text: string;
  original: string;
  offset: number;
  out: Hint[];
  ctx: MatchContext;
  sentence: (start: number, end: number) => [number, number];
  /** The last word read (readWord): where it starts and ends, and its hash. */
  word: { start: number; end: number; hash: number };
}

function scanContext(text: string, lower: boolean): Pick<ScanState, 'ctx' | 'sentence' | 'word'> {
  // Every field from the start, so the helpers always see one object shape.
  const ctx: MatchContext = {
    text,
    start: 0,
    end: 0,
    sentenceStart: 0,
    sentenceEnd: 0,
    lower,
    memo: undefined,
    para: undefined,
  };
  return { ctx, sentence: sentenceFinder(text), word: { start: -1, end: -1, hash: 0 } };
}

// By character code: 1 for a word character of \b (ASCII letters, digits, "_"), 2 more for one a rule may start
// with on lower-cased text (a-z, 0-9), 4 more for one it may start with otherwise (A-Z too). A table read per
// character is cheaper than the comparisons.
const CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const lower = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  const upper = c >= 65 && c <= 90;
  CHARS[c] = (lower || upper || c === 95 ? 1 : 0) | (lower ? 6 : 0) | (upper ? 4 : 0);
}
const isWord = (c: number) => c < 128 && (CHARS[c] & 1) === 1;
const opensWord = (c: number, lower: boolean) => c < 128 && (CHARS[c] & (lower ? 2 : 4)) !== 0;

/**
 * Tries the rules at every word start, in order, as one regex of all of them would: at each word the first rule
 * that matches and passes its checks gives a hint and the scan goes on from its end; a rejected match lets the
 * later rules try the same place.
 */
function scanWords(s: ScanState, rules: SpanRule[], sticky: RegExp[], index: WordIndex, lower: boolean): void {
  const { text } = s;
  let from = 0;
  for (let p = 0; p < text.length; ) {
    if (!opensWord(text.charCodeAt(p), lower) || (p > 0 && isWord(text.charCodeAt(p - 1)))) {
      p++;
      continue;
    }
    const word = readWord(s, p);
    const q = word.end;
    if (p >= from) {
      const c = candidates(index, text, p, q, word.hash);
      // On text that is not lower case the next word is not checked (its starts are compared as written).
      const tries = lower && c.picky ? triesFor(c, nextWord(s, q)) : c.all;
      const stop = hintAt(s, rules, sticky, tries, p, q);
      if (stop > 0) from = stop;
    }
    p = Math.max(q, from);
  }
}

/** The word (run of word characters) starting at `p`, with its hash; the last one read is kept. */
function readWord(s: ScanState, p: number): ScanState['word'] {
  const { word, text } = s;
  if (word.start !== p) {
    let q = p;
    let hash = 0;
    for (let c = text.charCodeAt(q); isWord(c); c = text.charCodeAt(++q))
      hash = (Math.imul(hash, 31) + (c | 32)) & 0x3fffffff;
    word.start = p;
    word.end = q;
    word.hash = hash;
  }
  return word;
}

/** A hash of text[p, q) in lower case (ASCII letters folded), as readWord makes it. */
function hashWord(text: string, p: number, q: number): number {
  let hash = 0;
  for (let i = p; i < q; i++) hash = (Math.imul(hash, 31) + (text.charCodeAt(i) | 32)) & 0x3fffffff;
  return hash;
}

/** The rules that may start at the word text[p, q), in order (worked out once per word). */
function candidates(index: WordIndex, text: string, p: number, q: number, hash: number): Candidates {
  const known = index.seen.get(hash);
  if (known && known.word.length === q - p && text.startsWith(known.word, p)) return known;
  const word = text.slice(p, q).toLowerCase();
  const found: Candidates = {
    word,
    rules: [],
    follow: [],
    all: { rules: [], starts: [] },
    picky: false,
    byNext: new Map(),
  };
  index.heads.forEach((h, k) => {
    const free = !h || h.words.has(word) || h.prefixes.some((pre) => word.startsWith(pre));
    const follow = free ? undefined : h.follow.get(word);
    if (free || follow) {
      found.rules.push(k);
      found.follow.push(follow);
      found.picky ||= follow !== undefined;
    }
  });
  found.all = { rules: found.rules, starts: found.rules.map(() => undefined) };
  if (index.seen.size > 10_000) index.seen.clear();
  // A word that shares its hash with another, or comes in capitals, is worked out again each time.
  if (!known) index.seen.set(hash, found);
  return found;
}

/** The hash of the word after text[q] (one space, then a word), or -1 when no word follows so. */
function nextWord(s: ScanState, q: number): number {
  const { text } = s;
  if (text.charCodeAt(q) !== 32 || !isWord(text.charCodeAt(q + 1))) return -1;
  return readWord(s, q + 1).hash;
}

/** The rules of a word left to try before a next word (by hash), worked out once per pair. */
function triesFor(c: Candidates, next: number): Tries {
  let tries = c.byNext.get(next);
  if (!tries) {
    tries = { rules: [], starts: [] };
    for (let i = 0; i < c.rules.length; i++) {
      const f = c.follow[i];
      // A rule that wants certain next words stays if this is one of them, or (to be checked) begins like one.
      const sure = !f || (next >= 0 && f.words.has(next));
      if (!sure && (next < 0 || !f?.starts.length)) continue;
      tries.rules.push(c.rules[i]);
      tries.starts.push(sure ? undefined : f?.starts);
    }
    // A common word meets many next words: keep the memory bounded.
    if (c.byNext.size > 200) c.byNext.clear();
    c.byNext.set(next, tries);
  }
  return tries;
}

/** The user's phrases: one regex of all of them, whose earliest match is tried as scanWords tries a word. */
function scanCustom(s: ScanState, re: RegExp, rules: SpanRule[], sticky: RegExp[]): void {
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(s.text);
    if (!m) return;
    const order: number[] = [];
    for (let k = groupOf(m) - 1; k < rules.length; k++) order.push(k);
    const stop = hintAt(s, rules, sticky, { rules: order, starts: [] }, m.index, 0);
    from = stop > 0 ? stop : m.index + 1;
  }
}

/**
 * Tries `rules[k]` for each k of `tries` at `start`: the first whose match passes its checks gives a hint, and its
 * end is returned (-1 if none does). As in one joined regex, an empty first match gives nothing here. A rule with
 * starts to check runs only where the word after `wordEnd` (and one space) begins with one of them.
 */
function hintAt(
  s: ScanState,
  rules: SpanRule[],
  sticky: RegExp[],
  tries: Tries,
  start: number,
  wordEnd: number,
): number {
  const { ctx, text } = s;
  let first = true;
  for (let i = 0; i < tries.rules.length; i++) {
    const k = tries.rules[i];
    const starts = tries.starts[i];
    if (starts && !starts.some((w) => text.startsWith(w, wordEnd + 1))) continue;
    const rule = rules[k];
    const stop = matchAt(sticky[k], s.text, start);
    if (stop < 0) continue;
    if (stop === start) {
      if (first) return -1;
      continue;
    }
    first = false;
    ctx.start = start;
    ctx.end = stop;
    [ctx.sentenceStart, ctx.sentenceEnd] = s.sentence(start, stop);
    if ((rule.keepNegated || !negated(ctx)) && !rule.reject?.(ctx)) {
      const hint = toHint(rule, start + s.offset, stop + s.offset);
      const matched = s.original.slice(start, stop);
      const replacement = rule.replace?.(matched);
      if (replacement && replacement !== matched) hint.replacement = replacement;
      s.out.push(hint);
      return stop;
    }
  }
  return -1;
}

/** The capturing group (1-based) that took part in a joined regex's match: one per rule. */
function groupOf(m: RegExpExecArray): number {
  let g = 1;
  while (m[g] === undefined) g++;
  return g;
}

/** Each rule's own regex, made once per flags, sticky: where its match starting exactly at a place ends. */
function stickyRegexes(cache: Map<string, RegExp[]>, rules: SpanRule[], flags: string): RegExp[] {
  let list = cache.get(flags);
  if (!list) {
    list = rules.map((r) => new RegExp(r.pattern, `${flags}y`));
    cache.set(flags, list);
  }
  return list;
}

function matchAt(re: RegExp, text: string, start: number): number {
  re.lastIndex = start;
  return re.test(text) ? re.lastIndex : -1;
}

/** Builds a hint from a rule. */
export function toHint(rule: Rule, start: number, end: number): Hint {
  return {
    start,
    end,
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    scope: rule.scope,
    message: rule.explanation,
    suggestion: rule.suggestion,
  };
}
