/**
 * How strong is a set of letters? Pure rules drawn from how programs read IMG applications:
 * 3–4 secured letters (more may be uploaded; a program takes up to 4), US clinical letters from hands-on
 * rotations or externships first (observership letters count apart and weigh less), a letter from the target
 * specialty (and in competitive fields a chair or program director letter), writers who really know the
 * applicant, and no avoidable weak spots (old letters, under 4 weeks of contact, no waiver, no "strong" promise).
 * Only secured letters (agreed or later) count; planned ones are listed with what they would add.
 */
import type { Program } from '@/lib/core/model/schema';
import {
  contactScore,
  isChairOrPd,
  isPlanned,
  isSecured,
  isSpecialtyLetter,
  isUsClinical,
  isUsObservership,
  type LetterWithWriter,
  letterWarnings,
  plannedNote,
  writerWeight,
} from './letters';
import { programChecks } from './program';
import { chooseStep } from './steps';

export {
  isChairOrPd,
  isPlanned,
  isSecured,
  isSpecialtyLetter,
  isUsClinical,
  isUsObservership,
  type LetterWithWriter,
  letterWarnings,
  writerWeight,
} from './letters';

export type Verdict = 'strong' | 'adequate' | 'at-risk';

/** One criterion as a small bar: `score` out of `max`. */
export interface Criterion {
  id: 'count' | 'us-clinical' | 'specialty' | 'writer-weight' | 'contact';
  label: string;
  score: number;
  max: number;
  note: string;
}

/** The numbers behind the verdict. */
export interface StrengthCounts {
  /** Letters whose writer agreed (agreed, packet sent, Letter ID sent, uploaded, assigned). */
  secured: number;
  /** Letters still hoped for (prospect, working together, asked). */
  planned: number;
  /** Secured US letters from a hands-on rotation or externship. */
  usClinical: number;
  /** Secured US observership letters, counted apart. */
  usObservership: number;
  /** Secured letters in the target specialty. */
  specialty: number;
}

/**
 * The verdict on a letter set. The popup shows `summary` ("secured 2 of 4 · planned 1") beside the verdict,
 * `topStep` as the one thing to do, `planned` as what each hoped-for letter would add, and `reasons`.
 */
export interface Strength {
  verdict: Verdict;
  /** "secured x of 4 · planned y" (for a program: "of" its required number). */
  summary: string;
  counts: StrengthCounts;
  /** Why the verdict is what it is, and the warnings, most serious first. */
  reasons: string[];
  criteria: Criterion[];
  /** One line per planned letter: what it would add once the writer agrees. */
  planned: string[];
  /** The one step that would improve the set most; undefined only for a strong set with nothing left to add. */
  topStep?: string;
}

export interface Applicant {
  specialty: string;
  /** 'high' and 'very-high' expect 1–2 specialty letters and often a chair or program director letter. */
  competitiveness: 'low' | 'moderate' | 'high' | 'very-high';
  /** Trained outside the US (wherever they live now): US clinical letters matter most. */
  img: boolean;
  /** The visa the applicant needs; checked against a program's sponsorship. */
  visaNeed?: 'j1' | 'h1b' | 'none';
}

/** What a program asks for; every field optional so a partial program can be checked. */
export type ProgramNeeds = Partial<
  Pick<Program, 'name' | 'specialty' | 'specialtyLetterRequired' | 'chairLetterRequired' | 'lettersRequired' | 'visa'>
>;

/** The parts of an assessment the step chooser and reasons need. */
export interface SetFacts {
  applicant: Applicant;
  program?: ProgramNeeds;
  specialty: string;
  secured: LetterWithWriter[];
  planned: LetterWithWriter[];
  counts: StrengthCounts;
  needed: number;
  specialtyExpected: boolean;
  competitive: boolean;
  weight: number;
}

/** Scores a letter set for the applicant's specialty, or for one program's requirements when given. */
export function assessStrength(
  all: LetterWithWriter[],
  applicant: Applicant,
  today: string,
  program?: ProgramNeeds,
): Strength {
  const facts = factsOf(all, applicant, program);
  const { counts, specialty, needed } = facts;
  const problems = problemsOf(facts);
  const check = programChecks(program, applicant);
  problems.push(...check.problems);
  const warnings = [...check.warnings, ...letterWarnings(facts.secured, today)];
  const advice = adviceOf(facts);
  const atRisk = problems.length > 0;
  const strong =
    !atRisk &&
    warnings.length === 0 &&
    (applicant.img ? counts.usClinical >= 2 : counts.usClinical >= 1) &&
    facts.weight >= 2.5 &&
    (counts.specialty > 0 || !specialty);
  const verdict: Verdict = atRisk ? 'at-risk' : strong ? 'strong' : 'adequate';
  const good = strong ? ['3–4 secured letters with US clinical and specialty writers who know you well.'] : [];
  const of = program?.lettersRequired ? `${needed} required` : '4';
  return {
    verdict,
    summary: `secured ${counts.secured} of ${of} · planned ${counts.planned}`,
    counts,
    reasons: [...problems, ...good, ...warnings, ...advice],
    criteria: criteriaOf(facts),
    planned: facts.planned.map((item) => plannedNote(item, specialty)),
    topStep: chooseStep(facts, { problems: check.steps, warnings }),
  };
}

