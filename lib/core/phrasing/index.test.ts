import { analyze, CATEGORIES, createIncrementalAnalyzer, detectKind, RULES } from './index';

describe('analyze', () => {
  it('flags faint praise in a letter and leaves the clinical use alone', () => {
    const text = 'She was a satisfactory student. The patient had a satisfactory outcome.';
    const hints = analyze(text, { kind: 'letter' });
    expect(hints.map((h) => text.slice(h.start, h.end))).toEqual(['satisfactory']);
    expect(hints[0]).toMatchObject({ ruleId: 'faint-satisfactory', scope: 'span', severity: 'error' });
    expect(hints[0].start).toBe(10);
  });

  it('skips disabled rules', () => {
    expect(
      analyze('She was a satisfactory student.', { kind: 'letter', disabledRules: ['faint-satisfactory'] }),
    ).toEqual([]);
  });

  it('flags a custom phrase whole-word and case-insensitively, with its suggestion', () => {
    const text = 'He is a Team Player. Teamplayers abound.';
    const hints = analyze(text, {
      kind: 'letter',
      customPhrases: [{ phrase: 'team player', suggestion: 'Say what he did.' }],
    });
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatchObject({ start: 8, end: 19, category: 'custom', suggestion: 'Say what he did.' });
  });

  it('returns nothing for empty or non-string input', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze(undefined as unknown as string)).toEqual([]);
  });
});

describe('detectKind', () => {
  it.each([
    ['Dear Dr. Lee, would you be willing to write me a strong letter of recommendation?', 'request'],
    ['It is my pleasure to recommend Dr. Rao. I have known her for two years.', 'letter'],
    [
      'Dear Dr. Lee, I read your paper on sepsis. Would it be possible to join your clinic for an observership?',
      'outreach',
    ],
    ['Hello', 'unknown'],
  ])('%s → %s', (text, kind) => {
    expect(detectKind(text)).toBe(kind);
  });
});

describe('createIncrementalAnalyzer', () => {
  it('gives the same span hints per paragraph as analyzing each paragraph alone', () => {
    const paragraphs = ['She was diligent and punctual.', 'He performed satisfactorily.', 'Her reasoning was superb.'];
    const inc = createIncrementalAnalyzer();
    const first = inc.analyzeParagraphs(paragraphs, { kind: 'letter' });
    expect(first.paragraphs).toEqual(paragraphs.map((p) => analyze(p, { kind: 'letter' })));
    const edited = [paragraphs[0], 'He performed well.', paragraphs[2]];
    expect(inc.analyzeParagraphs(edited, { kind: 'letter' }).paragraphs[1]).toEqual([]);
  });
});

describe('RULES and CATEGORIES', () => {
  it('give every rule a known category with a label', () => {
    const ids = new Set(CATEGORIES.map((c) => c.id));
    for (const rule of RULES) expect(ids.has(rule.category)).toBe(true);
  });
});

describe('replacements', () => {
  it.each([
    ['Would you please write me a letter of recommendation?', 'write me a strong letter of recommendation'],
    ['Could you provide an LOR for my application?', 'provide a strong LOR'],
    ['I am writing to request a recommendation letter.', 'request a strong recommendation letter'],
  ])('offers a literal fix for a plain ask: %s', (text, expected) => {
    const hint = analyze(text, { kind: 'request' }).find((h) => h.ruleId === 'request-not-strong');
    expect(hint?.replacement).toBe(expected);
  });

  it('offers no literal fix where only a rewrite will do', () => {
    const hint = analyze('She was a satisfactory student.', { kind: 'letter' })[0];
    expect(hint.ruleId).toBe('faint-satisfactory');
    expect(hint.replacement).toBeUndefined();
  });
});
