import { negated, sentenceBounds } from './context';
import type { CustomPhrase, DocumentRule, Hint, Kind, MatchContext, Rule, SpanRule } from './types';

// The rule set for one (kind, disabled rules, custom phrases) combination, compiled once:
// all span rules joined into one case-insensitive regex with a capturing group per rule,
// so the text is scanned a single time whatever the number of rules.

/** Which rules run: one kind, or every span rule when the kind is unknown. */
export type KindMode = Kind | 'unknown';

/** A rule set compiled for one kind and one set of options. */
export interface CompiledRules {
  /** Built-in span rules: one regex run on the lower-cased text, with one group per rule. */
  regex: RegExp | null;
  /** The same, case-insensitive, for the rare text whose lower-case form changes length. */
  regexI: RegExp | null;
  spanRules: SpanRule[];
  /** User phrases: a separate regex, since a phrase may start or end with any character. */
  customRegex: RegExp | null;
  customRules: SpanRule[];
  docRules: DocumentRule[];
  docRegexes: (RegExp | null)[];
}

/** Escapes a literal for use inside a regex. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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

const groups = (rules: SpanRule[]) => rules.map((r) => `(${r.pattern})`).join('|');

/** Compiles the rules that apply to a kind, minus the disabled ones, plus the user's phrases. */
export function compileRules(
  all: readonly Rule[],
  mode: KindMode,
  disabled: readonly string[] = [],
  custom: readonly CustomPhrase[] = [],
): CompiledRules {
  const off = new Set(disabled);
  const applies = (r: Rule) => !off.has(r.id) && (mode === 'unknown' ? r.scope === 'span' : r.kinds.includes(mode));
  const spanRules = all.filter((r): r is SpanRule => r.scope === 'span' && applies(r));
  const customRules = off.has('custom') ? [] : custom.map(customRule).filter((r): r is SpanRule => r !== null);
  const docRules = all.filter((r): r is DocumentRule => r.scope === 'document' && applies(r));
  // One word-start check up front, then every rule: far cheaper than a word boundary per rule.
  const source = spanRules.length ? `\\b(?=[a-z0-9])(?:${groups(spanRules)})` : '';
  return {
    regex: source ? new RegExp(source, 'g') : null,
    regexI: source ? new RegExp(source, 'gi') : null,
    spanRules,
    customRegex: customRules.length ? new RegExp(groups(customRules), 'giu') : null,
    customRules,
    docRules,
    docRegexes: docRules.map((r) => (r.requires ? new RegExp(r.requires, 'i') : null)),
  };
}

/** Finds span hints in `text`, adding `offset` to every position. */
export function findSpans(text: string, rules: CompiledRules, offset: number, out: Hint[]): void {
  if (text.length === 0) return;
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets unless a character changes length (e.g. "İ"); then match case-insensitively.
  const same = lower.length === text.length;
  const subject = same ? lower : text;
  const before = out.length;
  scan(subject, same ? rules.regex : rules.regexI, rules.spanRules, offset, out, text);
  if (rules.customRegex) {
    scan(subject, rules.customRegex, rules.customRules, offset, out, text);
    if (out.length > before) sortFrom(out, before);
  }
}

function sortFrom(out: Hint[], from: number): void {
  const tail = out.splice(from).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const h of tail) out.push(h);
}

function scan(
  text: string,
  re: RegExp | null,
  rules: SpanRule[],
  offset: number,
  out: Hint[],
  original: string = text,
): void {
  if (!re) return;
  re.lastIndex = 0;
  const ctx: MatchContext = { text, start: 0, end: 0, sentenceStart: 0, sentenceEnd: 0 };
  let m: RegExpExecArray | null = re.exec(text);
  while (m !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) {
      re.lastIndex = start + 1;
    } else {
      let g = 1;
      while (m[g] === undefined) g++;
      const rule = rules[g - 1];
      ctx.start = start;
      ctx.end = end;
      [ctx.sentenceStart, ctx.sentenceEnd] = sentenceBounds(text, start, end);
      if ((rule.keepNegated || !negated(ctx)) && !rule.reject?.(ctx)) {
        const hint = toHint(rule, start + offset, end + offset);
        const matched = original.slice(start, end);
        const replacement = rule.replace?.(matched);
        if (replacement && replacement !== matched) hint.replacement = replacement;
        out.push(hint);
      } else {
        // A rejected match may hide another rule's match that starts inside it.
        re.lastIndex = start + 1;
      }
    }
    m = re.exec(text);
  }
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
