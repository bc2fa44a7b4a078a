import { negated, sentenceFinder } from './context';
import { escapeRegex } from './factor';
import { splitLayout } from './split-layout';
import type { CustomPhrase, DocumentRule, Hint, Kind, MatchContext, Rule, SpanRule } from './types';

// The rule set for one (kind, disabled rules, custom phrases) combination, compiled once: the span rules
// joined into a few regexes, so the text is scanned a few times whatever the number of rules.
//
// Two things make a joined regex fast in V8 (see bench/phrasing.bench.ts for the figures):
// - Its source stays under 20 KB (20,480 characters). Past that V8 stops optimising it and a scan gets about
//   ten times slower, so the rules are packed into several regexes of at most CHUNK_CHARS.
// - Its top-level branches start with a literal character: `\b(?:s(?:...)|a(?:...))`. V8 then rejects a word
//   at its first letter or two, where a choice of whole rules (or a look-ahead) costs every rule at every word.
//   So each rule is split by the first character of its matches (factor.ts) and the rules' branches are merged
//   by that character. The split regexes have no capturing groups either, which V8 pays for at every match:
//   the rule of a match is found afterwards, by trying only the rules whose branches start with its letter.
// The simple layout has one capturing group per rule, in order, behind a look-ahead for a word start. It builds
// in a fraction of a millisecond where the split one takes about 10 ms (40 ms the first time), so analyze()
// starts each rule set simple and splits it once it has scanned enough text to pay that back (TIER_UP_CHARS),
// the way a JIT compiles only hot code. A rule set with a pattern that cannot be split stays simple. The
// content script never splits (split-layout-off.ts). Both layouts find exactly the same matches.

/** Which rules run: one kind, or every span rule when the kind is unknown. */
export type KindMode = Kind | 'unknown';

/** A rule set compiled for one kind and one set of options. */
export interface CompiledRules {
  /** Built-in span rules, as a few joined regexes that run on the lower-cased text. */
  regexes: Chunk[];
  /** The same, case-insensitive, for the rare text whose lower-case form changes length. */
  regexesI: Chunk[];
  spanRules: SpanRule[];
  /** User phrases: a separate regex, since a phrase may start or end with any character. */
  customRegex: RegExp | null;
  customRules: SpanRule[];
  docRules: DocumentRule[];
  docRegexes: (RegExp | null)[];
  /** Characters scanned so far, and for a tiered rule set the step to the split layout (dropped once taken). */
  scanned: number;
  tierUp?: () => void;
}

/**
 * One joined regex, and how to tell which rule a match belongs to: the rule of each capturing group (simple
 * layout), or for each first character code (lower case) the rules that start with it, in order, each with a
 * sticky regex of its branch (split layout).
 */
export interface Chunk {
  re: RegExp;
  rule?: number[];
  byChar?: Candidate[][];
}

/** A rule whose branch starts with a given character, and that branch as a sticky regex (made when first needed). */
export interface Candidate {
  rule: number;
  src: string;
  flags: string;
  re?: RegExp;
}

/** Joined-source length above which rules go to another regex (V8 stops optimising regexes past 20 KB). */
const CHUNK_CHARS = 19_500;

/** The simple layout: consecutive rules, one capturing group each, in regexes of at most `limit` characters. */
function plain(rules: SpanRule[], flags: string, limit: number): Chunk[] {
  const chunks: Chunk[] = [];
  let first = 0;
  let size = 0;
  const close = (end: number) => {
    if (end > first) {
      const groups = rules.slice(first, end).map((r) => `(${r.pattern})`);
      const rule = groups.map((_, i) => first + i);
      // One word-start check up front, then every rule: far cheaper than a word boundary per rule.
      chunks.push({ re: new RegExp(`\\b(?=[a-z0-9])(?:${groups.join('|')})`, flags), rule });
    }
    first = end;
    size = 0;
  };
  rules.forEach((rule, i) => {
    if (size > 0 && size + rule.pattern.length + 3 > limit) close(i);
    size += rule.pattern.length + 3;
  });
  close(rules.length);
  return chunks;
}

