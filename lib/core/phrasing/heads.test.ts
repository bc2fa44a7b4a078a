import { describe, expect, it } from 'vitest';
import { TESTSET } from '@/tests/phrasing/dev-set';
import { type Heads, headsOf } from './heads';
import { RULES } from './registry';
import type { SpanRule } from './types';

// Whether the heads allow a rule to start at `word`, followed by `rest` of the text.
const covers = (heads: Heads | null, word: string, rest: string) => {
  if (heads === null || heads.words.has(word) || [...heads.prefixes].some((p) => word.startsWith(p))) return true;
  const next = /^ (\w+)/.exec(rest)?.[1];
  return [...heads.pairs].some((pair) => {
    const [first, second] = pair.split('+');
    if (first !== word || next === undefined) return false;
    return second.endsWith('*') ? next.startsWith(second.slice(0, -1)) : next === second;
  });
};

describe('first words of a pattern', () => {
  it('lists whole words where the word ends, beginnings where it may go on, and pairs where a space and a word must follow', () => {
    const heads = headsOf(String.raw`(?:(?:very|quite) )?good\b|attend(?:ed|s)?|hard[- ]?work|the (?:first\b|hard\w*)`);
    expect(heads && [...heads.words].sort()).toEqual(['good', 'hard']);
    expect(heads && [...heads.prefixes].sort()).toEqual(['attend', 'attended', 'attends', 'hardwork']);
    expect(heads && [...heads.pairs].sort()).toEqual(['quite+good', 'the+first', 'the+hard*', 'very+good']);
  });

  it('reads past look-arounds and boundaries, and widens repeats to any word with their start', () => {
    const heads = headsOf(String.raw`(?<!not )\b(?=\w)(?:\d+ ?%|top)\b`);
    expect(heads && [...heads.words]).toEqual(['top']);
    expect(heads?.prefixes.size).toBe(10);
  });

  it('gives up (any word) on what may start anywhere', () => {
    expect(headsOf('[a-z]+ly')).toBeNull();
    expect(headsOf(String.raw`(?:\w+ )?good`)).toBeNull();
    expect(headsOf('(unbalanced')).toBeNull();
  });

  it('covers every word each rule matches at in the development set', () => {
    const text = TESTSET.map((s) => s.text)
      .join('\n')
      .toLowerCase();
    const starts = [...text.matchAll(/\b(?=[a-z0-9])\w+/g)];
    const rules = RULES.filter((r): r is SpanRule => r.scope === 'span' && r.pattern !== '');
    expect(rules.length).toBeGreaterThan(40);
    let matched = 0;
    for (const rule of rules) {
      const heads = headsOf(rule.pattern);
      const re = new RegExp(rule.pattern, 'y');
      for (const m of starts) {
        re.lastIndex = m.index;
        if (!re.test(text)) continue;
        matched++;
        const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        expect(covers(heads, m[0], rest), `${rule.id} at "${m[0]}${rest}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(500);
  });
});
