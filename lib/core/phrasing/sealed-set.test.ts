import sealed from '@/tests/phrasing/sealed-set.json';
import { formatScore, type LabelledSentence, scoreSet } from './score';

// The sealed split (X, 349 sentences): written by a helper who saw only the category descriptions, never the rules,
// after the rules were last tuned. Nobody tunes on it: its misses are not printed here. Once it has been read, it
// joins the development set and a new sealed split is written (README, "How good are the hints").
describe('sealed set', () => {
  it('keeps its measured level (scored at 0.923 / 0.059 on arrival; floors recall >= 0.90, false flags <= 0.07) without being tuned on', () => {
    const score = scoreSet(sealed as LabelledSentence[]);
    console.log(`PHRASING sealed set (${sealed.length}):\n${formatScore(score)}`);
    expect(score.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.overall.falseFlagRate).toBeLessThanOrEqual(0.07);
  });
});
