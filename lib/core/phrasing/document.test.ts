import fc from 'fast-check';
import { countWords } from './document';
import { analyze, createIncrementalAnalyzer, type Hint } from './index';
import {
  GENERIC_LONG_LETTER,
  GRINDSTONE_LETTER,
  STRONG_LETTER,
  STRONG_RESEARCH_LETTER,
  STRONG_SURGERY_LETTER,
  VAGUE_LETTER,
} from './whole-letters';

// What the user sees for a text as a whole: the whole-letter checks, and hints that the rest of the text
// changes (a letter that ranks the applicant, a thank-you after the writer agreed, a deadline that is too near).

const ids = (hints: Hint[]) => hints.map((h) => h.ruleId);
const whole = (text: string, kind: 'letter' | 'request' | 'auto' = 'auto') =>
  ids(analyze(text, { kind }).filter((h) => h.scope === 'document'));
const LETTER_CHECKS = ['letter-no-example', 'letter-no-comparison', 'letter-too-short', 'letter-grindstone-heavy'];

describe('whole-letter checks', () => {
  it('a strong, specific letter gets none of them, and no other hint either', () => {
    expect(analyze(STRONG_LETTER)).toEqual([]);
  });

  it.each([
    ['surgical', STRONG_SURGERY_LETTER],
    ['research', STRONG_RESEARCH_LETTER],
  ])('a strong %s letter, in other words and with few figures, gets no whole-letter hint', (_name, text) => {
    expect(whole(text)).toEqual([]);
  });

  it('a long, polite, generic letter is told it lacks an example and a comparison, and leans on effort', () => {
    expect(whole(GENERIC_LONG_LETTER).sort()).toEqual([
      'letter-grindstone-heavy',
      'letter-no-comparison',
      'letter-no-example',
    ]);
  });

  it('a short, vague letter is told it has no example, no comparison and is short, each with why and what to add', () => {
    const hints = analyze(VAGUE_LETTER).filter((h) => h.scope === 'document');
    expect(ids(hints).sort()).toEqual(['letter-no-comparison', 'letter-no-example', 'letter-too-short']);
    for (const hint of hints) {
      expect(hint.message.length).toBeGreaterThan(60);
      expect(hint.suggestion?.length).toBeGreaterThan(40);
    }
  });

  it('a letter of effort and warmth words is told it says more about effort than ability', () => {
    expect(whole(GRINDSTONE_LETTER)).toContain('letter-grindstone-heavy');
    const [opening, , , closing] = GRINDSTONE_LETTER.split('\n\n');
    const balanced = [
      opening,
      'Lina is hardworking and kind. Her clinical judgment is excellent and her reasoning insightful; she is the most skilled and independent student I have taught this year, and a confident leader on the team.',
      closing,
    ].join('\n\n');
    expect(whole(balanced)).not.toContain('letter-grindstone-heavy');
  });

  it('leaves a half-typed draft alone until it has a closing or about 150 words', () => {
    const draft =
      'Dear Program Director,\n\nIt is my pleasure to recommend Dr. Ravi Menon, who rotated with our team. He was a pleasant member of the group and got along with everyone.';
    expect(whole(draft, 'letter')).toEqual([]);
    expect(whole(`${draft}\n\nSincerely,\nDr. Helen Ward`, 'letter')).toEqual(
      expect.arrayContaining(['letter-no-example', 'letter-no-comparison', 'letter-too-short']),
    );
    const longer = `${draft} ${'He attended the morning meetings and followed the discussion with interest. '.repeat(13)}`;
    expect(longer.split(/\s+/).length).toBeGreaterThan(150);
    expect(whole(longer, 'letter')).toContain('letter-too-short');
  });

  it('a long letter with a closing is not short, but still lacks an example and a comparison', () => {
    const long = `${VAGUE_LETTER.replace('Sincerely,', `${'He took part in the work of the team and was a good colleague to the residents. '.repeat(12)}\n\nSincerely,`)}`;
    expect(long.split(/\s+/).length).toBeGreaterThan(250);
    const found = whole(long);
    expect(found).not.toContain('letter-too-short');
    expect(found).toEqual(expect.arrayContaining(['letter-no-example', 'letter-no-comparison']));
  });

  it('a letter with one number and a ranking is not told it lacks them', () => {
    const better = VAGUE_LETTER.replace(
      'I recommend him for your residency program.',
      'He presented 12 new patients on rounds, and I would rank him among the top three of the 20 students I taught this year.',
    );
    const found = whole(better);
    expect(found).not.toContain('letter-no-example');
    expect(found).not.toContain('letter-no-comparison');
  });

  it.each([
    'He stood head and shoulders above his peers on the service.',
    'His presentations were well above his peers in clarity.',
    'He is the strongest sub-intern I have worked with in ten years.',
    'I would place him in the top ten percent of students.',
    'He outperformed his classmates on every ward assessment.',
  ])('a comparison with peers in any words counts as one: %s', (sentence) => {
    const compared = VAGUE_LETTER.replace('I recommend him for your residency program.', sentence);
    expect(whole(compared)).not.toContain('letter-no-comparison');
  });

  it('a year or a date is not an example', () => {
    const dated = VAGUE_LETTER.replace('who rotated with our team', 'who rotated with our team in 2026');
    expect(whole(dated)).toContain('letter-no-example');
  });

  it.each([
    'One night he admitted an elderly woman whose confusion turned out to be hyponatremia.',
    'For example, he explained a new insulin plan to a frightened family in their own language.',
    'He diagnosed the pulmonary embolism that the team had missed.',
  ])('a patient story or a clinical action without any number is an example: %s', (sentence) => {
    const story = VAGUE_LETTER.replace('I believe he will continue to grow as a physician.', sentence);
    expect(whole(story)).not.toContain('letter-no-example');
  });

  it('whole-letter checks belong to letters: a request or a cold email never gets them', () => {
    const request =
      'Dear Dr. Patel, I rotated on your service in March. Would you write me a strong letter of recommendation for internal medicine? It is due September 5; my CV is attached.\n\nBest regards,\nSam';
    expect(whole(request).filter((id) => LETTER_CHECKS.includes(id))).toEqual([]);
  });
});