/** The span rules joined into regexes of at most `limit` characters, lower-case and case-insensitive. */
function layOut(rules: SpanRule[], limit: number, split: boolean): Pick<CompiledRules, 'regexes' | 'regexesI'> {
  const splitBuild = split ? splitLayout(rules, limit) : null;
  const build = splitBuild ?? ((flags: string) => plain(rules, flags, limit));
  return { regexes: build('g'), regexesI: build('gi') };
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

/**
 * How the span rules are laid out: 'simple' (builds in well under a millisecond), 'split' (builds in about
 * 10 ms, 40 ms the first time, and scans about twice as fast), or 'tiered': simple until the rule set has
 * scanned TIER_UP_CHARS of text, then split, like a JIT compiling only hot code.
 */
export type Layout = 'simple' | 'split' | 'tiered';

/** Characters scanned after which a tiered rule set is split: about where the split's build cost is paid back. */
export const TIER_UP_CHARS = 500_000;

/** Compiles the rules that apply to a kind, minus the disabled ones, plus the user's phrases. */
export function compileRules(
  all: readonly Rule[],
  mode: KindMode,
  disabled: readonly string[] = [],
  custom: readonly CustomPhrase[] = [],
  chunkChars = CHUNK_CHARS,
  layout: Layout = 'split',
): CompiledRules {
  const off = new Set(disabled);
  const applies = (r: Rule) => !off.has(r.id) && (mode === 'unknown' ? r.scope === 'span' : r.kinds.includes(mode));
  const spanRules = all.filter((r): r is SpanRule => r.scope === 'span' && applies(r));
  const customRules = off.has('custom') ? [] : custom.map(customRule).filter((r): r is SpanRule => r !== null);
  const docRules = all.filter((r): r is DocumentRule => r.scope === 'document' && applies(r));
  const compiled: CompiledRules = {
    ...layOut(spanRules, chunkChars, layout === 'split'),
    spanRules,
    customRegex: customRules.length ? new RegExp(customRules.map((r) => `(${r.pattern})`).join('|'), 'giu') : null,
    customRules,
    docRules,
    docRegexes: docRules.map((r) => (r.requires ? new RegExp(r.requires, 'i') : null)),
    scanned: 0,
  };
  if (layout === 'tiered') compiled.tierUp = () => Object.assign(compiled, layOut(spanRules, chunkChars, true));
  return compiled;
}

/** Finds span hints in `text`, adding `offset` to every position. */
export function findSpans(text: string, rules: CompiledRules, offset: number, out: Hint[]): void {
  if (text.length === 0) return;
  rules.scanned += text.length;
  if (rules.tierUp && rules.scanned >= TIER_UP_CHARS) {
    rules.tierUp();
    rules.tierUp = undefined;
  }
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets unless a character changes length (e.g. "İ"); then match case-insensitively.
  const same = lower.length === text.length;
  const subject = same ? lower : text;
  const before = out.length;
  scan(subject, same ? rules.regexes : rules.regexesI, rules.spanRules, offset, out, text, same);
  if (rules.customRegex) {
    scan(
      subject,
      [{ re: rules.customRegex, rule: rules.customRules.map((_, i) => i) }],
      rules.customRules,
      offset,
      out,
      text,
      same,
    );
    if (out.length > before) sortFrom(out, before);
  }
}

function sortFrom(out: Hint[], from: number): void {
  const tail = out.splice(from).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const h of tail) out.push(h);
}

/**
 * Runs the chunks over the text as if they were one regex: the leftmost match wins, and at the same place the
 * earlier rule; after an accepted match the scan goes on from its end, after a rejected one from the next
 * character (a rejected match may hide another rule's match that starts inside it).
 */
function scan(
  text: string,
  chunks: Chunk[],
  rules: SpanRule[],
  offset: number,
  out: Hint[],
  original: string,
  lower: boolean,
): void {
  const n = chunks.length;
  if (n === 0) return;
  const next: (RegExpExecArray | null)[] = new Array(n);
  const find = (i: number, from: number) => {
    const re = chunks[i].re;
    re.lastIndex = from;
    next[i] = re.exec(text);
  };
  for (let i = 0; i < n; i++) find(i, 0);
  const ctx: MatchContext = { text, start: 0, end: 0, sentenceStart: 0, sentenceEnd: 0, lower };
  const sentence = sentenceFinder(text);
  for (;;) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      const m = next[i];
      if (m && (best < 0 || m.index < (next[best] as RegExpExecArray).index)) best = i;
    }
    if (best < 0) return;
    const m = next[best] as RegExpExecArray;
    const start = m.index;
    const end = start + m[0].length;
    let from = start + 1;
    const rule = end > start ? rules[ruleOf(chunks[best], m, text)] : undefined;
    if (rule) {
      ctx.start = start;
      ctx.end = end;
      [ctx.sentenceStart, ctx.sentenceEnd] = sentence(start, end);
      if ((rule.keepNegated || !negated(ctx)) && !rule.reject?.(ctx)) {
        const hint = toHint(rule, start + offset, end + offset);
        const matched = original.slice(start, end);
        const replacement = rule.replace?.(matched);
        if (replacement && replacement !== matched) hint.replacement = replacement;
        out.push(hint);
        from = end;
      }
    }
    for (let i = 0; i < n; i++) if (next[i] && (next[i] as RegExpExecArray).index < from) find(i, from);
  }
}

/** The index of the rule a chunk's match belongs to. */
function ruleOf(chunk: Chunk, m: RegExpExecArray, text: string): number {
  if (chunk.rule) {
    let g = 1;
    while (m[g] === undefined) g++;
    return chunk.rule[g - 1];
  }
  // The first rule, in order, whose branch matches here is the one the joined regex took; the last needs no test.
  const list = (chunk.byChar as Candidate[][])[text.charCodeAt(m.index) | 32];
  const last = list.length - 1;
  for (let i = 0; i < last; i++) {
    const c = list[i];
    c.re ??= new RegExp(c.src, c.flags);
    c.re.lastIndex = m.index;
    if (c.re.test(text)) return c.rule;
  }
  return list[last].rule;
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

/** Which document requirements a piece of text satisfies, as a bit mask. */
export function documentMask(text: string, rules: CompiledRules): number {
  let mask = 0;
  rules.docRegexes.forEach((re, i) => {
    if (re?.test(text)) mask |= 1 << i;
  });
  return mask;
}

/** Counts words (runs of non-space characters). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Document hints from the combined mask and word count of the whole text. */
export function documentHints(rules: CompiledRules, mask: number, words: number): Hint[] {
  const out: Hint[] = [];
  rules.docRules.forEach((rule, i) => {
    const missing = rules.docRegexes[i] !== null && (mask & (1 << i)) === 0;
    const tooLong = rule.maxWords !== undefined && words > rule.maxWords;
    if (missing || tooLong) out.push(toHint(rule, 0, 0));
  });
  return out;
}
