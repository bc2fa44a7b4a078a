import { detectKind } from './detect';
import { type CompiledRules, countWords, documentHints, documentMask, findSpans } from './engine';
import { byPosition, MIN_DOCUMENT_WORDS, rulesFor } from './ruleset';
import type { AnalyzeOptions, Hint, Kind } from './types';

/** Result of an incremental pass: span hints per paragraph (offsets within that paragraph) and whole-text hints. */
export interface ParagraphResult {
  paragraphs: Hint[][];
  document: Hint[];
  kind: Kind | 'unknown';
}

interface Entry {
  hints: Hint[];
  mask: number;
  words: number;
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

  function entryFor(paragraph: string, rules: CompiledRules): Entry {
    let entry = cache.get(paragraph);
    if (!entry) {
      const hints: Hint[] = [];
      findSpans(paragraph, rules, 0, hints);
      hints.sort(byPosition);
      entry = { hints, mask: rules.docRules.length ? documentMask(paragraph, rules) : 0, words: countWords(paragraph) };
      cache.set(paragraph, entry);
    }
    return entry;
  }

  return {
    analyzeParagraphs(paragraphs, options = {}) {
      const list = Array.isArray(paragraphs) ? paragraphs.map((p) => (typeof p === 'string' ? p : '')) : [];
      const kind = options.kind && options.kind !== 'auto' ? options.kind : detectKind(headOf(list));
      const rules = rulesFor(kind, options);
      if (rules !== cachedFor) {
        cache = new Map();
        cachedFor = rules;
      }
      let mask = 0;
      let words = 0;
      const result: Hint[][] = [];
      for (const p of list) {
        const entry = entryFor(p, rules);
        mask |= entry.mask;
        words += entry.words;
        result.push(entry.hints.map((h) => ({ ...h })));
      }
      // Keep the cache near the size of the text: drop paragraphs that no longer exist.
      if (cache.size > list.length * 2 + 64) {
        const keep = new Set(list);
        for (const key of cache.keys()) if (!keep.has(key)) cache.delete(key);
      }
      const document = kind !== 'unknown' && words >= MIN_DOCUMENT_WORDS ? documentHints(rules, mask, words) : [];
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