describe('a letter that ranks the applicant', () => {
  const effort =
    'Dr. Lina Haddad joined our clinic for twelve weeks. She is hardworking and dedicated, and she was always the first to arrive in the morning. Her notes were adequate.';
  const ranking = 'Of the 30 residents I have supervised, I rank her in the top 5%.';

  it('shows effort and faint-praise hints when nothing in the letter ranks her', () => {
    const cats = analyze(effort, { kind: 'letter' }).map((h) => h.category);
    expect(cats).toContain('effort-only');
    expect(cats).toContain('faint-praise');
  });

  it.each([
    ranking,
    'She is among the strongest three interns I have worked with.',
    'She was the best of the sub-interns on our service this year.',
    'I ranked her first among this year’s observers.',
    'She is one of the strongest trainees I have taught.',
  ])('hides them once the letter ranks her, in any paragraph: %s', (rank) => {
    const spans = analyze(`${effort}\n\n${rank}`, { kind: 'letter' }).filter((h) => h.scope === 'span');
    expect(spans.map((h) => h.category)).not.toContain('effort-only');
    expect(spans.map((h) => h.category)).not.toContain('faint-praise');
    const incremental = createIncrementalAnalyzer().analyzeParagraphs([effort, '', rank], { kind: 'letter' });
    expect(incremental.paragraphs[0].map((h) => h.category)).not.toContain('effort-only');
  });

  it('other weak phrasing in a ranked letter is still shown', () => {
    const text = `${effort} She appeared to understand the plan.\n\n${ranking}`;
    expect(analyze(text, { kind: 'letter' }).map((h) => h.ruleId)).toContain('hedge-seems');
  });

  it('a top-ten list or "the best of luck" is not a ranking', () => {
    const text = `${effort}\n\nShe keeps a top ten list of drug interactions. I wish her the best of luck.`;
    expect(analyze(text, { kind: 'letter' }).map((h) => h.category)).toContain('effort-only');
  });
});

