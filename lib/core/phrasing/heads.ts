// The words a regex can start with, read from its source, so the scan tries a rule only at the words it could
// match there (see engine.ts). Where a first word must be followed by one space and a word, the pairs are listed
// instead, so the scan can also check the next word. The answer is a superset: whatever the parser cannot follow
// widens it, never the reverse. Words are runs of \w characters (ASCII letters, digits, "_"), in lower case.

/**
 * A rule's possible starts: whole first words, beginnings of first words, and first words that must be followed
 * by a space and one of some words ("the first", "the last"; a trailing "*" marks a beginning: "the hard*").
 */
export interface Heads {
  words: Set<string>;
  prefixes: Set<string>;
  /** "first second" pairs, as "first+second" or "first+beginning*"; never for a first word in `words`. */
  pairs: Set<string>;
}

// One element of a parsed regex: a character (the word characters it matches, whether it matches any other
// character, and whether it is exactly a space), a group of alternatives, a repeat, a word boundary, a zero-width
// test, or something unknown.
type Node =
  | { t: 'c'; set: string; other: boolean; space?: boolean }
  | { t: 'g'; alts: Node[][] }
  | { t: 'q'; node: Node; min: number; max: number }
  | { t: 'b' }
  | { t: 'z' }
  | { t: 'w' };

// Where the walk goes next: the rest of the regex, as a linked list.
type Next = { node: Node; next: Next } | null;

const WORD = 'abcdefghijklmnopqrstuvwxyz0123456789_';

/** The first words (or word pairs) a regex source can match at the start of a word, or null if any word may do. */
export function headsOf(source: string): Heads | null {
  const parser = { src: source, i: 0 };
  const heads: Heads = { words: new Set(), prefixes: new Set(), pairs: new Set() };
  const budget = { steps: 100_000 };
  try {
    walker(heads, budget)(chain([alternatives(parser)], null), '', null);
  } catch {
    return null;
  }
  if (budget.steps < 0 || parser.i < source.length || heads.prefixes.has('')) return null;
  for (const pair of heads.pairs) if (heads.words.has(pair.slice(0, pair.indexOf('+')))) heads.pairs.delete(pair);
  return heads;
}

// Walks the parsed regex from a word start, one character at a time, noting into `heads` how each path's first word
// (and, after exactly one space, second word) ends; it stops, leaving the budget below zero, after too many steps.
function walker(heads: Heads, budget: { steps: number }) {
  // The word being read ends: alone, or (first word, then exactly one space) with the word after it.
  const close = (cur: string, first: string | null, afterSpace?: Next) => {
    if (first !== null) heads.pairs.add(`${first}+${cur}`);
    else if (afterSpace !== undefined) walk(afterSpace, '', cur);
    else heads.words.add(cur);
  };
  // The word being read may go on with anything.
  const open = (cur: string, first: string | null) => {
    if (first === null) heads.prefixes.add(cur);
    else if (cur) heads.pairs.add(`${first}+${cur}*`);
    else heads.words.add(first);
  };
  const walk = (rest: Next, cur: string, first: string | null): void => {
    if (--budget.steps < 0) return;
    const at = rest?.node;
    if (!rest || !at || at.t === 'w' || cur.length > 40) {
      open(cur, first);
      return;
    }
    switch (at.t) {
      case 'z':
        walk(rest.next, cur, first);
        return;
      case 'b':
        // At a word's start a boundary holds; after word characters it ends the word.
        if (cur) close(cur, first);
        else walk(rest.next, cur, first);
        return;
      case 'g':
        for (const alt of at.alts) walk(chain(alt, rest.next), cur, first);
        return;
      case 'q': {
        if (at.min === 0) walk(rest.next, cur, first);
        // A repeated character (\d+, [a-z]*) can make any word: past its first copy, any word with this start.
        const again: Node = at.node.t === 'c' ? { t: 'w' } : { ...at, min: Math.max(0, at.min - 1), max: at.max - 1 };
        if (at.max > 0)
          walk({ node: at.node, next: at.max > 1 ? { node: again, next: rest.next } : rest.next }, cur, first);
        return;
      }
      default:
        // A character: a non-word one ends the word (none can open the first; after the space, anything may follow).
        if (at.other && cur) close(cur, first, at.space ? rest.next : undefined);
        else if (at.other && first !== null) heads.words.add(first);
        if (at.set.length > 12) open(cur, first);
        else for (const c of at.set) walk(rest.next, cur + c, first);
    }
  };
  return walk;
}

function chain(seq: Node[], next: Next): Next {
  let out = next;
  for (let i = seq.length - 1; i >= 0; i--) out = { node: seq[i], next: out };
  return out;
}

interface Parser {
  src: string;
  i: number;
}

function alternatives(p: Parser): Node {
  const alts: Node[][] = [[]];
  while (p.i < p.src.length && p.src[p.i] !== ')') {
    if (p.src[p.i] === '|') {
      p.i++;
      alts.push([]);
    } else alts[alts.length - 1].push(quantified(p, atom(p)));
  }
  return { t: 'g', alts };
}

