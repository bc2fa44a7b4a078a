// Rewrites regex sources so that V8 rejects a word at its first letter or two. V8 tries the branches of a choice
// one after another at every place in the text; a branch that starts with a literal character fails there in a
// few instructions, but a branch that starts with a group (or a look-ahead) costs tens of nanoseconds. So:
// - `split` turns a rule into branches that each start with one letter, `s(?:...)|a(?:...)`, which the engine
//   merges across rules (engine.ts);
// - `choice` writes every choice with its branches merged by first character, `(?:s(?:eems|hould)|appears)`.
// Both keep the matches and their order exactly: only branches that start with the same character can match at
// the same place, and those keep their order.
//
// Only the regex syntax our patterns use is understood: literals, escapes, classes, (?:) groups, look-arounds
// and quantifiers. Anything else throws, and the caller keeps the pattern as it is.

export type Node =
  | { t: 'lit'; text: string } // literal characters, as they match
  | { t: 'set'; src: string; chars?: string } // a class or escape; `chars` when it lists only PLAIN characters
  | { t: 'zero'; src: string } // \b, \B, ^, $ or a look-around
  | { t: 'group'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number; lazy: boolean };

const ALNUM = /^[a-z0-9]+$/;
// Characters a branch is chosen by. Upper-case letters are left out, and without the 'u' flag a lower-case
// letter matches only itself and its capital, so no two of these match the same character, in 'g' or 'gi'.
const PLAIN = /^[a-z0-9 !"#%&',\-.:;<=>@_`~/]$/;
const SPECIAL = '\\[](){}|?*+.^$';
const QUANTIFIERS = '?*+{';
const QUANT = /(?:\?|\*|\+|\{(\d+)(,(\d*))?\})(\?)?/y;
const GROUP = /\?(?::|=|!|<=|<!)/y;

/** Parses a regex source into its alternatives; throws on syntax it does not handle. */
export function parsePattern(src: string): Node[][] {
  let i = 0;
  const fail = (): never => {
    throw new Error(`unsupported regex syntax at ${i}`);
  };
  const alts = (): Node[][] => {
    const out: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      const seq = out[out.length - 1];
      // A run of ordinary characters is one literal (its last character stays apart if a quantifier follows).
      let end = i;
      while (end < src.length && !SPECIAL.includes(src[end])) end++;
      if (end > i && QUANTIFIERS.includes(src[end])) end--;
      if (end > i) {
        const last = seq[seq.length - 1];
        if (last?.t === 'lit') last.text += src.slice(i, end);
        else seq.push({ t: 'lit', text: src.slice(i, end) });
        i = end;
        continue;
      }
      let node = atom();
      if (QUANTIFIERS.includes(src[i] ?? '|')) {
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
      }
      const last = seq[seq.length - 1];
      if (node.t === 'lit' && last?.t === 'lit') last.text += node.text;
      else seq.push(node);
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
        if (src[i] === '\\') {
          if (/[a-zA-Z0-9]/.test(src[i + 1] ?? '')) plain = false; // \s, \w, \d...
          i++;
        }
        if (src[i + 1] === '-' && src[i + 2] !== ']') plain = false; // a range, from a character or an escape
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
      if (/[\dkcux]/.test(e)) fail(); // back-references and code escapes
      if (e === 'b' || e === 'B') return { t: 'zero', src: `\\${e}` };
      if (e === 'd') return { t: 'set', src: '\\d', chars: '0123456789' };
      if (/[a-zA-Z]/.test(e)) return { t: 'set', src: `\\${e}` };
      return { t: 'lit', text: e };
    }
    if (c === '^' || c === '$') return { t: 'zero', src: c };
    if (c === '.') return { t: 'set', src: c };
    if (c === ')' || c === '|' || /[*+?{]/.test(c)) fail();
    return { t: 'lit', text: c };
  };
  const out = alts();
  if (i !== src.length) fail();
  return out;
}

/** Escapes a literal for use inside a regex. */
export function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Writes a sequence back as regex source, each group written as a `choice`. */
export function source(seq: Node[]): string {
  let out = '';
  for (const n of seq) out += one(n);
  return out;
}

// A group is often shared by many copies of what follows a split, so each is written once.
const written = new WeakMap<Node, string>();

function one(n: Node): string {
  if (n.t === 'lit') return escapeRegex(n.text);
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

/** The sequence without its first character (which is a literal). */
function drop(seq: Node[], count = 1): Node[] {
  const text = (seq[0] as { text: string }).text;
  return text.length > count ? [{ t: 'lit', text: text.slice(count) }, ...seq.slice(1)] : seq.slice(1);
}

/**
 * An ordered choice of sequences as source. Neighbouring branches that start with the same literal character
 * are merged, with their common prefix, `s(?:eems|hould)`; a branch that does not start with a literal stays
 * where it is, between the merged branches before and after it.
 */
export function choice(list: Node[][]): string {
  const parts: string[] = [];
  let run = new Map<string, Node[][]>();
  const flush = () => {
    for (const [ch, rests] of run) {
      if (rests.length === 1) {
        parts.push(escapeRegex(ch) + source(rests[0]));
        continue;
      }
      // Pull out what every branch starts with: c(?:ommittee|ommunication) is comm(?:ittee|unication).
      let prefix = '';
      if (rests.every((r) => r[0]?.t === 'lit')) {
        const texts = rests.map((r) => (r[0] as { text: string }).text);
        while (texts.every((t) => t.length > prefix.length && t[prefix.length] === texts[0][prefix.length]))
          prefix += texts[0][prefix.length];
      }
      const inner = prefix ? rests.map((r) => drop(r, prefix.length)) : rests;
      parts.push(`${escapeRegex(ch + prefix)}(?:${choice(inner)})`);
    }
    run = new Map();
  };
  for (const seq of list) {
    const n = seq[0];
    if (n?.t === 'lit' && PLAIN.test(n.text[0])) {
      const rests = run.get(n.text[0]);
      if (rests) rests.push(drop(seq));
      else run.set(n.text[0], [drop(seq)]);
    } else {
      flush();
      parts.push(source(seq));
    }
  }
  flush();
  return parts.join('|');
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
 * character, `a(?:...)|b(?:...)`, matching exactly what the sequence matches, in the same order; null when it
 * cannot. At a given character only the branches that start with it can match, so those keep their order and
 * the others drop out: (ab|c|ad)x is a(?:b|d)x|cx. A greedy x? is (x|), x{n,m} is x x{n-1,m-1}, and \b holds.
 */
export function split(seq: Node[]): Split | null {
  const [n, ...rest] = seq;
  if (!n) return null;
  if (n.t === 'lit') return ALNUM.test(n.text[0]) ? new Map([[n.text[0], [drop(seq)]]]) : null;
  if (n.t === 'set') return n.chars && ALNUM.test(n.chars) ? new Map([...n.chars].map((ch) => [ch, [rest]])) : null;
  if (n.t === 'zero') return n.src === '\\b' ? split(rest) : null;
  if (n.t === 'group') {
    const out: Split = new Map();
    if (n.alts.some((a) => a.every(nullable))) {
      // An alternative that can be empty lets what follows choose the first character: spell each one out.
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

/** The same regex with every choice merged by first character (see `choice`): the same matches, found sooner. */
export function fast(re: RegExp): RegExp {
  try {
    return new RegExp(choice(parsePattern(re.source)), re.flags);
  } catch {
    return re;
  }
}
