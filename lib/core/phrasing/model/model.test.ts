import { DEV_SET, NEUTRAL_SET } from '@/tests/phrasing/dev-sets';
import { analyze, createIncrementalAnalyzer } from '../index';
import { tokenize } from './features';
import { judgeSentence, parseModel } from './sentence-model';
import { trainAll, trainModel } from './train';
import WEIGHTS from './weights.json';

// The sentence model: trained on the development set, carried in the catalog, heard only where no rule spoke.
// (tests/setup.ts installs the generated catalog, so analyze() here runs with the committed model.)

const WEAK_ASK = 'I need this letter so badly, my visa depends on it.';

describe('the sentence model', () => {
  it('the committed weights are what the development set trains to (npm run train:phrasing after changing the sets)', () => {
    expect(trainAll([...DEV_SET, ...NEUTRAL_SET])).toEqual(WEIGHTS);
  });

  it('reads back what it writes, and refuses a malformed string', () => {
    const source = trainModel(
      [
        { text: 'please send any letter at all', label: 'weak', kind: 'request', category: 'minimal-ask' },
        { text: 'please send any letter you can', label: 'weak', kind: 'request', category: 'minimal-ask' },
        { text: 'would you write a strong letter for surgery', label: 'ok', kind: 'request' },
        { text: 'would you write a strong letter for medicine', label: 'ok', kind: 'request' },
      ],
      'request',
      { threshold: 0.9, minCount: 1 },
    );
    const model = parseModel(source);
    expect(model?.threshold).toBe(0.9);
    expect(model?.categories).toEqual(['minimal-ask']);
    if (!model) return;
    const weak = judgeSentence(model, tokenize('Please send any letter.'));
    const fine = judgeSentence(model, tokenize('Would you write a strong letter?'));
    expect(weak.probability).toBeGreaterThan(fine.probability);
    expect(weak.category).toBe('minimal-ask');
    expect(parseModel('')).toBeNull();
    expect(parseModel('not a model')).toBeNull();
  });

  it('flags a weak request no rule words cover, underlining the whole sentence with the category rule’s advice', () => {
    const hints = analyze(`Dear Dr. Lee,\n\n${WEAK_ASK}\n\nBest,\nAmir`, { kind: 'request' }).filter(
      (h) => h.scope === 'span',
    );
    const learned = hints.filter((h) => h.learned);
    expect(learned).toHaveLength(1);
    const text = `Dear Dr. Lee,\n\n${WEAK_ASK}\n\nBest,\nAmir`;
    expect(text.slice(learned[0].start, learned[0].end)).toBe(WEAK_ASK.replace(/\.$/, ''));
    expect(learned[0].ruleId).toMatch(/^request-/);
    expect(learned[0].message.length).toBeGreaterThan(20);
  });

  it('stays quiet when the rule that owns the category is turned off', () => {
    const id = analyze(WEAK_ASK, { kind: 'request' }).find((h) => h.learned)?.ruleId as string;
    expect(analyze(WEAK_ASK, { kind: 'request', disabledRules: [id] }).some((h) => h.learned)).toBe(false);
  });

  it('stays quiet in a thank-you after the writer agreed, in quoted history, in letters and when the kind is unknown', () => {
    const thanks = `Thank you so much for agreeing to write my letter of recommendation. ${WEAK_ASK}`;
    expect(analyze(thanks, { kind: 'request' }).some((h) => h.learned)).toBe(false);
    expect(analyze(`Thanks!\n\n> ${WEAK_ASK}`, { kind: 'request' }).some((h) => h.learned)).toBe(false);
    expect(analyze(WEAK_ASK, { kind: 'letter' }).some((h) => h.learned)).toBe(false);
    expect(analyze(WEAK_ASK, { kind: 'auto' }).some((h) => h.learned)).toBe(false);
  });

  it('leaves thanks, offers of help and an earlier ask told alone', () => {
    for (const text of [
      `Thank you so much for everything. ${WEAK_ASK.replace('.', ', and thank you again.')}`,
      'If there is anything else I can do, please do not hesitate to ask me, I really need this letter so badly.',
      'I asked Dr. Ray to write me a letter but he refused, so my visa depends on it.',
    ])
      expect(analyze(text, { kind: 'request' }).some((h) => h.learned)).toBe(false);
  });

  it('gives the same hints through the incremental analyzer', () => {
    const paragraphs = ['Dear Dr. Lee,', WEAK_ASK, 'Best,', 'Amir'];
    const result = createIncrementalAnalyzer().analyzeParagraphs(paragraphs, { kind: 'request' });
    expect(result.paragraphs[1].filter((h) => h.learned)).toHaveLength(1);
  });

  it('adds no hint to a strong, specific request', () => {
    const strong =
      'Dear Dr. Lee,\n\nThank you again for supervising my internal medicine sub-internship in March. I am applying to internal medicine residency in the 2027 Match. Would you feel able to write me a strong letter of recommendation? The ERAS Letter Request Form is attached with my CV and personal statement; I waived my right to see the letter, and it is due September 10.\n\nBest regards,\nAmir';
    expect(analyze(strong, { kind: 'request' }).filter((h) => h.learned)).toEqual([]);
  });
});