function factsOf(all: LetterWithWriter[], applicant: Applicant, program?: ProgramNeeds): SetFacts {
  const specialty = program?.specialty || applicant.specialty;
  const secured = all.filter(isSecured);
  const planned = all.filter(isPlanned);
  const n = secured.length;
  const competitive = applicant.competitiveness === 'high' || applicant.competitiveness === 'very-high';
  return {
    applicant,
    program,
    specialty,
    secured,
    planned,
    counts: {
      secured: n,
      planned: planned.length,
      usClinical: secured.filter(isUsClinical).length,
      usObservership: secured.filter(isUsObservership).length,
      specialty: specialty ? secured.filter((item) => isSpecialtyLetter(item, specialty)).length : 0,
    },
    needed: program?.lettersRequired ?? 3,
    specialtyExpected: !!program?.specialtyLetterRequired || competitive,
    competitive,
    weight: n ? secured.reduce((sum, item) => sum + writerWeight(item, specialty), 0) / n : 0,
  };
}

/** What makes the set at risk. */
function problemsOf({ applicant, program, specialty, counts, needed, specialtyExpected, secured }: SetFacts) {
  const problems: string[] = [];
  const more = counts.planned ? ` (${counts.planned} more planned)` : '';
  if (counts.secured < needed) {
    const expect = program?.lettersRequired ? `this program asks for ${needed}` : 'programs expect 3 to 4';
    problems.push(`Only ${counts.secured} letter${counts.secured === 1 ? '' : 's'} secured${more}; ${expect}.`);
  }
  if (applicant.img && counts.usClinical === 0 && counts.usObservership === 0)
    problems.push('No secured US clinical letter yet; for an international graduate this matters most.');
  if (specialtyExpected && specialty && !counts.specialty)
    problems.push(
      `No ${specialty} letter, and ${program?.specialtyLetterRequired ? 'this program asks for one' : 'your field expects one'}.`,
    );
  if (program?.chairLetterRequired && !secured.some((item) => item.writer.role === 'chair'))
    problems.push('This program asks for a chair letter and none is in the set.');
  return problems;
}

/** Advice that does not change the verdict but says what the field or the mix usually wants. */
function adviceOf({ applicant, counts, competitive, specialty, secured }: SetFacts): string[] {
  const advice: string[] = [];
  if (applicant.img && counts.usClinical === 0 && counts.usObservership > 0)
    advice.push(
      'Your US letters come from observerships only; an observer can speak to attitude, not patient care. A hands-on rotation or externship letter weighs more.',
    );
  if (competitive && specialty) {
    if (counts.specialty < 2)
      advice.push(`In a competitive field programs look for 1–2 ${specialty} letters; you have ${counts.specialty}.`);
    if (!secured.some(isChairOrPd))
      advice.push('Competitive programs often want a letter from the department chair or program director as well.');
  }
  return advice;
}

function criteriaOf({ specialty, counts, needed, specialtyExpected, weight, secured, program }: SetFacts): Criterion[] {
  const n = counts.secured;
  const contact = n ? Math.max(...secured.map(contactScore)) : 0;
  const observers = counts.usObservership ? ` · ${counts.usObservership} observership (weighs less)` : '';
  return [
    {
      id: 'count',
      label: 'Secured letters',
      score: n >= needed ? 2 : n === needed - 1 ? 1 : 0,
      max: 2,
      note: `secured ${n} of ${program?.lettersRequired ? `${needed} required` : '4'} · planned ${counts.planned}`,
    },
    {
      id: 'us-clinical',
      label: 'US clinical letters',
      score: Math.min(counts.usClinical, 2),
      max: 2,
      note: `${counts.usClinical} hands-on or externship (two or three is ideal)${observers}`,
    },
    {
      id: 'specialty',
      label: specialty ? `${specialty} letter` : 'Specialty letter',
      score: counts.specialty ? 2 : specialtyExpected ? 0 : 1,
      max: 2,
      note: counts.specialty
        ? `${counts.specialty} in the specialty`
        : specialtyExpected
          ? 'expected, missing'
          : 'would help',
    },
    {
      id: 'writer-weight',
      label: 'Writer weight',
      score: Math.round(weight),
      max: 4,
      note: n ? `average ${weight.toFixed(1)} of 4` : 'no secured writers yet',
    },
    { id: 'contact', label: 'Closest contact', score: contact, max: 3, note: contactNote(contact) },
  ];
}

function contactNote(score: number): string {
  return ['no clinical contact', 'observership or research', 'externship', 'hands-on rotation'][score] ?? '';
}
