import { features, type Token } from './features';

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
  const feats = features(tokens);
  const n = model.categories.length;
  const scores = Float32Array.from(model.categoryBias);
  let z = model.bias;
  for (const f of feats) {
    const row = model.weights.get(f);
    if (!row) continue;
    z += row[0];
    for (let c = 0; c < n; c++) scores[c] += row[c + 1];
  }
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c] > scores[best]) best = c;
  return {
    probability: 1 / (1 + Math.exp(-z)),
    category: model.categories[best] ?? '',
  };
}
