import { describe, expect, it } from 'vitest';
import {
  type Applicant,
  assessStrength,
  isUsClinical,
  isUsObservership,
  type LetterWithWriter,
  type ProgramNeeds,
  writerWeight,
} from './index';

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
/** A US attending who supervised a hands-on rotation, letter uploaded. */
const usIm = (name: string) => item({ name });
const home = (name: string) => item({ name, usBased: false, contactType: 'home-country', specialty: undefined });
const research = (name: string) =>
  item({ name, contactType: 'research', specialty: 'Oncology', role: 'research-mentor' });
const observer = (name: string) => item({ name, contactType: 'observership' });
const planned = (base: LetterWithWriter, stage: L['stage'] = 'working-together') => ({
  ...base,
  letter: { ...base.letter, stage, strongAgreed: false, waiver: 'undecided' as const },
});
const verdict = (items: LetterWithWriter[], applicant = IM, program?: ProgramNeeds) =>
  assessStrength(items, applicant, TODAY, program);

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
  ])('%s', (_name, items, applicant, expected) => {
    expect(verdict(items, applicant).verdict).toBe(expected);
  });

  it('ignores declined and withdrawn letters in the count', () => {
    const set = [
      usIm('A'),
      usIm('B'),
      item({ name: 'C' }, { stage: 'declined' }),
      item({ name: 'D' }, { stage: 'withdrawn' }),
    ];
    const result = verdict(set);
    expect(result.verdict).toBe('at-risk');
    expect(result.reasons[0]).toMatch(/Only 2 letters secured/);
  });
});

