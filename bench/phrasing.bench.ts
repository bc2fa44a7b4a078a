import writeGood from 'write-good';
import { analyze, createIncrementalAnalyzer } from '@/lib/core/phrasing';

// Speed of the phrasing analyzer, beside write-good on the same text in the same process.
// Every figure is a median after warm-up runs.

const PARAGRAPHS = [
  'It is my pleasure to write this letter for Dr. Maria Santos, who rotated on our inpatient medicine service for four weeks. I supervised her daily on rounds and in the clinic.',
  'She was a satisfactory student who attended rounds regularly and completed all assigned tasks. She is hardworking and punctual, and she gets along well with everyone on the team.',
  'Although she was quiet at first, she showed steady improvement over the rotation. With supervision, she managed common inpatient problems, and she should be able to handle the demands of residency.',
  'On her second day she reasoned through a complex case of diabetic ketoacidosis and caught a missed potassium trend before the night team did. Her presentations were the clearest on the service.',
  'I would rank her among the top three students I have supervised this year, and I recommend her without reservation for your internal medicine residency program.',
  'The patient had a satisfactory outcome, and we ensured adequate hydration before the procedure. Although the patient presented with vague symptoms, the team found the diagnosis quickly.',
];

function makeText(words: number, paragraphs: readonly string[] = PARAGRAPHS): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function median(run: () => void, times: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const ms = (n: number) => `${n.toFixed(3)} ms`;

describe('phrasing analyzer speed', () => {
  const text10k = makeText(10_000);

  it('analyzes a 10,000-word letter in at most 3 ms (median), write-good beside it for scale', () => {
    let hints = 0;
    const theirs = median(() => writeGood(text10k), 7, 2);
    const ours = median(
      () => {
        hints = analyze(text10k, { kind: 'letter' }).length;
      },
      41,
      25,
    ); // enough warm-up for the regex JIT to settle
    const ratio = theirs / ours;
    console.log(
      `BENCH phrasing 10k words: ${ms(ours)} (${hints} hints); write-good: ${ms(theirs)}; ratio ${ratio.toFixed(1)}× (target: ours <= 3 ms)`,
    );
    expect(hints).toBeGreaterThan(100);
    expect(ours).toBeLessThanOrEqual(3);
  });

  it('reports a 10,000-word letter that does not rank the applicant, where the sentence model reads every unflagged sentence', () => {
    // The letter above ranks the applicant, which silences the sentence model, so the model is not run there.
    const unranked = makeText(
      10_000,
      PARAGRAPHS.filter((p) => !/\brank\b/.test(p)),
    );
    let hints = 0;
    const ours = median(
      () => {
        hints = analyze(unranked, { kind: 'letter' }).length;
      },
      41,
      25,
    );
    console.log(`BENCH phrasing 10k words, no ranking (model on): ${ms(ours)} (${hints} hints)`);
    expect(hints).toBeGreaterThan(100);
  });

  it('grows linearly: 100,000 words take at most 12× the 10,000-word time', () => {
    const text100k = makeText(100_000);
    const small = median(() => analyze(text10k, { kind: 'letter' }), 41, 25);
    const large = median(() => analyze(text100k, { kind: 'letter' }), 9);
    const ratio = large / small;
    console.log(
      `BENCH phrasing 100k words: ${ms(large)} vs 10k ${ms(small)}; ratio ${ratio.toFixed(2)} (target <= 12)`,
    );
    expect(ratio).toBeLessThanOrEqual(12);
  });

  it('re-checks one edited paragraph of a 5,000-word text in under 0.5 ms', () => {
    const paragraphs = makeText(5_000).split('\n\n');
    const inc = createIncrementalAnalyzer();
    inc.analyzeParagraphs(paragraphs, { kind: 'letter' });
    const target = Math.floor(paragraphs.length / 2);
    const original = paragraphs[target];
    let n = 0;
    const once = median(
      () => {
        // A keystroke: the paragraph text changes to something not seen before.
        paragraphs[target] = `${original} edit${n++}`;
        inc.analyzeParagraphs(paragraphs, { kind: 'letter' });
      },
      101,
      10,
    );
    console.log(
      `BENCH phrasing incremental edit (5k words, ${paragraphs.length} paragraphs): ${ms(once)} (target <= 0.2 ms)`,
    );
    expect(once).toBeLessThanOrEqual(0.2);
  });
});
