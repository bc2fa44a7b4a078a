// Splits rule patterns by the character their matches start with, so the joined regex can dispatch on the
// first letter of each word instead of trying every rule at every word. V8 checks a choice of literal first
// characters in a few instructions, while a choice of groups (or a look-ahead before it) costs tens of
// nanoseconds at every word of the text.
//
// Only the regex syntax our rules use is understood: literals, escapes, classes, (?:) groups, look-arounds
// and quantifiers. Anything else (or a head that would need too many copies) leaves the pattern as it is.

export type Node =
  | { t: 'lit'; src: string; ch?: string } // one character; `ch` when a branch can be chosen by it (PLAIN)
  | { t: 'set'; src: string; chars?: string } // class or escape; `chars` when it lists only PLAIN characters
  | { t: 'zero'; src: string } // \b, \B, ^, $ or a look-around
  | { t: 'group'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number; lazy: boolean };

const ALNUM = /^[a-z0-9]$/;
// Characters a branch can be chosen by: no case to fold (so 'gi' and 'g' regexes choose alike), nothing exotic.
const PLAIN = /^[a-z0-9 !"#%&',\-.:;<=>@_`~/]$/;

const QUANT = /(?:\?|\*|\+|\{(\d+)(,(\d*))?\})(\?)?/y;
const GROUP = /\?(?::|=|!|<=|<!)/y;

/** Parses a regex source into alternatives of atoms; throws on syntax the factoring does not handle. */
export function parsePattern(src: string): Node[][] {
  let i = 0;
  const fail = (): never => {
    throw new Error(`unsupported at ${i}: ${src}`);
  };
  const alts = (): Node[][] => {
    const out: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      let node = atom();
      QUANT.lastIndex = i;
      const q = QUANT.exec(src);
      if (q) {
        if (node.t === 'zero') fail();
        i += q[0].length;
        const c = q[0][0];
        const min = c === '?' || c === '*' ? 0 : c === '+' ? 1 : Number(q[1]);
        const max = c === '?' ? 1 : c === '*' || c === '+' || (q[2] && !q[3]) ? Infinity : q[3] ? Number(q[3]) : min;
        node = { t: 'rep', node, min, max, lazy: !!q[4] };
      }
      out[out.length - 1].push(node);
    }
    return out;
  };
  const atom = (): Node => {
    const start = i;
    const c = src[i++];
    if (c === '(') {
      GROUP.lastIndex = i;
      const head = GROUP.exec(src)?.[0] ?? fail();
      i += head.length;
      const body = alts();
      if (src[i++] !== ')') fail();
      return head === '?:' ? { t: 'group', alts: body } : { t: 'zero', src: src.slice(start, i) };
    }
    if (c === '[') {
      let chars = '';
      let plain = src[i] !== '^';
      while (i < src.length && src[i] !== ']') {
        if (src[i] === '\\') i++;
        else if (src[i + 1] === '-' && src[i + 2] !== ']') plain = false; // a range
        chars += src[i++];
      }
      if (src[i++] !== ']') fail();
      return {
        t: 'set',
        src: src.slice(start, i),
        chars: plain && [...chars].every((x) => PLAIN.test(x)) ? chars : undefined,
      };
    }
    if (c === '\\') {
      const e = src[i++] ?? fail();
      if (/\d|k|c|u|x/.test(e)) fail(); // back-references and code escapes are not expected here
      if (e === 'b' || e === 'B') return { t: 'zero', src: src.slice(start, i) };
      if (e === 'd') return { t: 'set', src: '\\d', chars: '0123456789' };
      if (/[a-zA-Z]/.test(e)) return { t: 'set', src: src.slice(start, i) };
      return { t: 'lit', src: src.slice(start, i), ch: PLAIN.test(e) ? e : undefined };
    }
    if (c === '^' || c === '$') return { t: 'zero', src: c };
    if (c === '.') return { t: 'set', src: c };
    if (c === ')' || c === '|' || /[*+?{]/.test(c)) fail();
    return { t: 'lit', src: c, ch: PLAIN.test(c) ? c : undefined };
  };
  const out = alts();
  if (i !== src.length) fail();
  return out;
}

/** Writes a sequence back as regex source, with every group's branches chosen by their first character. */
export function source(seq: Node[]): string {
  return seq.map(one).join('');
}

const esc = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * An ordered choice of sequences as source. Neighbouring branches that start with a literal character are merged by
 * it, `s(?:eems|hould)|a...`, so that the regex engine rejects most branches at their first character. A branch
 * that does not start with a literal stays where it is and keeps the order of the others around it.
 */
export function choice(list: Node[][]): string {
  const parts: string[] = [];
  let run: Split = new Map();
  const flush = () => {
    for (const [ch, rests] of run)
      parts.push(esc(ch) + (rests.length === 1 ? source(rests[0]) : `(?:${choice(rests)})`));
    run = new Map();
  };
  for (const seq of list) {
    const n = seq[0];
    if (n?.t === 'lit' && n.ch) add(run, new Map([[n.ch, [seq.slice(1)]]]));
    else {
      flush();
      parts.push(source(seq));
    }
  }
  flush();
  return parts.join('|');
}

// A group is often shared by many copies of a tail, so its source is written once.
const written = new WeakMap<Node, string>();

function one(n: Node): string {
  if (n.t === 'group') {
    let src = written.get(n);
    if (src === undefined) {
      src = `(?:${choice(n.alts)})`;
      written.set(n, src);
    }
    return src;
  }
  if (n.t !== 'rep') return n.src;
  const { min, max } = n;
  const q =
    min === 0 && max === 1
      ? '?'
      : min === 0 && max === Infinity
        ? '*'
        : min === 1 && max === Infinity
          ? '+'
          : max === Infinity
            ? `{${min},}`
            : min === max
              ? `{${min}}`
              : `{${min},${max}}`;
  return `${one(n.node)}${q}${n.lazy ? '?' : ''}`;
}

/** True when a node can match the empty string. */
function nullable(n: Node): boolean {
  if (n.t === 'zero') return true;
  if (n.t === 'group') return n.alts.some((a) => a.every(nullable));
  if (n.t === 'rep') return n.min === 0 || nullable(n.node);
  return false;
}

/** For each first character, in order, the ways a match can go on after it. */
export type Split = Map<string, Node[][]>;

function add(into: Split, from: Split): Split {
  for (const [ch, rests] of from) {
    const list = into.get(ch);
    if (list) list.push(...rests);
    else into.set(ch, [...rests]);
  }
  return into;
}

/**
 * Rewrites a sequence that starts at a word start (after \b, before a letter or digit) as a choice on its first
 * character, `a(?:...)|b(?:...)`, that matches exactly what the sequence matches, in the same order; null when it
 * cannot. At a given character only the branches that start with it can match, so those keep their order and the
 * rest drop out: (ab|c|ad)x is a(?:b|d)x|cx. A greedy x? is (x|), x{n,m} is x x{n-1,m-1}, and \b holds.
 */
export function split(seq: Node[]): Split | null {
  const [n, ...rest] = seq;
  if (!n) return null;
  if (n.t === 'lit') return n.ch && ALNUM.test(n.ch) ? new Map([[n.ch, [rest]]]) : null;
  if (n.t === 'set')
    return n.chars && /^[a-z0-9]+$/.test(n.chars) ? new Map([...n.chars].map((ch) => [ch, [rest]])) : null;
  if (n.t === 'zero') return n.src === '\\b' ? split(rest) : null;
  if (n.t === 'group') {
    const out: Split = new Map();
    if (n.alts.some((a) => a.every(nullable))) {
      // An alternative that can be empty lets the rest decide the first character: spell each one out.
      for (const a of n.alts) {
        const s = split([...a, ...rest]);
        if (!s) return null;
        add(out, s);
      }
      return out;
    }
    for (const a of n.alts) {
      const s = split(a);
      if (!s) return null;
      add(out, s);
    }
    for (const [ch, rests] of out)
      out.set(ch, [rests.length === 1 ? [...rests[0], ...rest] : [{ t: 'group', alts: rests }, ...rest]]);
    return out;
  }
  if (n.max === 0) return split(rest);
  const once: Node[] = n.max === 1 ? [n.node] : [n.node, { ...n, min: Math.max(0, n.min - 1), max: n.max - 1 }];
  if (n.min > 0) return split([...once, ...rest]);
  if (nullable(n.node)) return null; // an empty pass through a loop follows other rules
  const taken = split([...once, ...rest]);
  const skipped = split(rest);
  if (!taken || !skipped) return null;
  return n.lazy ? add(skipped, taken) : add(taken, skipped);
}

/** The same regex with every choice merged by first character (see choice): the same matches, found sooner. */
export function fast(re: RegExp): RegExp {
  try {
    return new RegExp(choice(parsePattern(re.source)), re.flags);
  } catch {
    return re;
  }
}
