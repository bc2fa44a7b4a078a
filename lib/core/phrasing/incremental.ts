import { detectKind } from './detect';
import {
  addStats,
  type DocumentStats,
  documentHints,
  documentStats,
  dropQuoted,
  emptyStats,
  historySignals,
  silenced,
  silencedCategories,
} from './document';
import { type CompiledRules, findModelSpans, findSpans } from './engine';
import { byPosition, MIN_DOCUMENT_WORDS, rulesFor } from './ruleset';
import type { AnalyzeOptions, Hint, Kind } from './types';

/** Result of an incremental pass: span hints per paragraph (offsets within that paragraph) and whole-text hints. */
export interface ParagraphResult {
  paragraphs: Hint[][];
  document: Hint[];
  kind: Kind | 'unknown';
}

interface Entry {
  /** The rules' hints. */
  hints: Hint[];
  stats: DocumentStats;
  /** The sentence model's hints, found the first time the text does not silence them. */
  learned?: Hint[];
}

/** Analyzer that remembers each paragraph's hints, so an edit re-checks only the changed paragraph. */
export interface IncrementalAnalyzer {
  analyzeParagraphs(paragraphs: readonly string[], options?: AnalyzeOptions): ParagraphResult;
  clear(): void;
}

/** Creates an analyzer that caches results per paragraph text. */
export function createIncrementalAnalyzer(): IncrementalAnalyzer {
  let cache = new Map<string, Entry>();
  let cachedFor: CompiledRules | null = null;
  // The quoted history changes rarely while the user types: its signals are read again only when it does.
  let historyText: string | undefined;
  let historyRules: CompiledRules | null = null;
  let historyBits = 0;

  function entryFor(paragraph: string, rules: CompiledRules): Entry {
    let entry = cache.get(paragraph);
    if (!entry) {
      const hints: Hint[] = [];
      const lower = paragraph.toLowerCase();
      findSpans(paragraph, rules, 0, hints, lower, false);
      hints.sort(byPosition);
      entry = { hints: dropQuoted(paragraph, hints), stats: documentStats(paragraph, rules, lower) };
      cache.set(paragraph, entry);
    }
    return entry;
  }

  // The paragraph's hints with the model's added (found once, when first wanted), sorted.
  function withLearned(paragraph: string, entry: Entry, rules: CompiledRules): Hint[] {
    if (!rules.model) return entry.hints;
    entry.learned ??= findModelSpans(paragraph, rules, entry.hints, paragraph.toLowerCase());
    return entry.learned.length ? [...entry.hints, ...entry.learned].sort(byPosition) : entry.hints;
  }

  return {
    analyzeParagraphs(paragraphs, options = {}) {
      const list = Array.isArray(paragraphs) ? paragraphs.map((p) => (typeof p === 'string' ? p : '')) : [];
      const kind = options.kind && options.kind !== 'auto' ? options.kind : detectKind(headOf(list), options.history);
      const rules = rulesFor(kind, options);
      if (rules !== cachedFor) {
        cache = new Map();
        cachedFor = rules;
      }
      const stats = emptyStats();
      if (options.history !== historyText || rules !== historyRules) {
        historyText = options.history;
        historyRules = rules;
        historyBits = historySignals(historyText, rules);
      }
      stats.signals = historyBits;
      const entries = list.map((p) => {
        const entry = entryFor(p, rules);
        addStats(stats, entry.stats);
        return entry;
      });
      // Signals of the whole text (a ranking in another paragraph) silence some categories everywhere.
      const quiet = kind === 'unknown' ? null : silencedCategories(rules, stats);
      // The sentence model runs only where the text does not silence it (a letter that ranks the applicant).
      const learning = !quiet?.has('learned');
      const result: Hint[][] = entries.map((entry, i) => {
        const hints = learning ? withLearned(list[i], entry, rules) : entry.hints;
        return (quiet ? hints.filter((h) => !silenced(h, quiet)) : hints).map((h) => ({ ...h }));
      });
      // Keep the cache near the size of the text: drop paragraphs that no longer exist.
      if (cache.size > list.length * 2 + 64) {
        const keep = new Set(list);
        for (const key of cache.keys()) if (!keep.has(key)) cache.delete(key);
      }
      const document = kind !== 'unknown' && stats.words >= MIN_DOCUMENT_WORDS ? documentHints(rules, stats) : [];
      return { paragraphs: result, document, kind };
    },
    clear() {
      cache = new Map();
      cachedFor = null;
    },
  };
}

// Enough of the text to guess its kind without joining all of it.
function headOf(paragraphs: readonly string[]): string {
  let head = '';
  for (const p of paragraphs) {
    head += `${p}\n`;
    if (head.length > 4000) break;
  }
  return head;
}
