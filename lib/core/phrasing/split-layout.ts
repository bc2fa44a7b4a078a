import type { Candidate, Chunk } from './engine';
import { choice, parsePattern, type Split, split } from './factor';
import type { SpanRule } from './types';

export { fast } from './factor';

// The split layout of a rule set (see engine.ts): each rule split by the first character of its matches, and the
// rules' branches merged by that character. Kept apart from the engine so that the content script's build can
// leave it out (split-layout-off.ts).

/**
 * The split layout's regexes for given flags, or null when some rule cannot be split. The rules are split once;
 * the builder is called for the lower-case ('g') and the case-insensitive ('gi') regexes.
 */
export function splitLayout(rules: SpanRule[], limit: number): ((flags: string) => Chunk[]) | null {
  const splits = splitRules(rules);
  return splits && ((flags) => byFirstChar(splits, flags, limit));
}

/** Each rule's branches by first character, as sources; null when some rule cannot be split (or would grow too much). */
function splitRules(rules: SpanRule[]): Map<string, string>[] | null {
  const out: Map<string, string>[] = [];
  for (const r of rules) {
    let s: Split | null = null;
    try {
      s = split([{ t: 'group', alts: parsePattern(r.pattern) }]);
    } catch {
      return null;
    }
    if (!s) return null;
    const branches = new Map<string, string>();
    let size = 0;
    for (const [ch, rests] of s) {
      const src = choice(rests);
      branches.set(ch, src);
      size += src.length + 8;
    }
    // A leading optional word copies what follows once per first letter; past this the copies cost more than
    // they save.
    if (size > 8 * r.pattern.length + 400) return null;
    out.push(branches);
  }
  return out;
}

/**
 * The split layout. For each first character, the rules' branches in the rules' order, `s(?:rule 3|rule 9)`:
 * branches of different characters never match at the same place, so they can go in any order and in any
 * regex. A character whose branches exceed `limit` is cut between rules, its parts kept in order.
 */
function byFirstChar(splits: Map<string, string>[], flags: string, limit: number): Chunk[] {
  const byChar = new Map<string, { rule: number; src: string }[]>();
  splits.forEach((branches, rule) => {
    for (const [ch, src] of branches) {
      let list = byChar.get(ch);
      if (!list) {
        list = [];
        byChar.set(ch, list);
      }
      list.push({ rule, src });
    }
  });
  const sticky = `y${flags.replace('g', '')}`;
  const chunks: Chunk[] = [];
  let parts: string[] = [];
  let table: Candidate[][] = [];
  let size = 0;
  const close = () => {
    if (parts.length) chunks.push({ re: new RegExp(`\\b(?:${parts.join('|')})`, flags), byChar: table });
    parts = [];
    table = [];
    size = 0;
  };
  for (const [ch, list] of byChar) {
    let from = 0;
    while (from < list.length) {
      let to = from + 1;
      let n = list[from].src.length + 8;
      while (to < list.length && n + list[to].src.length + 1 <= limit) n += list[to++].src.length + 1;
      if (size > 0 && size + n > limit) close();
      const branch = list.slice(from, to);
      parts.push(`${ch}(?:${branch.map((b) => b.src).join('|')})`);
      const code = ch.charCodeAt(0);
      table[code] = (table[code] ?? []).concat(
        branch.map((b) => ({ rule: b.rule, src: `${ch}(?:${b.src})`, flags: sticky })),
      );
      size += n;
      from = to;
    }
  }
  close();
  return chunks;
}
