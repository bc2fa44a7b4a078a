import { DEV_SET } from '@/tests/phrasing/dev-sets';
import { type LabelledSentence, scoreSet } from './score';

const DEV: LabelledSentence[] = DEV_SET;

describe('development set', () => {
  it('holds at least 1,200 sentences, with weak and clean ones of every kind', () => {
    expect(DEV.length).toBeGreaterThanOrEqual(1200);
    for (const kind of ['letter', 'request', 'outreach'] as const)
      for (const label of ['weak', 'ok'] as const)
        expect(DEV.filter((s) => s.kind === kind && s.label === label).length).toBeGreaterThan(50);
    expect(DEV.filter((s) => s.label === 'ok').length / DEV.length).toBeGreaterThanOrEqual(0.4);
  });

  it('reaches recall >= 0.95 and false flags <= 0.02, overall and for each kind', () => {
    const score = scoreSet(DEV);
    console.log(
      `PHRASING dev set (${DEV.length}): recall ${score.overall.recall.toFixed(3)}, false flags ${score.overall.falseFlagRate.toFixed(3)}`,
    );
    if (score.missed.length) console.log(`missed:\n  ${score.missed.map((s) => s.text).join('\n  ')}`);
    if (score.falseFlags.length)
      console.log(`false flags:\n  ${score.falseFlags.map((s) => `${s.text} <- ${s.rules}`).join('\n  ')}`);
    for (const slice of [score.overall, ...Object.values(score.byKind)]) {
      expect(slice.recall).toBeGreaterThanOrEqual(0.95);
      expect(slice.falseFlagRate).toBeLessThanOrEqual(0.02);
    }
  });
});
