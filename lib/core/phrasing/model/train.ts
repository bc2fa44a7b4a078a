import type { Kind } from '../types';
import { features, tokenize } from './features';

// Trains the sentence model (sentence-model.ts) on labelled sentences. Runs in Node only (`npm run
// train:phrasing`, and the test that checks the committed model is what the development set trains to); the
// extension carries only the result. Plain stochastic gradient descent, seeded, so the same sentences always give
// the same model.

/** A labelled sentence as the development files hold it; the category names the weak kind, when known. */
export interface TrainingSentence {
  text: string;
  label: 'weak' | 'ok';
  kind: Kind;
  category?: string | null;
}

/** How a kind's model is trained and when it speaks. */
export interface TrainingOptions {
  threshold: number;
  epochs?: number;
  /** Features seen in fewer sentences than this are left out. */
  minCount?: number;
}

// The same category goes by several names across the development files; a name not listed here (or none) is
// left out of the category model (the sentence still teaches weak or not).
const CATEGORY_NAMES: Record<string, string> = {
  'mass-mail': 'mass-mailing',
  'follow-up-frequency': 'too-frequent',
  'frequent-followup': 'too-frequent',
  deadline: 'reply-deadline',
  attachments: 'attachment-dump',
  ghostwrite: 'self-written',
  'self-drafted': 'self-written',
  'self-write': 'self-written',
  'offer-to-write': 'self-written',
  'casual-ask': 'casual',
  'casual-no-context': 'casual',
  'not-waived': 'no-waiver',
};

/** The category a sentence teaches the category model, or null. */
export function trainingCategory(s: TrainingSentence): string | null {
  if (s.label !== 'weak' || !s.category || s.category === 'clean' || s.category === 'weak') return null;
  return CATEGORY_NAMES[s.category] ?? s.category;
}

// mulberry32: a small seeded generator, so shuffles repeat exactly.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, next: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Trains one kind's model on the sentences of that kind and returns it as its catalog string. */
export function trainModel(all: readonly TrainingSentence[], kind: Kind, options: TrainingOptions): string {
  const sentences = all.filter((s) => s.kind === kind);
  const rows = sentences.map((s) => [...new Set(features(tokenize(s.text)))]);
  const counts = new Map<string, number>();
  for (const row of rows) for (const f of row) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, c] of counts) if (c >= (options.minCount ?? 2)) vocab.set(f, vocab.size);
  const indexed = rows.map((row) => row.filter((f) => vocab.has(f)).map((f) => vocab.get(f) as number));
  const weak = sentences.map((s) => (s.label === 'weak' ? 1 : 0));
  const binary = logistic(indexed, weak, vocab.size, options.epochs ?? 30);
  const labelled = sentences.map(trainingCategory);
  const categories = [...new Set(labelled.filter((c): c is string => c !== null))].sort();
  const which = labelled.map((c) => (c === null ? -1 : categories.indexOf(c)));
  const softmax = multinomial(indexed, which, categories.length, vocab.size, options.epochs ?? 30);
  return serialise(options.threshold, binary, softmax, categories, vocab);
}

interface Linear {
  w: Float64Array;
  b: Float64Array;
}

// Logistic regression, weight decay applied to the features a sentence has (lazy L2).
function logistic(rows: number[][], y: number[], size: number, epochs: number, rate = 0.5, decay = 1e-3): Linear {
  const w = new Float64Array(size);
  let b = 0;
  const next = random(1);
  for (let e = 0; e < epochs; e++) {
    for (const i of shuffled(rows.length, next)) {
      let z = b;
      for (const f of rows[i]) z += w[f];
      const g = 1 / (1 + Math.exp(-z)) - y[i];
      for (const f of rows[i]) w[f] -= rate * (g + decay * w[f]);
      b -= rate * g;
    }
  }
  return { w, b: Float64Array.of(b) };
}

// Softmax regression over the weak categories, on the weak sentences whose category is known (class -1: skipped).
function multinomial(rows: number[][], y: number[], classes: number, size: number, epochs: number): Linear {
  const w = new Float64Array(size * classes);
  const b = new Float64Array(classes);
  const p = new Float64Array(classes);
  const next = random(2);
  const rate = 0.3;
  const decay = 1e-4;
  for (let e = 0; e < epochs && classes > 0; e++) {
    for (const i of shuffled(rows.length, next)) {
      if (y[i] < 0) continue;
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < classes; c++) {
        let z = b[c];
        for (const f of rows[i]) z += w[f * classes + c];
        p[c] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        p[c] = Math.exp(p[c] - max);
        sum += p[c];
      }
      for (let c = 0; c < classes; c++) {
        const g = p[c] / sum - (c === y[i] ? 1 : 0);
        for (const f of rows[i]) w[f * classes + c] -= rate * (g + decay * w[f * classes + c]);
        b[c] -= rate * g;
      }
    }
  }
  return { w, b };
}

// Weights smaller than this (in hundredths) are dropped: they barely move a sentence, and they make the catalog big.
const PRUNE = 30;
const hundredths = (v: number) => {
  const h = Math.round(v * 100);
  return Math.abs(h) < PRUNE ? 0 : h;
};

// The catalog string (format in sentence-model.ts parseModel): weights in hundredths, zeros left empty, features
// whose every weight rounds to zero left out.
function serialise(
  threshold: number,
  binary: Linear,
  softmax: Linear,
  categories: string[],
  vocab: Map<string, number>,
): string {
  const n = categories.length;
  const entries: string[] = [];
  for (const [f, i] of [...vocab].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const values = [hundredths(binary.w[i])];
    for (let c = 0; c < n; c++) values.push(hundredths(softmax.w[i * n + c]));
    if (values.every((v) => v === 0)) continue;
    entries.push(`${f}=${values.map((v) => (v === 0 ? '' : String(v))).join(',')}`);
  }
  return [
    threshold,
    Math.round(binary.b[0] * 100),
    categories.join(','),
    [...softmax.b].map((v) => Math.round(v * 100)).join(','),
    entries.join(';'),
  ].join('|');
}

/**
 * The kinds that have a model, and their thresholds. Chosen on split M before it was read: at 0.97 the models add
 * recall on requests and cold emails without new false flags there, and few hints on real published emails. Letters
 * have none: on real letters a model trained on written-for-the-purpose sentences flagged ordinary prose.
 */
export const MODEL_OPTIONS: Partial<Record<Kind, TrainingOptions>> = {
  letter: { threshold: 0.97 },
  request: { threshold: 0.97 },
  outreach: { threshold: 0.97 },
};

/** Every modelled kind's model, as the catalog carries them. */
export function trainAll(sentences: readonly TrainingSentence[]): Partial<Record<Kind, string>> {
  const out: Partial<Record<Kind, string>> = {};
  for (const [kind, options] of Object.entries(MODEL_OPTIONS) as [Kind, TrainingOptions][])
    out[kind] = trainModel(sentences, kind, options);
  return out;
}
