import { negated, sentenceFinder } from './context';
import { modelSpans } from './model/apply';
import { parseModel, type SentenceModel } from './model/sentence-model';
import { SIGNALS } from './signals';
import { lexiconPattern, modelSource, patternSource } from './text-source';
import type { CategoryId, CustomPhrase, DocumentRule, Hint, Kind, MatchContext, Rule, SpanRule } from './types';

// The rule set for one (kind, disabled rules, custom phrases) combination, compiled once: the span rules
// joined into a few regexes, so the text is scanned a few times whatever the number of rules.
//
// A joined regex stays fast in V8 while its source is under 20 KB (20,480 characters); past that V8 stops
// optimising it and a scan gets about ten times slower, so the rules are packed into several regexes of at most
// CHUNK_CHARS, run as if they were one (see scan). Each rule is one capturing group, behind a single look-ahead
// for a word start.

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
  /** Per document rule: what makes the text look finished enough to judge (a sign-off), if anything. */
  docReady: (RegExp | null)[];
  /** Per document rule with `outweighs`: one global regex whose group 1 counts heavy words and group 2 light ones. */
  docTallies: (RegExp | null)[];
  /** The document signals looked for in this kind of text, and what each silences. */
  signals: { re: RegExp; history: RegExp | null; silences: readonly (CategoryId | 'learned')[]; minCount: number }[];
  /** The sentence model for this kind (model/), or null when the kind is unknown or the catalog lacks it. */
  model: SentenceModel | null;
}

/** One joined regex, and the rule of each of its capturing groups. */
export interface Chunk {
  re: RegExp;
  rule: number[];
}

/** Joined-source length above which rules go to another regex (V8 stops optimising regexes past 20 KB). */
const CHUNK_CHARS = 19_500;

/** Consecutive rules, one capturing group each, in regexes of at most `limit` characters. */
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
  chunkChars = CHUNK_CHARS,
): CompiledRules {
  const off = new Set(disabled);
  const applies = (r: Rule) => !off.has(r.id) && (mode === 'unknown' ? r.scope === 'span' : r.kinds.includes(mode));
  // A lexicon rule has no pattern until the catalog is installed; it cannot match anything then.
  const spanRules = all.filter((r): r is SpanRule => r.scope === 'span' && applies(r) && r.pattern !== '');
  const customRules = off.has('custom') ? [] : custom.map(customRule).filter((r): r is SpanRule => r !== null);
  const docRules = all.filter((r): r is DocumentRule => r.scope === 'document' && applies(r));
  return {
    regexes: plain(spanRules, 'g', chunkChars),
    regexesI: plain(spanRules, 'gi', chunkChars),
    spanRules,
    customRegex: customRules.length ? new RegExp(customRules.map((r) => `(${r.pattern})`).join('|'), 'giu') : null,
    customRules,
    docRules,
    // The whole-text patterns are lower case and run on the lowered text: a case-sensitive scan is much faster.
    docRegexes: docRules.map((r) => regex(r.requires ?? named(r.requiresPattern), '')),
    docReady: docRules.map((r) => regex(named(r.readyWhen?.pattern), 'm')),
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

// Parsed models by kind and catalog string: parsing reads a few thousand weights, once.
const models = new Map<string, SentenceModel | null>();

function modelFor(kind: Kind): SentenceModel | null {
  const source = modelSource(kind);
  const key = `${kind}|${source.length}|${source.slice(0, 64)}`;
  let model = models.get(key);
  if (model === undefined) {
    model = source ? parseModel(source) : null;
    models.set(key, model);
  }
  return model;
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

/** Finds span hints in `text`, adding `offset` to every position. */
export function findSpans(text: string, rules: CompiledRules, offset: number, out: Hint[]): void {
  if (text.length === 0) return;
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
  // Whole sentences no rule flagged, read by the sentence model.
  if (rules.model) {
    const found = out.length;
    modelSpans(text, rules.model, rules.spanRules, offset, out, before);
    if (out.length > found) sortFrom(out, before);
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
    if (end > start) {
      // The joined regexes report the first rule that matches here; when the grammar rejects it, the later rules
      // get their turn at this place, in order, as if each ran alone (however the rules are cut into regexes).
      const first = chunks[best].rule[groupOf(m) - 1];
      for (let k = first; k < rules.length; k++) {
        const rule = rules[k];
        const stop = k === first ? end : matchAt(rule, text, start, chunks[best].re.flags);
        if (stop <= start) continue;
        ctx.start = start;
        ctx.end = stop;
        [ctx.sentenceStart, ctx.sentenceEnd] = sentence(start, stop);
        if ((rule.keepNegated || !negated(ctx)) && !rule.reject?.(ctx)) {
          const hint = toHint(rule, start + offset, stop + offset);
          const matched = original.slice(start, stop);
          const replacement = rule.replace?.(matched);
          if (replacement && replacement !== matched) hint.replacement = replacement;
          out.push(hint);
          from = stop;
          break;
        }
      }
    }
    for (let i = 0; i < n; i++) if (next[i] && (next[i] as RegExpExecArray).index < from) find(i, from);
  }
}

/** The capturing group (1-based) that took part in a joined regex's match: one per rule. */
function groupOf(m: RegExpExecArray): number {
  let g = 1;
  while (m[g] === undefined) g++;
  return g;
}

const sticky = new WeakMap<SpanRule, Map<string, RegExp>>();

/** Where a rule's own match starting exactly at `start` ends, or -1 (its sticky regex is made once per flags). */
function matchAt(rule: SpanRule, text: string, start: number, flags: string): number {
  let byFlags = sticky.get(rule);
  if (!byFlags) {
    byFlags = new Map();
    sticky.set(rule, byFlags);
  }
  const key = flags.replace('g', '');
  let re = byFlags.get(key);
  if (!re) {
    re = new RegExp(rule.pattern, `${key}y`);
    byFlags.set(key, re);
  }
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
