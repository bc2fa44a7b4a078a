import { describe, expect, it } from 'vitest';
import { type Applicant, assessStrength, isUsClinical, type LetterWithWriter, writerWeight } from './index';

const TODAY = '2026-11-23';
const IM: Applicant = { specialty: 'Internal Medicine', competitiveness: 'moderate', img: true };
const SURGERY: Applicant = { specialty: 'General Surgery', competitiveness: 'high', img: true };

type W = LetterWithWriter['writer'];
type L = LetterWithWriter['letter'];
function item(writer: Partial<W> = {}, letter: Partial<L> = {}): LetterWithWriter {
  return {
    writer: {
      name: 'Dr. A',
      role: 'attending',
      usBased: true,
      specialty: 'Internal Medicine',
      contactType: 'us-hands-on',
      weeksTogether: 8,
      ...writer,
    },
    letter: { stage: 'uploaded', waiver: 'yes', strongAgreed: true, stageDates: {}, ...letter },
  };
}
const usIm = (name: string) => item({ name });
const home = (name: string) => item({ name, usBased: false, contactType: 'home-country', specialty: undefined });
const research = (name: string) =>
  item({ name, contactType: 'research', specialty: 'Oncology', role: 'research-mentor' });

describe('verdict', () => {
  it.each<[string, LetterWithWriter[], Applicant, string]>([
    ['no letters', [], IM, 'at-risk'],
    ['two strong US letters only', [usIm('A'), usIm('B')], IM, 'at-risk'],
    ['three home-country letters (IMG)', [home('A'), home('B'), home('C')], IM, 'at-risk'],
    ['three US hands-on IM letters', [usIm('A'), usIm('B'), usIm('C')], IM, 'strong'],
    ['four letters, two US clinical', [usIm('A'), usIm('B'), home('C'), research('D')], IM, 'strong'],
    ['one US clinical + two home', [usIm('A'), home('B'), home('C')], IM, 'adequate'],
    ['surgery with no surgery letter', [usIm('A'), usIm('B'), usIm('C')], SURGERY, 'at-risk'],
    [
      'surgery with a surgery letter',
      [usIm('A'), usIm('B'), item({ name: 'S', specialty: 'General Surgery' })],
      SURGERY,
      'strong',
    ],
    ['US graduate with one US clinical letter', [home('A'), home('B'), usIm('C')], { ...IM, img: false }, 'adequate'],
  ])('%s', (_name, items, applicant, verdict) => {
    expect(assessStrength(items, applicant, TODAY).verdict).toBe(verdict);
  });

  it('ignores declined and withdrawn letters in the count', () => {
    const set = [
      usIm('A'),
      usIm('B'),
      item({ name: 'C' }, { stage: 'declined' }),
      item({ name: 'D' }, { stage: 'withdrawn' }),
    ];
    const result = assessStrength(set, IM, TODAY);
    expect(result.verdict).toBe('at-risk');
    expect(result.reasons[0]).toMatch(/Only 2 letters/);
  });
});