describe('a letter that praises ability again and again', () => {
  const effort = 'Dr. Omar Said spent a month on our stroke service. He is hardworking and dedicated.';
  const praise = [
    'His clinical reasoning at the bedside was exceptional.',
    'He has superb judgment with unstable patients.',
    'His presentations were outstanding, clear and brief.',
  ];

  it('three strong words for his ability, in any paragraphs, make the effort words colour', () => {
    const text = [effort, ...praise].join('\n\n');
    expect(analyze(text, { kind: 'letter' }).map((h) => h.category)).not.toContain('effort-only');
    const incremental = createIncrementalAnalyzer().analyzeParagraphs([effort, ...praise], { kind: 'letter' });
    expect(incremental.paragraphs[0].map((h) => h.category)).not.toContain('effort-only');
  });

  it('one strong word is not enough: the effort words still get their hint', () => {
    const text = [effort, praise[0]].join('\n\n');
    expect(analyze(text, { kind: 'letter' }).map((h) => h.category)).toContain('effort-only');
  });

  it('praise silences effort hints only: a lukewarm word about his notes is still shown', () => {
    const text = [`${effort} His notes were adequate.`, ...praise].join('\n\n');
    expect(analyze(text, { kind: 'letter' }).map((h) => h.category)).toContain('faint-praise');
  });
});

describe('where a request sits in the conversation', () => {
  it.each([
    'Dear Dr. Patel,\n\nThank you again for the interview last week and for hosting me on the wards. I enjoyed meeting your residents.\n\nBest,\nSam',
    'Dear Dr. Patel,\n\nI am grateful for your letter of recommendation. I matched at my first choice in internal medicine!\n\nBest,\nSam',
  ])(
    'read as a request, a thank-you after an interview or the Match is not asked for a deadline or materials: %s',
    (text) => {
      const found = ids(analyze(text, { kind: 'request' }));
      expect(found).not.toContain('request-no-deadline');
      expect(found).not.toContain('request-no-materials');
      // A bare first ask in the same frame does get them.
      expect(
        ids(analyze('Dear Dr. Patel,\n\nWould you write me a letter?\n\nBest,\nSam', { kind: 'request' })),
      ).toContain('request-no-deadline');
    },
  );

  it.each([
    'Dear Dr. Patel,\n\nThank you so much for agreeing to write my letter of recommendation! I really appreciate your support.\n\nBest,\nSam',
    'Hi Dr. Patel,\n\nThanks so much for writing the letter. It means a lot.\n\nSam',
    'Dear Dr. Patel,\n\nI wanted to remind you about the recommendation letter for my internal medicine application. Please let me know if I can send anything else.\n\nBest,\nSam',
    'Dear Dr. Patel,\n\nI am following up on the letter you kindly agreed to write. Could you let me know if you need anything else from me?\n\nThank you,\nSam',
    'Dear Dr. Patel,\n\nAs you kindly agreed on Friday, here is a short note on the cases we saw together. Would a letter for internal medicine still suit you?\n\nSam',
    'Dear Dr. Patel,\n\nHere are my CV and statement.\n\nSam\n\n> On Monday, Dr. Patel wrote:\n> Yes, I would be happy to write a letter for you.',
  ])('a thank-you or follow-up after the writer agreed is not asked for what a first request needs: %s', (text) => {
    const found = ids(analyze(text));
    for (const id of [
      'request-not-strong',
      'request-no-deadline',
      'request-no-materials',
      'request-no-specialty',
      'request-minimal-ask',
      'request-any-letter',
      'request-offer-draft',
    ])
      expect(found).not.toContain(id);
  });

  describe('a reply whose quoted conversation holds the writer’s yes (as webmail gives it: own words and history apart)', () => {
    const reply =
      'Dear Dr. Patel,\n\nHere are my CV and personal statement for my residency applications, as promised. Would you write my letter this week?\n\nSam';
    const firstRequestChecks = ['request-not-strong', 'request-no-deadline', 'request-no-specialty'];

    it('is not asked for what a first request needs', () => {
      const history =
        'On Mon, Nov 2, 2026, Dr. Patel wrote:\nYes, of course, I will write you a letter. Send me your CV.';
      const found = ids(analyze(reply, { history }));
      for (const id of firstRequestChecks) expect(found).not.toContain(id);
      const incremental = createIncrementalAnalyzer().analyzeParagraphs(reply.split('\n'), { history });
      expect(incremental.kind).toBe('request');
      expect(ids(incremental.document)).toEqual([]);
    });

    it('is a request like any other when the history holds no yes, or none at all', () => {
      const history = 'On Mon, Nov 2, 2026, Dr. Patel wrote:\nI am away until December; can it wait?';
      expect(ids(analyze(reply, { history }))).toEqual(expect.arrayContaining(firstRequestChecks));
      expect(ids(analyze(reply))).toEqual(expect.arrayContaining(firstRequestChecks));
    });

    it('a draft with no marks of its own is read as a request when it answers the writer’s yes', () => {
      const thanks = 'Wonderful, thank you! I will send everything tonight.';
      const history = 'Dr. Patel wrote:\nI would be glad to write one for you.';
      expect(createIncrementalAnalyzer().analyzeParagraphs([thanks]).kind).toBe('unknown');
      expect(createIncrementalAnalyzer().analyzeParagraphs([thanks], { history }).kind).toBe('request');
    });
  });

  it('a follow-up is still told when the date is too near', () => {
    const text =
      'Dear Dr. Patel,\n\nThank you so much for agreeing to write my letter. I am sorry to ask, but it is due tomorrow.\n\nSam';
    expect(ids(analyze(text))).toContain('request-too-late');
  });

  it('"thank you for agreeing to meet" is still a first request', () => {
    const text =
      'Dear Dr. Patel,\n\nThank you for agreeing to meet with me last week. Would you write my letter of recommendation?\n\nSam';
    expect(ids(analyze(text))).toContain('request-no-deadline');
  });
});