describe('only secured letters count; planned ones say what they would add', () => {
  it.each<L['stage']>(['prospect', 'working-together', 'asked'])(
    'a letter at "%s" is planned, not one of the 3–4',
    (stage) => {
      const result = verdict([usIm('A'), usIm('B'), planned(usIm('Hoped'), stage)]);
      expect(result.verdict).toBe('at-risk');
      expect(result.counts).toMatchObject({ secured: 2, planned: 1, usClinical: 2 });
      expect(result.summary).toBe('secured 2 of 4 · planned 1');
      expect(result.reasons[0]).toMatch(/Only 2 letters secured \(1 more planned\)/);
    },
  );

  it.each<L['stage']>(['agreed', 'packet-sent', 'letter-id-sent', 'uploaded', 'assigned'])(
    'a letter at "%s" is secured',
    (stage) => {
      const result = verdict([usIm('A'), usIm('B'), item({ name: 'C' }, { stage })]);
      expect(result.counts.secured).toBe(3);
      expect(result.verdict).toBe('strong');
    },
  );

  it('three hoped-for US rotation letters are not a strong set', () => {
    const result = verdict([planned(usIm('A')), planned(usIm('B')), planned(usIm('C'))]);
    expect(result.verdict).toBe('at-risk');
    expect(result.summary).toBe('secured 0 of 4 · planned 3');
    expect(result.reasons.join(' ')).toMatch(/No secured US clinical letter/);
  });

  it('explains what each planned letter would add', () => {
    const result = verdict([
      usIm('A'),
      home('B'),
      planned(usIm('Dr. Rotation'), 'asked'),
      planned(observer('Dr. Watch')),
      planned(home('Dr. Home'), 'prospect'),
    ]);
    expect(result.planned).toEqual([
      'Dr. Rotation (Asked): would add a US clinical letter, in Internal Medicine once they agree.',
      'Dr. Watch (Working together): would add a US observership letter (weighs less than a hands-on one), in Internal Medicine once they agree.',
      'Dr. Home (Prospect): would add a home-country letter once they agree.',
    ]);
  });

  it('points the top step at securing a planned US clinical letter before looking for new writers', () => {
    const result = verdict([usIm('A'), home('B'), planned(usIm('Dr. Rotation'))]);
    expect(result.topStep).toMatch(/^Secure Dr\. Rotation's letter/);
  });
});

describe('US clinical means hands-on or externship; observership counts apart and weighs less', () => {
  it('counts an observership letter apart from US clinical letters', () => {
    expect(isUsClinical(observer('O'))).toBe(false);
    expect(isUsObservership(observer('O'))).toBe(true);
    expect(isUsClinical(item({ contactType: 'externship' }))).toBe(true);
    const result = verdict([usIm('A'), observer('B'), home('C')]);
    expect(result.counts).toMatchObject({ usClinical: 1, usObservership: 1 });
    expect(result.criteria.find((c) => c.id === 'us-clinical')?.note).toMatch(/1 observership \(weighs less\)/);
  });

  it('two observership letters and one home-country letter are never "Strong"', () => {
    for (const applicant of [IM, { ...IM, competitiveness: 'low' as const }, SURGERY, { ...IM, img: false }]) {
      const result = verdict([observer('O1'), observer('O2'), home('H')], applicant);
      expect(result.verdict).not.toBe('strong');
    }
    const im = verdict([observer('O1'), observer('O2'), home('H')]);
    expect(im.verdict).toBe('adequate');
    expect(im.reasons.join(' ')).toMatch(/observerships only/);
    expect(im.topStep).toMatch(/hands-on rotation or externship/);
  });

  it('an IMG with no US letter of any kind is at risk; an observership letter lifts that to adequate', () => {
    expect(verdict([home('A'), home('B'), research('C')]).verdict).toBe('at-risk');
    expect(verdict([home('A'), home('B'), observer('C')]).verdict).toBe('adequate');
  });
});

describe('writer weight ranks writers (US clinical attending > specialty attending > research mentor > home)', () => {
  it.each<[string, LetterWithWriter, number]>([
    ['US hands-on attending', usIm('A'), 4],
    ['US externship attending', item({ contactType: 'externship' }), 4],
    ['US observership in specialty', observer('O'), 3],
    ['US observership, other specialty', item({ contactType: 'observership', specialty: 'Surgery' }), 2],
    ['US research mentor', research('R'), 2],
    ['US writer known only remotely or virtually, in specialty', item({ contactType: 'virtual' }), 2],
    ['US writer known only remotely, chair role', item({ contactType: 'virtual', role: 'chair' }), 2],
    ['home-country professor', home('H'), 1],
    ['non-US virtual contact', item({ contactType: 'virtual', usBased: false }), 1],
  ])('%s', (_name, writer, weight) => {
    expect(writerWeight(writer, 'Internal Medicine')).toBe(weight);
  });

  it('a remote writer never outweighs a US research mentor', () => {
    const remote = item({ contactType: 'virtual', wellKnown: true, role: 'program-director' });
    expect(writerWeight(remote, 'Internal Medicine')).toBeLessThanOrEqual(
      writerWeight(research('R'), 'Internal Medicine'),
    );
    expect(isUsClinical(remote)).toBe(false);
  });

  it('treats a non-US writer as not US clinical', () => {
    expect(isUsClinical(item({ usBased: false }))).toBe(false);
  });
});

describe('warnings turn a strong set adequate and name the writer', () => {
  const base = [usIm('B'), usIm('C')];
  it.each<[string, LetterWithWriter, RegExp]>([
    ['old letter', item({ name: 'Dr. Old' }, { letterDate: '2025-06-01' }), /Dr. Old's letter is over a year old/],
    ['2–3 weeks of contact', item({ name: 'Dr. Brief', weeksTogether: 3 }), /Dr. Brief knew you for under 4 weeks/],
    [
      'rotation dates under 4 weeks',
      item({ name: 'Dr. Short', weeksTogether: undefined, startDate: '2026-06-01', endDate: '2026-06-19' }),
      /Dr. Short knew you for under 4 weeks/,
    ],
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
    const result = verdict([...base, extra]);
    expect(result.verdict).toBe('adequate');
    expect(result.reasons.some((r) => pattern.test(r))).toBe(true);
    expect(result.topStep).toMatch(/^Fix first/);
  });

  it.each<[string, LetterWithWriter]>([
    ['letter under a year old', item({}, { letterDate: '2026-01-10' })],
    ['exactly four weeks', item({ weeksTogether: 4 })],
    [
      'a four-week rotation by its dates',
      item({ weeksTogether: undefined, startDate: '2026-06-01', endDate: '2026-06-28' }),
    ],
    ['famous name who knows you', item({ wellKnown: true, weeksTogether: 8 })],
  ])('no warning for %s', (_name, extra) => {
    expect(verdict([...base, extra]).verdict).toBe('strong');
  });

  it('does not warn about a waiver or "strong" promise on a letter still being planned', () => {
    const result = verdict([usIm('A'), usIm('B'), usIm('C'), planned(home('Dr. Later'))]);
    expect(result.verdict).toBe('strong');
    expect(result.reasons.join(' ')).not.toMatch(/Dr\. Later/);
  });
});

describe('more than 4 letters is not penalised', () => {
  it('six secured letters score full marks on the count and stay strong', () => {
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map(usIm);
    const result = verdict(six);
    expect(result.verdict).toBe('strong');
    expect(result.criteria.find((c) => c.id === 'count')).toMatchObject({
      score: 2,
      note: 'secured 6 of 4 · planned 0',
    });
  });
});

describe('"I trained outside the US" keeps the IMG rules wherever the applicant is now', () => {
  it('an IMG with one US clinical letter stays adequate; a US graduate with the same set is adequate for other reasons', () => {
    const set = [usIm('A'), home('B'), home('C')];
    expect(verdict(set, IM).topStep).toMatch(/second US clinical letter/);
    expect(verdict(set, { ...IM, img: false }).topStep).not.toMatch(/US clinical/);
  });
});

describe('competitive specialties want 1–2 specialty letters and often a chair or program director letter', () => {
  const surgeon = (name: string) => item({ name, specialty: 'General Surgery' });
  it('says so when the profile is competitive', () => {
    const result = verdict([usIm('A'), usIm('B'), surgeon('S')], SURGERY);
    expect(result.verdict).toBe('strong');
    const text = result.reasons.join(' ');
    expect(text).toMatch(/1–2 General Surgery letters; you have 1/);
    expect(text).toMatch(/department chair or program director/);
    expect(result.topStep).toMatch(/second General Surgery letter/);
  });

  it('is quiet about it for a moderately competitive field', () => {
    const result = verdict([usIm('A'), usIm('B'), usIm('C')]);
    expect(result.reasons.join(' ')).not.toMatch(/chair or program director/);
  });

  it('a program director writer answers the chair/PD advice', () => {
    const result = verdict(
      [usIm('A'), surgeon('S1'), item({ name: 'PD', specialty: 'General Surgery', role: 'program-director' })],
      SURGERY,
    );
    expect(result.reasons.join(' ')).not.toMatch(/chair or program director/);
    expect(result.topStep).toBeUndefined();
  });
});

describe('per program', () => {
  const set = [usIm('A'), usIm('B'), usIm('C')];
  it.each<[string, ProgramNeeds, string, RegExp | undefined]>([
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
    [
      'asks for 4 letters, 3 secured',
      { lettersRequired: 4 },
      'at-risk',
      /Only 3 letters secured; this program asks for 4/,
    ],
    ['asks for 3 letters', { lettersRequired: 3 }, 'strong', undefined],
  ])('%s', (_name, program, expected, reason) => {
    const result = verdict(set, IM, program);
    expect(result.verdict).toBe(expected);
    if (reason) expect(result.reasons.join(' ')).toMatch(reason);
  });

  it('counts against the program’s own number', () => {
    expect(verdict(set, IM, { lettersRequired: 4 }).summary).toBe('secured 3 of 4 required · planned 0');
  });

  it('a chair writer satisfies a chair requirement', () => {
    const result = verdict([...set.slice(0, 2), item({ name: 'Chair', role: 'chair' })], IM, {
      specialtyLetterRequired: false,
      chairLetterRequired: true,
    });
    expect(result.verdict).toBe('strong');
  });

  describe('visa', () => {
    const j1: Applicant = { ...IM, visaNeed: 'j1' };
    it.each<[string, Applicant, ProgramNeeds['visa'], string, RegExp | undefined]>([
      [
        'needs a J-1, program sponsors none',
        j1,
        'none',
        'at-risk',
        /City Hospital does not sponsor visas, and you need a J-1/,
      ],
      ['needs a J-1, sponsorship unknown', j1, 'unknown', 'adequate', /Find out whether City Hospital sponsors a J-1/],
      [
        'needs an H-1B, program sponsors J-1 only',
        { ...IM, visaNeed: 'h1b' },
        'j1',
        'adequate',
        /City Hospital sponsors the J-1 only, and you need an H-1B/,
      ],
      ['needs a J-1, program sponsors both', j1, 'both', 'strong', undefined],
      ['needs no visa, program sponsors none', { ...IM, visaNeed: 'none' }, 'none', 'strong', undefined],
    ])('%s', (_name, applicant, visa, expected, reason) => {
      const result = verdict(set, applicant, { name: 'City Hospital', visa });
      expect(result.verdict).toBe(expected);
      if (reason) expect(result.reasons.join(' ')).toMatch(reason);
    });

    it('makes the sponsorship the one step when the program sponsors none', () => {
      expect(verdict(set, j1, { name: 'City Hospital', visa: 'none' }).topStep).toMatch(/sponsor a J-1/);
    });
  });
});

describe('one most-improving step per verdict', () => {
  it.each<[string, LetterWithWriter[], Applicant, RegExp]>([
    ['IMG with nothing', [], IM, /US hands-on rotation or externship/],
    ['IMG with home letters', [home('A'), home('B'), home('C')], IM, /US hands-on rotation or externship/],
    ['surgery without surgeon', [usIm('A'), usIm('B'), usIm('C')], SURGERY, /General Surgery attending/],
    ['one US clinical', [usIm('A'), home('B'), home('C')], IM, /second US clinical letter/],
    ['two US clinical letters, none planned', [usIm('A'), usIm('B')], IM, /one more writer/],
    ['one US clinical letter, none planned', [usIm('A')], IM, /another US clinical writer/],
  ])('%s', (_name, items, applicant, step) => {
    expect(verdict(items, applicant).topStep).toMatch(step);
  });

  it.each<[string, LetterWithWriter[]]>([
    ['at risk', [home('A')]],
    ['adequate', [usIm('A'), home('B'), home('C')]],
    ['adequate with warnings', [usIm('A'), usIm('B'), item({ name: 'C' }, { waiver: 'no' })]],
    ['adequate from light writers (US graduate)', [home('A'), home('B'), home('C')]],
  ])('an %s set always names a step', (_name, items) => {
    expect(verdict(items).topStep).toBeTruthy();
    expect(verdict(items, { ...IM, img: false }).topStep).toBeTruthy();
  });

  it('gives no step for a strong set without warnings', () => {
    expect(verdict([usIm('A'), usIm('B'), usIm('C')]).topStep).toBeUndefined();
  });

  it('scores each criterion within its range', () => {
    const result = verdict([usIm('A'), home('B'), research('C')]);
    const byId = Object.fromEntries(result.criteria.map((c) => [c.id, c]));
    expect(byId.count.score).toBe(2);
    expect(byId['us-clinical'].score).toBe(1);
    expect(byId.contact.score).toBe(3);
    for (const c of result.criteria) expect(c.score).toBeLessThanOrEqual(c.max);
  });
});
