import fc from 'fast-check';
import { analyze, createIncrementalAnalyzer, type Hint, type KindOption } from './index';

// Any string at all: the analyzer must not throw, and every span must sit on code-point boundaries.

const kinds: KindOption[] = ['letter', 'request', 'outreach', 'auto'];
const weakBits = ['satisfactory', 'hardworking', 'Although he', 'Dear Sir,', 'ASAP', 'my name is', 'I recommend her'];

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...weakBits, '😀', '👩🏽‍⚕️', 'مرحبا', 'שלום', 'e\u0301', '\uD83D', 'İ', '\n', '. '),
        fc.string(),
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join(' ')),
);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
// An offset splits a surrogate pair when it falls between a high and a low surrogate.
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function problems(text: string, hints: Hint[]): string[] {
  const bad: string[] = [];
  hints.forEach((h, i) => {
    if (h.start < 0 || h.end > text.length || h.start > h.end) bad.push(`out of bounds ${h.start}-${h.end}`);
    if (h.scope === 'span' && h.end === h.start) bad.push(`empty span at ${h.start}`);
    if (splitsPair(text, h.start) || splitsPair(text, h.end)) bad.push(`splits a surrogate pair ${h.start}-${h.end}`);
    if (i > 0 && h.start < hints[i - 1].start) bad.push(`unsorted at ${i}`);
  });
  return bad;
}

function checkHints(text: string, hints: Hint[]) {
  expect(problems(text, hints)).toEqual([]);
}

describe('analyze on arbitrary text', () => {
  it('never throws, keeps offsets in bounds and on code-point boundaries, sorted', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...kinds), (text, kind) => {
        checkHints(text, analyze(text, { kind }));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...kinds), (text, kind) => {
        expect(analyze(text, { kind })).toEqual(analyze(text, { kind }));
      }),
      { numRuns: 150 },
    );
  });

  it('never splits a surrogate pair with custom phrases that contain emoji', () => {
    fc.assert(
      fc.property(anyText, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), (text, phrase) => {
        const full = `${text} ${phrase} ${text}`;
        checkHints(full, analyze(full, { kind: 'letter', customPhrases: [{ phrase }] }));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same span hints per paragraph through the incremental analyzer', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 6 }), (paragraphs) => {
        const result = createIncrementalAnalyzer().analyzeParagraphs(paragraphs, { kind: 'letter' });
        expect(result.paragraphs).toEqual(
          paragraphs.map((p) => analyze(p, { kind: 'letter' }).filter((h) => h.scope === 'span')),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('handles 1 MB of mixed text without throwing', () => {
    const chunk = 'She was a satisfactory student 😀 مرحبا e\u0301 İstanbul. Although he was quiet, \uD83D ';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const hints = analyze(text, { kind: 'auto' });
    expect(hints.length).toBeGreaterThan(1000);
    checkHints(text, hints);
  }, 30_000);
});
