import { TESTSET } from '@/tests/phrasing/dev-set';
import { analyze } from './index';

// A sentence counts as flagged when it gets a span hint of severity warning or error.
const flagged = (text: string, kind: (typeof TESTSET)[number]['kind']) =>
  analyze(text, { kind }).some((h) => h.scope === 'span' && h.severity !== 'info');

describe('labelled test set', () => {
  const weak = TESTSET.filter((s) => s.label === 'weak');
  const ok = TESTSET.filter((s) => s.label === 'ok');

  it('has at least 300 sentences of both labels and every kind', () => {
    expect(TESTSET.length).toBeGreaterThanOrEqual(300);
    for (const kind of ['letter', 'request', 'outreach'] as const) {
      expect(weak.some((s) => s.kind === kind)).toBe(true);
      expect(ok.some((s) => s.kind === kind)).toBe(true);
    }
  });

  it('reaches recall >= 0.90 and a false-flag rate <= 0.05', () => {
    const missed = weak.filter((s) => !flagged(s.text, s.kind));
    const falseFlags = ok.filter((s) => flagged(s.text, s.kind));
    const recall = 1 - missed.length / weak.length;
    const falseFlagRate = falseFlags.length / ok.length;
    console.log(
      `PHRASING testset: ${TESTSET.length} sentences, recall ${recall.toFixed(3)} (${weak.length - missed.length}/${weak.length}), false-flag rate ${falseFlagRate.toFixed(3)} (${falseFlags.length}/${ok.length})`,
    );
    if (missed.length) console.log(`missed:\n  ${missed.map((s) => s.text).join('\n  ')}`);
    if (falseFlags.length) console.log(`false flags:\n  ${falseFlags.map((s) => s.text).join('\n  ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseFlagRate).toBeLessThanOrEqual(0.05);
  });
});
