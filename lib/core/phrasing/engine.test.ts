import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TESTSET } from '@/tests/phrasing/dev-set';
import { sentenceBounds, sentenceFinder } from './context';
import { compileRules, findSpans, type KindMode } from './engine';
import { RULES } from './registry';
import type { Hint } from './types';

// The scan tries at each word only the rules that can start with it (heads.ts). Whatever it skips, the hints must
// be exactly those of trying every rule at every word.
const compiled = new Map<string, ReturnType<typeof compileRules>>();
const spans = (text: string, mode: KindMode, byWord: boolean): Hint[] => {
  const key = `${mode} ${byWord}`;
  let rules = compiled.get(key);
  if (!rules) {
    rules = compileRules(RULES, mode, [], [], byWord);
    compiled.set(key, rules);
  }
  const out: Hint[] = [];
  findSpans(text, rules, 0, out);
  return out;
};

const modes: KindMode[] = ['letter', 'request', 'outreach', 'unknown'];
const corpus = TESTSET.map((s) => s.text).join(' ');

describe('span scan by first word', () => {
  it('knows the first words of nearly every rule', () => {
    const { byWord } = compileRules(RULES, 'unknown');
    const open = byWord.heads.filter((h) => h === null).length;
    expect(open).toBeLessThanOrEqual(2);
  });

  it.each(modes)('finds the same hints as trying every rule at every word (%s)', (mode) => {
    const every = spans(corpus, mode, false);
    expect(every.length).toBeGreaterThan(20);
    expect(spans(corpus, mode, true)).toEqual(every);
    const shouted = corpus.toUpperCase().replaceAll('I', 'İ');
    expect(spans(shouted, mode, true), 'case-insensitive regexes').toEqual(spans(shouted, mode, false));
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

  it('finds the same hints with and without the index on any mix of weak phrases', () => {
    const pieces = TESTSET.slice(0, 120).map((s) => s.text);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom(...modes), (parts, mode) => {
        const text = parts.join(' ');
        expect(spans(text, mode, true)).toEqual(spans(text, mode, false));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
