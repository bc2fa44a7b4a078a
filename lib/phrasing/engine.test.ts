import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, findSpans, type KindMode } from './engine';
import { RULES } from './registry';
import { TESTSET } from './testset';
import type { Hint } from './types';

// The span rules run as a few joined regexes (each under V8's 20 KB optimisation limit). However they are
// split, the hints must be exactly those of one regex holding every rule.
const spans = (text: string, mode: KindMode, chunkChars: number): Hint[] => {
  const out: Hint[] = [];
  findSpans(text, compileRules(RULES, mode, [], [], chunkChars), 0, out);
  return out;
};

const modes: KindMode[] = ['letter', 'request', 'outreach', 'unknown'];
const corpus = TESTSET.map((s) => s.text).join(' ');

describe('joined rule regexes', () => {
  it('keeps each joined regex under the size V8 still optimises', () => {
    for (const mode of modes)
      for (const chunk of compileRules(RULES, mode).regexes) expect(chunk.re.source.length).toBeLessThan(20_000);
  });

  it.each(modes)('finds the same hints split or whole (%s)', (mode) => {
    const whole = spans(corpus, mode, Number.POSITIVE_INFINITY);
    expect(whole.length).toBeGreaterThan(20);
    expect(spans(corpus, mode, 16_000)).toEqual(whole);
    expect(spans(corpus, mode, 1), 'one rule per regex').toEqual(whole);
  });

  it('finds the same hints split or whole on any mix of weak phrases', () => {
    const pieces = TESTSET.slice(0, 120).map((s) => s.text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom(...modes), (parts, mode) => {
        const text = parts.join(' ');
        expect(spans(text, mode, 1)).toEqual(spans(text, mode, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 150 },
    );
  });
});
