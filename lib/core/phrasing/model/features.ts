// What the sentence model reads of a sentence: its words, lower case, digit runs as "0", and each pair of
// neighbouring words. The trainer (train.ts) and the analyzer (sentence-model.ts) both read sentences through here,
// so a feature means the same thing in both.

/** A word of a sentence and where it sits in the text. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[a-z0-9'’]+|[!?]/gi;
const ODD = /[’\d]/;

/** A word of lower-case text, as tokenize reads it (sticky-free, global: set lastIndex before use). */
export const WORD = /[a-z0-9'’]+|[!?]/g;

/** A lower-case word as a feature: curly apostrophes straight, digit runs as "0". */
export function normaliseWord(word: string): string {
  return ODD.test(word) ? word.replace(/’/g, "'").replace(/\d+/g, '0') : word;
}

/** The words of `text[from, to)`, lower case, with their positions in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const part = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part)) {
    out.push({
      word: normaliseWord(m[0].toLowerCase()),
      start: from + m.index,
      end: from + m.index + m[0].length,
    });
  }
  return out;
}

/** The features of a token list: each word, then each pair of neighbouring words. */
export function features(tokens: readonly Token[]): string[] {
  const out = tokens.map((t) => t.word);
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i].word} ${tokens[i + 1].word}`);
  return out;
}