describe('warnings turn a strong set adequate and name the writer', () => {
  const base = [usIm('B'), usIm('C')];
  it.each<[string, LetterWithWriter, RegExp]>([
    ['old letter', item({ name: 'Dr. Old' }, { letterDate: '2025-06-01' }), /Dr. Old's letter is over a year old/],
    ['short contact', item({ name: 'Dr. Brief', weeksTogether: 2 }), /Dr. Brief knew you for under 3 weeks/],
    ['no waiver', item({ name: 'Dr. Open' }, { waiver: 'no' }), /Waive your right to see Dr. Open/],
    ['undecided waiver', item({ name: 'Dr. Maybe' }, { waiver: 'undecided' }), /Waive your right to see Dr. Maybe/],
    [
      'agreed, not strong',
      item({ name: 'Dr. Lukewarm' }, { stage: 'agreed', strongAgreed: false }),
      /Dr. Lukewarm agreed, but not to a strong letter/,
    ],
    [
      'famous name, little contact',
      item({ name: 'Dr. Famous', wellKnown: true, weeksTogether: 1 }),
      /Dr. Famous is a big name/,
    ],
  ])('%s', (_name, extra, pattern) => {
    const result = assessStrength([...base, extra], IM, TODAY);
    expect(result.verdict).toBe('adequate');
    expect(result.reasons.some((r) => pattern.test(r))).toBe(true);
    expect(result.topStep).toBeTruthy();
  });

  it.each<[string, LetterWithWriter]>([
    ['letter under a year old', item({}, { letterDate: '2026-01-10' })],
    ['exactly three weeks', item({ weeksTogether: 3 })],
    ['asked, not yet agreed', item({}, { stage: 'asked', strongAgreed: false })],
    ['famous name who knows you', item({ wellKnown: true, weeksTogether: 8 })],
  ])('no warning for %s', (_name, extra) => {
    expect(assessStrength([...base, extra], IM, TODAY).verdict).toBe('strong');
  });
});

describe('per program', () => {
  const set = [usIm('A'), usIm('B'), usIm('C')];
  it.each<[string, Parameters<typeof assessStrength>[3], string, RegExp | undefined]>([
    ['no requirements', { specialtyLetterRequired: false, chairLetterRequired: false }, 'strong', undefined],
    [
      'chair letter required, none',
      { specialtyLetterRequired: false, chairLetterRequired: true },
      'at-risk',
      /chair letter/,
    ],
    [
      'neurology letter required, none',
      { specialty: 'Neurology', specialtyLetterRequired: true, chairLetterRequired: false },
      'at-risk',
      /No Neurology letter, and this program asks for one/,
    ],
  ])('%s', (_name, program, verdict, reason) => {
    const result = assessStrength(set, IM, TODAY, program);
    expect(result.verdict).toBe(verdict);
    if (reason) expect(result.reasons.join(' ')).toMatch(reason);
  });

  it('a chair writer satisfies a chair requirement', () => {
    const result = assessStrength([...set.slice(0, 2), item({ name: 'Chair', role: 'chair' })], IM, TODAY, {
      specialtyLetterRequired: false,
      chairLetterRequired: true,
    });
    expect(result.verdict).toBe('strong');
  });
});

describe('top step and criteria', () => {
  it.each<[string, LetterWithWriter[], Applicant, RegExp]>([
    ['IMG with nothing', [], IM, /US clinical writer/],
    ['IMG with home letters', [home('A'), home('B'), home('C')], IM, /US rotation, externship or observership/],
    ['surgery without surgeon', [usIm('A'), usIm('B'), usIm('C')], SURGERY, /General Surgery attending/],
    ['one US clinical', [usIm('A'), home('B'), home('C')], IM, /second US clinical letter/],
  ])('%s', (_name, items, applicant, step) => {
    expect(assessStrength(items, applicant, TODAY).topStep).toMatch(step);
  });

  it('gives no step for a strong set without warnings', () => {
    expect(assessStrength([usIm('A'), usIm('B'), usIm('C')], IM, TODAY).topStep).toBeUndefined();
  });

  it('scores each criterion within its range', () => {
    const result = assessStrength([usIm('A'), home('B'), research('C')], IM, TODAY);
    const byId = Object.fromEntries(result.criteria.map((c) => [c.id, c]));
    expect(byId.count.score).toBe(2);
    expect(byId['us-clinical'].score).toBe(1);
    expect(byId.contact.score).toBe(3);
    for (const c of result.criteria) expect(c.score).toBeLessThanOrEqual(c.max);
  });
});

describe('writer weight ranks writers', () => {
  it.each<[string, LetterWithWriter, number]>([
    ['US hands-on attending', usIm('A'), 4],
    ['US externship attending', item({ contactType: 'externship' }), 4],
    ['US observership in specialty', item({ contactType: 'observership' }), 3],
    ['US observership, other specialty', item({ contactType: 'observership', specialty: 'Surgery' }), 2],
    ['US research mentor', research('R'), 2],
    ['home-country professor', home('H'), 1],
  ])('%s', (_name, writer, weight) => {
    expect(writerWeight(writer, 'Internal Medicine')).toBe(weight);
  });

  it('treats a non-US writer as not US clinical', () => {
    expect(isUsClinical(item({ usBased: false }))).toBe(false);
  });
});