function quantified(p: Parser, node: Node): Node {
  const q = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(p.src.slice(p.i, p.i + 12));
  if (!q) return node;
  p.i += q[0].length;
  if (q[1]) return { t: 'q', node, min: q[1] === '+' ? 1 : 0, max: q[1] === '?' ? 1 : Number.POSITIVE_INFINITY };
  const min = Number(q[2]);
  return { t: 'q', node, min, max: q[3] ? (q[4] ? Number(q[4]) : Number.POSITIVE_INFINITY) : min };
}

function atom(p: Parser): Node {
  const c = p.src[p.i++];
  if (c === '(') {
    // Look-arounds only narrow a match: read past them. Any other group is walked into.
    const look = /^\?<?[=!]/.test(p.src.slice(p.i, p.i + 3));
    const open = /^\?(?::|<?[=!]|<[a-zA-Z]\w*>)/.exec(p.src.slice(p.i, p.i + 40));
    if (open) p.i += open[0].length;
    const inner = alternatives(p);
    if (p.src[p.i++] !== ')') throw new Error('unbalanced');
    return look ? { t: 'z' } : inner;
  }
  if (c === '^' || c === '$') return { t: 'z' };
  if (c === '.') return { t: 'c', set: WORD, other: true };
  if (c === '[') return charClass(p);
  if (c === '\\') return escaped(p);
  return char(c);
}

function char(c: string): Node {
  if (c === ' ') return { t: 'c', set: '', other: true, space: true };
  const lower = c.toLowerCase();
  return WORD.includes(lower) && lower.length === 1
    ? { t: 'c', set: lower, other: false }
    : { t: 'c', set: '', other: true };
}

const CLASSES: Record<string, Node> = {
  d: { t: 'c', set: '0123456789', other: false },
  w: { t: 'c', set: WORD, other: false },
  D: { t: 'c', set: WORD.replace(/\d/g, ''), other: true },
  S: { t: 'c', set: WORD, other: true },
  W: { t: 'c', set: '', other: true },
  s: { t: 'c', set: '', other: true },
};

function escaped(p: Parser): Node {
  const c = p.src[p.i++];
  if (c === 'b') return { t: 'b' };
  if (c === 'B') return { t: 'z' };
  if (CLASSES[c]) return CLASSES[c];
  // A back-reference or a named one may match anything.
  if (/[1-9k]/.test(c)) return { t: 'w' };
  const code = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/.exec(p.src.slice(p.i, p.i + 5));
  if (code) {
    p.i += code[0].length;
    return char(String.fromCharCode(Number.parseInt(code[1] ?? code[2], 16)));
  }
  return /[a-zA-Z]/.test(c) ? { t: 'c', set: '', other: true } : char(c);
}

// A [...] class: the word characters it may match, and whether it may match another character.
function charClass(p: Parser): Node {
  const negated = p.src[p.i] === '^';
  if (negated) p.i++;
  let set = '';
  let other = false;
  const add = (n: Node) => {
    if (n.t !== 'c') throw new Error('class');
    for (const ch of n.set) if (!set.includes(ch)) set += ch;
    other ||= n.other;
  };
  while (p.src[p.i] !== ']') {
    if (p.i >= p.src.length) throw new Error('unclosed class');
    const c = p.src[p.i++];
    const single = c === '\\' ? escaped(p) : char(c);
    if (p.src[p.i] === '-' && p.src[p.i + 1] !== ']' && c !== '\\') {
      const hi = p.src[p.i + 1] === '\\' ? null : p.src[p.i + 1];
      if (hi === null) throw new Error('range');
      p.i += 2;
      for (let code = c.charCodeAt(0); code <= hi.charCodeAt(0) && code < 128; code++)
        add(char(String.fromCharCode(code)));
      if (hi.charCodeAt(0) >= 128) other = true;
    } else add(single);
  }
  p.i++;
  return negated
    ? {
        t: 'c',
        set: WORD.split('')
          .filter((c) => !set.includes(c))
          .join(''),
        other: true,
      }
    : { t: 'c', set, other };
}

/**
 * A pattern's first words as the locale catalog carries them: words, beginnings marked "*", and first words with the
 * words that must follow them ("the+first,last,hard*"); "*" alone for any.
 */
export function headsText(source: string): string {
  const heads = headsOf(source);
  if (!heads) return '*';
  // Pairs grouped by first word: "the+first,last,hard*".
  const seconds = new Map<string, string[]>();
  for (const pair of heads.pairs) {
    const [first, second] = pair.split('+');
    seconds.set(first, [...(seconds.get(first) ?? []), second]);
  }
  const pairs = [...seconds].map(([first, list]) => `${first}+${list.join(',')}`);
  return [...heads.words, ...[...heads.prefixes].map((p) => `${p}*`), ...pairs].join(' ');
}
