import { features, type Token, tokenize } from './features';

// A small linear model that reads a whole sentence: one logistic weight per word and word pair says how much it
// makes the sentence weak, and one weight per weak category says which kind of weak it is. It is trained offline
// on the labelled development sentences (train.ts, `npm run train:phrasing`) and travels in the locale catalog as
// one string per kind (model_letter, model_request, model_outreach), like the lexicons. It catches the weak
// sentences that no rule's words cover ("Sir, I request you with folded hands"); the rules' hints come first.

/** A parsed sentence model for one kind of text. */
export interface SentenceModel {
  /** Probability of weak at or above which a sentence gets a hint. */
  threshold: number;
  bias: number;
  /** Per feature: its weak weight, then one weight per category. */
  weights: Map<string, Float32Array>;
  /** Every feature's weak weight again, by two hashes of its text, so a sentence is read without building strings. */
  table: FeatureTable;
  categories: string[];
  categoryBias: Float32Array;
}

/**
 * Reads a model from its catalog string: `threshold|bias|cat1,cat2,…|catBias1,…|` then `feature=w,c1,c2,…`
 * entries joined by ";", weights in hundredths. Null when the string is empty or malformed.
 */
export function parseModel(source: string): SentenceModel | null {
  const parts = source.split('|');
  if (parts.length !== 5) return null;
  const [threshold, bias, cats, catBias, body] = parts;
  const categories = cats ? cats.split(',') : [];
  const n = categories.length;
  const weights = new Map<string, Float32Array>();
  for (const entry of body ? body.split(';') : []) {
    const eq = entry.indexOf('=');
    const values = entry.slice(eq + 1).split(',');
    const row = new Float32Array(n + 1);
    for (let i = 0; i <= n; i++) row[i] = values[i] ? Number(values[i]) / 100 : 0;
    weights.set(entry.slice(0, eq), row);
  }
  const model: SentenceModel = {
    threshold: Number(threshold),
    bias: Number(bias) / 100,
    weights,
    table: featureTable(weights),
    categories,
    categoryBias: Float32Array.from(catBias ? catBias.split(',') : [], (v) => Number(v) / 100),
  };
  return Number.isFinite(model.threshold) && Number.isFinite(model.bias) ? model : null;
}

/** What the model says of one sentence: how likely it is weak, and which kind of weak. */
export interface SentenceVerdict {
  probability: number;
  category: string;
}

/** Reads one sentence's tokens. */
export function judgeSentence(model: SentenceModel, tokens: readonly Token[]): SentenceVerdict {
  const sum = { z: model.bias, scores: Float32Array.from(model.categoryBias) };
  for (const f of features(tokens)) add(sum, model.weights.get(f));
  return verdict(model, sum);
}

/** A sentence read in place: the verdict, and where its first word starts and its last word ends. */
export interface RangeVerdict extends SentenceVerdict {
  words: number;
  first: number;
  last: number;
}

/**
 * Reads the sentence `lower[start, end)` (lower case) in place: the same verdict as judgeSentence on its tokens,
 * without building tokens or strings, and the category only for a sentence at or above the threshold (this runs on
 * every sentence no rule flagged, as the user types). Words are what tokenize reads: runs of a-z, 0-9 and
 * apostrophes, and each "!" or "?"; a digit run counts as "0" and a curly apostrophe as a straight one.
 */
export function judgeRange(model: SentenceModel, lower: string, start: number, end: number): RangeVerdict {
  const table = model.table;
  let z = model.bias;
  let words = 0;
  let first = start;
  let last = start;
  // The hashes of the previous word, for the pair "previous word + space + this word".
  let prevA = 0;
  let prevB = 0;
  let i = start;
  while (i < end) {
    let c = code(lower, i);
    let a: number;
    let b: number;
    const at = i;
    if (c === 33 || c === 63) {
      // "!" and "?" are words of their own.
      a = stepA(SEED_A, c);
      b = stepB(SEED_B, c);
      i++;
    } else if (wordChar(c)) {
      a = SEED_A;
      b = SEED_B;
      for (;;) {
        // A run of digits reads as one "0".
        if (c >= 48 && c <= 57) {
          c = 48;
          while (i + 1 < end && isDigit(lower.charCodeAt(i + 1))) i++;
        }
        a = stepA(a, c);
        b = stepB(b, c);
        i++;
        if (i >= end) break;
        c = code(lower, i);
        if (!wordChar(c)) break;
      }
    } else {
      i++;
      continue;
    }
    z += lookup(table, a, b);
    if (words > 0) z += lookup(table, pairOf(prevA, a), pairOf(prevB, b));
    if (words++ === 0) first = at;
    last = i;
    prevA = a;
    prevB = b;
  }
  const probability = 1 / (1 + Math.exp(-z));
  if (probability < model.threshold) return { probability, category: '', words, first, last };
  return { ...judgeSentence(model, tokenize(lower, start, end)), words, first, last };
}

