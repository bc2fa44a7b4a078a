import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TESTSET } from '@/tests/phrasing/dev-set';
import { sentenceBounds, sentenceFinder } from './context';
import { compileRules, findSpans, type KindMode } from './engine';
import { RULES } from './registry';
import type { Hint } from './types';

// The span rules run as a few joined regexes (each under V8's 20 KB optimisation limit). However they are cut,
// the hints must be exactly those of one regex holding every rule.
const compiled = new Map<string, ReturnType<typeof compileRules>>();
const spans = (text: string, mode: KindMode, chunkChars: number): Hint[] => {
  const key = `${mode} ${chunkChars}`;
  let rules = compiled.get(key);
  if (!rules) {
    rules = compileRules(RULES, mode, [], [], chunkChars);
    compiled.set(key, rules);
  }
  const out: Hint[] = [];
  findSpans(text, rules, 0, out);
  return out;
};

const modes: KindMode[] = ['letter', 'request', 'outreach', 'unknown'];
const corpus = TESTSET.map((s) => s.text).join(' ');

describe('joined rule regexes', () => {
  it('keeps each joined regex under the size V8 still optimises', () => {
    for (const mode of modes) {
      const { regexes, regexesI } = compileRules(RULES, mode);
      for (const chunk of [...regexes, ...regexesI]) expect(chunk.re.source.length).toBeLessThan(20_000);
    }
  });

  it.each(modes)('finds the same hints however the rules are cut into regexes (%s)', (mode) => {
    const whole = spans(corpus, mode, Number.POSITIVE_INFINITY);
    expect(whole.length).toBeGreaterThan(20);
    expect(spans(corpus, mode, 16_000)).toEqual(whole);
    expect(spans(corpus, mode, 1), 'one rule per regex').toEqual(whole);
    const shouted = corpus.toUpperCase().replaceAll('I', 'İ');
    expect(spans(shouted, mode, 1), 'case-insensitive regexes').toEqual(spans(shouted, mode, Number.POSITIVE_INFINITY));
  });

  it('finds the sentence around each match as sentenceBounds does, reusing it while matches stay inside', () => {
    const sentence = fc.array(
      fc.constantFrom('She ', 'was ', 'Dr. ', 'Smith ', 'e.g. ', 'fine', '. ', '! ', '? ', '; ', '\n', 'a.', 'x '),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(sentence, fc.array(fc.nat(), { maxLength: 8 }), (parts, cuts) => {
        const text = parts.join('');
        const find = sentenceFinder(text);
        let start = 0;
        for (const cut of cuts) {
          if (text.length === 0) return;
          start = Math.min(text.length - 1, start + (cut % 12));
          const end = Math.min(text.length, start + 1 + (cut % 5));
          expect(find(start, end)).toEqual(sentenceBounds(text, start, end));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same hints split or whole on any mix of weak phrases', () => {
    const pieces = TESTSET.slice(0, 120).map((s) => s.text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom(...modes), (parts, mode) => {
        const text = parts.join(' ');
        const whole = spans(text, mode, Number.POSITIVE_INFINITY);
        expect(spans(text, mode, 1)).toEqual(whole);
        expect(spans(text, mode, 19_500)).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