describe('a near or past deadline', () => {
  const ask = (when: string) =>
    `Dear Dr. Patel,\n\nI rotated on your service in March. Would you be willing to write me a strong letter of recommendation for internal medicine? ${when} My CV is attached.\n\nBest regards,\nSam`;

  it.each([
    'The letter is due tomorrow.',
    'It was due yesterday, I am so sorry.',
    'The portal closes tonight, so it is due tonight.',
    'I need it in two days.',
  ])('is flagged as too late, not as missing: %s', (when) => {
    const found = ids(analyze(ask(when)));
    expect(found).toContain('request-too-late');
    expect(found).not.toContain('request-no-deadline');
  });

  it('a date weeks ahead is neither; no date at all is missing', () => {
    expect(ids(analyze(ask('The deadline is September 5.')))).not.toContain('request-too-late');
    expect(ids(analyze(ask('The deadline is September 5.')))).not.toContain('request-no-deadline');
    expect(ids(analyze(ask('')))).toContain('request-no-deadline');
  });
});

describe('the incremental analyzer agrees with analyze on whole-text hints', () => {
  it.each([STRONG_LETTER, VAGUE_LETTER, GRINDSTONE_LETTER])('%#', (text) => {
    const paragraphs = text.split('\n');
    const result = createIncrementalAnalyzer().analyzeParagraphs(paragraphs);
    expect(ids(result.document).sort()).toEqual(whole(text).sort());
  });
});

describe('word count', () => {
  it('counts runs of characters between spaces, tabs, line breaks and no-break spaces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'é', '-', ' ', '\n', '\t', '\r', '\u00a0', '\u2003', 'İ', '.')),
        (parts) => {
          const text = parts.join('');
          expect(countWords(text)).toBe(text.split(/[\t\n\r \u00a0]+/).filter(Boolean).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