/**
 * Open addressing over two 32-bit hashes of each feature: its weak weight by hash, no strings at lookup. Most words
 * and pairs of a sentence are not features, so a small bit filter (16 KB, it stays in cache) turns them away first.
 */
interface FeatureTable {
  mask: number;
  /** Per slot: hash A, hash B, row + 1 (0 for an empty slot). */
  slots: Int32Array;
  weight: Float32Array;
  filter: Uint32Array;
}

const FILTER_WORDS = 4096;
const SEED_A = 0x811c9dc5 | 0;
const SEED_B = 0x3c6ef372 | 0;
const stepA = (h: number, c: number) => Math.imul(h ^ c, 16777619);
const stepB = (h: number, c: number) => Math.imul((h << 5) ^ (h >>> 27) ^ c, 0x5bd1e995);
// A word pair's hash from its two words' hashes (the table is built the same way from "first second").
const pairOf = (first: number, second: number) => Math.imul(first ^ Math.imul(second, 0x27d4eb2d), 0x165667b1) ^ second;
const isDigit = (c: number) => c >= 48 && c <= 57;
const wordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
// A character of lower-case text, the curly apostrophe read as a straight one.
const code = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 0x2019 ? 39 : c;
};

function featureTable(weights: Map<string, Float32Array>): FeatureTable {
  let size = 16;
  while (size < weights.size * 2) size *= 2;
  const table: FeatureTable = {
    mask: size - 1,
    slots: new Int32Array(size * 3),
    weight: new Float32Array(weights.size),
    filter: new Uint32Array(FILTER_WORDS),
  };
  let row = 0;
  for (const [feature, values] of weights) {
    const space = feature.indexOf(' ');
    let a: number;
    let b: number;
    if (space < 0) [a, b] = hashWord(feature);
    else {
      const [a1, b1] = hashWord(feature.slice(0, space));
      const [a2, b2] = hashWord(feature.slice(space + 1));
      a = pairOf(a1, a2);
      b = pairOf(b1, b2);
    }
    let at = a & table.mask;
    while (table.slots[at * 3 + 2] !== 0) at = (at + 1) & table.mask;
    table.slots[at * 3] = a;
    table.slots[at * 3 + 1] = b;
    table.weight[row] = values[0];
    table.slots[at * 3 + 2] = ++row;
    const bit = (b >>> 8) & (FILTER_WORDS * 32 - 1);
    table.filter[bit >>> 5] |= 1 << (bit & 31);
  }
  return table;
}

function hashWord(word: string): [number, number] {
  let a = SEED_A;
  let b = SEED_B;
  for (let i = 0; i < word.length; i++) {
    a = stepA(a, word.charCodeAt(i));
    b = stepB(b, word.charCodeAt(i));
  }
  return [a, b];
}

function lookup(table: FeatureTable, a: number, b: number): number {
  const bit = (b >>> 8) & (FILTER_WORDS * 32 - 1);
  if ((table.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return 0;
  const { slots, mask } = table;
  for (let at = a & mask; slots[at * 3 + 2] !== 0; at = (at + 1) & mask)
    if (slots[at * 3] === a && slots[at * 3 + 1] === b) return table.weight[slots[at * 3 + 2] - 1];
  return 0;
}

interface Sum {
  z: number;
  scores: Float32Array;
}

function add(sum: Sum, row: Float32Array | undefined): void {
  if (!row) return;
  sum.z += row[0];
  for (let c = 0; c < sum.scores.length; c++) sum.scores[c] += row[c + 1];
}

function verdict(model: SentenceModel, { z, scores }: Sum): SentenceVerdict {
  const n = model.categories.length;
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c] > scores[best]) best = c;
  return {
    probability: 1 / (1 + Math.exp(-z)),
    category: model.categories[best] ?? '',
  };
}
