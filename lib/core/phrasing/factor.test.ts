import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TESTSET } from '@/tests/phrasing/dev-set';
import { EXAMPLES } from './examples';
import { choice, fast, parsePattern, split } from './factor';
import { RULES } from './registry';
import type { SpanRule } from './types';

// The rewrites must never change what a regex matches, or in what order its branches win: each test compares
// every match (place and text) of the rewritten regex with the original's.

const matches = (re: RegExp, text: string): string[] => {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
};

/** The split of a pattern written back as one regex that starts at a word start, like the engine's. */
const splitSource = (pattern: string): string | null => {
  const s = split([{ t: 'group', alts: parsePattern(pattern) }]);
  return s && `\\b(?:${[...s].map(([ch, rests]) => `${ch}(?:${choice(rests)})`).join('|')})`;
};
const atWordStart = (pattern: string) => `\\b(?=[a-z0-9])(?:${pattern})`;

const spanRules = RULES.filter((r): r is SpanRule => r.scope === 'span');
const corpus = [...TESTSET.map((s) => s.text), ...Object.values(EXAMPLES).flatMap((e) => [...e.flag, ...e.pass])]
  .join('\n')
  .toLowerCase();

describe('regex rewriting for speed (factor.ts)', () => {
  it('parses and splits every built-in rule', () => {
    for (const rule of spanRules) {
      expect(() => parsePattern(rule.pattern), rule.id).not.toThrow();
      expect(splitSource(rule.pattern), `${rule.id} splits by first letter`).not.toBeNull();
    }
  });

  it.each(spanRules.map((r) => [r.id, r.pattern]))(
    '%s: merged choices and the split match as the rule does',
    (_id, pattern) => {
      const original = matches(new RegExp(atWordStart(pattern), 'g'), corpus);
      expect(matches(new RegExp(atWordStart(choice(parsePattern(pattern))), 'g'), corpus)).toEqual(original);
      expect(matches(new RegExp(splitSource(pattern) as string, 'g'), corpus)).toEqual(original);
      expect(matches(new RegExp(splitSource(pattern) as string, 'gi'), corpus.toUpperCase())).toEqual(
        matches(new RegExp(atWordStart(pattern), 'gi'), corpus.toUpperCase()),
      );
    },
  );

  it('keeps the order of branches that start alike', () => {
    expect(choice(parsePattern('ab|c|ad'))).toBe('a(?:b|d)|c');
    expect(choice(parsePattern('committee|communication'))).toBe('comm(?:ittee|unication)');
    // A branch that does not start with a literal stays between the others.
    expect(choice(parsePattern('ab|\\w+|ac'))).toBe('ab|\\w+|ac');
    const s = split([{ t: 'group', alts: parsePattern('(?:very |quite )?good|(?:was|is) fine') }]) as Map<
      string,
      unknown
    >;
    expect([...s.keys()]).toEqual(['v', 'q', 'g', 'w', 'i']);
    // A lazy optional part is first left out, a greedy one first taken.
    expect(matches(new RegExp(splitSource('(?:ab)??a') as string, 'g'), 'aba')).toEqual(['0:a']);
    expect(matches(new RegExp(splitSource('(?:ab)?a') as string, 'g'), 'aba')).toEqual(['0:aba']);
  });

  it('leaves what it does not understand alone', () => {
    expect(() => parsePattern('(a)\\1')).toThrow();
    expect(() => parsePattern('a(?<name>b)')).toThrow();
    expect(split(parsePattern('\\w+ly')[0])).toBeNull();
    expect(split(parsePattern(' a')[0])).toBeNull();
    expect(split(parsePattern('(?:a|)*b')[0])).toBeNull();
    const re = /(a)b/g;
    expect(fast(re)).toBe(re);
  });

  it('matches like the original on any small pattern and text', () => {
    const atom: fc.Arbitrary<string> = fc.letrec<{ re: string; atom: string }>((tie) => ({
      re: fc
        .array(
          fc.array(tie('atom'), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
          {
            minLength: 1,
            maxLength: 3,
          },
        )
        .map((alts) => alts.join('|')),
      atom: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom('a', 'b', 'ab', 'ba', ' ', 'a ', '[ab]', '\\b', '\\w', '-'),
        // Groups get bounded quantifiers only: nested unbounded ones can backtrack for ever on some texts.
        fc.tuple(tie('re'), fc.constantFrom('', '?', '??', '{1,2}', '{2}', '{0,2}')).map(([r, q]) => `(?:${r})${q}`),
        fc.tuple(fc.constantFrom('a', 'b', '[ab]'), fc.constantFrom('?', '*', '+', '{0,2}')).map(([a, q]) => a + q),
      ),
    })).re;
    const text = fc.array(fc.constantFrom('a', 'b', ' ', 'ab', 'ba ', '-'), { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(atom, text, (pattern, input) => {
        const original = new RegExp(pattern, 'g');
        expect(matches(new RegExp(choice(parsePattern(pattern)), 'g'), input)).toEqual(matches(original, input));
        const s = splitSource(pattern);
        if (s)
          expect(matches(new RegExp(s, 'g'), input)).toEqual(matches(new RegExp(atWordStart(pattern), 'g'), input));
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});
