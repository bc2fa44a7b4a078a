/**
 * Phrasing analyzer: finds lukewarm letter language, weak letter requests and weak cold emails.
 * Pure TypeScript (no DOM, no extension APIs), so it runs in the content script, the options page,
 * Node tests and benchmarks alike. Nothing leaves the machine.
 *
 * API (stable):
 * - `analyze(text, { kind?, disabledRules?, customPhrases? })` → `Hint[]`, sorted by start.
 *   kind: 'letter' | 'request' | 'outreach' | 'auto' (default 'auto': guessed with `detectKind`;
 *   if the kind stays unknown, every span rule runs and no whole-text check does).
 *   Span hints carry UTF-16 offsets [start, end) into `text`. Document hints (`scope: 'document'`,
 *   e.g. a request with no deadline) have start = end = 0 and appear only for texts of 5+ words.
 *   The text as a whole can silence categories (signals.ts): effort words in a letter that ranks the
 *   applicant, the first-request checks in a thank-you after the writer agreed. `history` (the quoted
 *   conversation under a reply) is read only for such signals and for the kind, never for hints.
 * - `createIncrementalAnalyzer()` → `{ analyzeParagraphs(paragraphs, options?), clear() }`.
 *   `analyzeParagraphs` returns `{ paragraphs: Hint[][], document: Hint[], kind }`: span hints per
 *   paragraph with offsets inside that paragraph. Results are cached by paragraph text, so a
 *   keystroke re-checks only the paragraph that changed.
 * - `detectKind(text)` → 'letter' | 'request' | 'outreach' | 'unknown'.
 * - `RULES`: every built-in rule (id, category, kinds, severity, title, explanation, suggestion); example sentences are in examples.ts.
 * - `CATEGORIES`: `{ id, label }` for each category, in display order.
 * - Disable rules by id through `disabledRules` ('custom' disables the user's phrases).
 *   `customPhrases: { phrase, suggestion? }[]` are matched whole-word, case-insensitive, ruleId 'custom-<index>'.
 */
import { detectKind } from './detect';
import { documentHints, documentStats, dropQuoted, historySignals, silenced, silencedCategories } from './document';
import { findSpans } from './engine';
import { byPosition, MIN_DOCUMENT_WORDS, rulesFor } from './ruleset';
import type { AnalyzeOptions, Hint } from './types';

export { CATEGORIES } from './categories';
export { detectKind } from './detect';
export { createIncrementalAnalyzer, type IncrementalAnalyzer, type ParagraphResult } from './incremental';
export { RULES } from './registry';
export type {
  AnalyzeOptions,
  CategoryId,
  CustomPhrase,
  DocumentRule,
  Hint,
  Kind,
  KindOption,
  Rule,
  Scope,
  Severity,
  SpanRule,
} from './types';

/** Finds weak phrasing in a letter, a letter request or a cold email; hints come back sorted by position. */
export function analyze(text: string, options: AnalyzeOptions = {}): Hint[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const opts = options ?? {};
  const kind = opts.kind && opts.kind !== 'auto' ? opts.kind : detectKind(text, opts.history);
  const rules = rulesFor(kind, opts);
  let hints: Hint[] = [];
  // Lower-cased once for the span scan and the whole-text checks (on a long text this is not cheap).
  const lower = text.toLowerCase();
  // The text as a whole: what it lacks, and what changes how its sentences read (a letter that ranks the applicant).
  const stats = kind === 'unknown' ? null : documentStats(text, rules, lower);
  if (stats) stats.signals |= historySignals(opts.history, rules);
  const quiet = stats && silencedCategories(rules, stats);
  // When the text silences the sentence model's hints, the model is not run at all.
  findSpans(text, rules, 0, hints, lower, !quiet?.has('learned'));
  hints = dropQuoted(text, hints);
  if (quiet) hints = hints.filter((h) => !silenced(h, quiet));
  if (stats && stats.words >= MIN_DOCUMENT_WORDS) hints.push(...documentHints(rules, stats));
  return hints.sort(byPosition);
}
