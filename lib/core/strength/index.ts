/**
 * How strong is a set of letters? Pure rules drawn from how programs read IMG applications:
 * 3–4 letters, US clinical letters first, a letter from the target specialty, writers who really
 * know the applicant, and no avoidable weak spots (old letters, short contact, no waiver, no "strong" promise).
 */
import { daysBetween } from '@/lib/core/calendar/dates';
import type { ContactType, Letter, Program, Writer } from '@/lib/core/model/schema';

export type Verdict = 'strong' | 'adequate' | 'at-risk';

/** One criterion as a small bar: `score` out of `max`. */
export interface Criterion {
  id: 'count' | 'us-clinical' | 'specialty' | 'writer-weight' | 'contact';
  label: string;
  score: number;
  max: number;
  note: string;
}

export interface Strength {
  verdict: Verdict;
  /** Why the verdict is what it is, and the warnings, most serious first. */
  reasons: string[];
  criteria: Criterion[];
  /** The one step that would improve the set most; undefined when nothing is missing. */
  topStep?: string;
}

export interface Applicant {
  specialty: string;
  /** 'high' and 'very-high' expect a specialty letter. */
  competitiveness: 'low' | 'moderate' | 'high' | 'very-high';
  /** An international graduate needs US clinical letters most of all. */
  img: boolean;
}

export type ProgramNeeds = Pick<Program, 'specialty' | 'specialtyLetterRequired' | 'chairLetterRequired'>;

const CLINICAL: ReadonlySet<ContactType> = new Set(['us-hands-on', 'externship', 'observership']);
const CONTACT_SCORE: Record<ContactType, number> = {
  'us-hands-on': 3,
  externship: 2,
  observership: 1,
  research: 1,
  virtual: 0,
  'home-country': 0,
};

/** A letter together with the writer who writes it. */
export interface LetterWithWriter {
  letter: Pick<Letter, 'stage' | 'specialty' | 'waiver' | 'strongAgreed' | 'letterDate' | 'stageDates'>;
  writer: Pick<Writer, 'name' | 'role' | 'usBased' | 'specialty' | 'contactType' | 'weeksTogether' | 'wellKnown'>;
}

const sameSpecialty = (a: string | undefined, b: string) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** True for a letter from a US clinical setting (rotation, externship or observership with a US writer). */
export function isUsClinical(item: LetterWithWriter): boolean {
  return item.writer.usBased && CLINICAL.has(item.writer.contactType);
}

/** True when the letter or its writer is in the target specialty. */
export function isSpecialtyLetter(item: LetterWithWriter, specialty: string): boolean {
  return sameSpecialty(item.letter.specialty, specialty) || sameSpecialty(item.writer.specialty, specialty);
}

/** Writer weight, 1–4: US clinical attending who knows you > specialty attending > US research mentor > home-country. */
export function writerWeight(item: LetterWithWriter, specialty: string): number {
  const { writer } = item;
  if (isUsClinical(item) && writer.contactType !== 'observership') return 4;
  if (writer.usBased && isSpecialtyLetter(item, specialty) && writer.contactType !== 'research') return 3;
  if (writer.usBased && (writer.contactType === 'research' || writer.contactType === 'observership')) return 2;
  return 1;
}

const ACTIVE = (item: LetterWithWriter) => item.letter.stage !== 'declined' && item.letter.stage !== 'withdrawn';
const AGREED_OR_LATER = new Set(['agreed', 'packet-sent', 'letter-id-sent', 'uploaded', 'assigned']);

/** Warnings about single letters, in the user's words. */
export function letterWarnings(items: LetterWithWriter[], today: string): string[] {
  const warnings: string[] = [];
  for (const { letter, writer } of items) {
    const dated = letter.letterDate ?? letter.stageDates.uploaded;
    if (dated && daysBetween(dated, today) > 365)
      warnings.push(`${writer.name}'s letter is over a year old; ask for an updated one.`);
    if (writer.weeksTogether !== undefined && writer.weeksTogether < 3)
      warnings.push(`${writer.name} knew you for under 3 weeks; the letter may read as thin.`);
    if (letter.waiver !== 'yes') warnings.push(`Waive your right to see ${writer.name}'s letter; programs expect it.`);
    if (AGREED_OR_LATER.has(letter.stage) && !letter.strongAgreed)
      warnings.push(`${writer.name} agreed, but not to a strong letter; ask plainly whether it can be strong.`);
    if (writer.wellKnown && (writer.weeksTogether ?? 0) < 4)
      warnings.push(`${writer.name} is a big name with little time with you; a closer writer may say more.`);
  }
  return warnings;
}

/** Scores a letter set for the applicant's specialty, or for one program's requirements when given. */
export function assessStrength(
  all: LetterWithWriter[],
  applicant: Applicant,
  today: string,
  program?: ProgramNeeds,
): Strength {
  const items = all.filter(ACTIVE);
  const specialty = program?.specialty || applicant.specialty;
  const n = items.length;
  const usClinical = items.filter(isUsClinical).length;
  const specialtyLetters = specialty ? items.filter((item) => isSpecialtyLetter(item, specialty)).length : 0;
  const specialtyExpected =
    !!program?.specialtyLetterRequired ||
    applicant.competitiveness === 'high' ||
    applicant.competitiveness === 'very-high';
  const weight = n ? items.reduce((sum, item) => sum + writerWeight(item, specialty), 0) / n : 0;
  const contact = n ? Math.max(...items.map((item) => CONTACT_SCORE[item.writer.contactType])) : 0;
  const hasChair = items.some((item) => item.writer.role === 'chair');

  const criteria: Criterion[] = [
    {
      id: 'count',
      label: 'Number of letters',
      score: n >= 3 && n <= 4 ? 2 : n === 2 || n > 4 ? 1 : 0,
      max: 2,
      note: n > 4 ? `${n} letters; a program takes at most 4` : `${n} of 3–4`,
    },
    {
      id: 'us-clinical',
      label: 'US clinical letters',
      score: Math.min(usClinical, 2),
      max: 2,
      note: `${usClinical} (two or three is ideal)`,
    },
    {
      id: 'specialty',
      label: specialty ? `${specialty} letter` : 'Specialty letter',
      score: specialtyLetters ? 2 : specialtyExpected ? 0 : 1,
      max: 2,
      note: specialtyLetters
        ? `${specialtyLetters} in the specialty`
        : specialtyExpected
          ? 'expected, missing'
          : 'would help',
    },
    {
      id: 'writer-weight',
      label: 'Writer weight',
      score: Math.round(weight),
      max: 4,
      note: n ? `average ${weight.toFixed(1)} of 4` : 'no writers yet',
    },
    { id: 'contact', label: 'Closest contact', score: contact, max: 3, note: contactNote(contact) },
  ];

  const problems: string[] = [];
  const steps: string[] = [];
  if (n < 3) {
    problems.push(`Only ${n} letter${n === 1 ? '' : 's'}; programs expect 3 to 4.`);
    steps.push(usClinical < 2 && applicant.img ? 'Line up another US clinical writer.' : 'Ask one more writer.');
  }
  if (applicant.img && usClinical === 0) {
    problems.push('No US clinical letter yet; for an international graduate this matters most.');
    steps.push('Arrange a US rotation, externship or observership and ask the attending for a letter.');
  }
  if (specialtyExpected && specialty && !specialtyLetters) {
    problems.push(
      `No ${specialty} letter, and ${program?.specialtyLetterRequired ? 'this program asks for one' : 'your field expects one'}.`,
    );
    steps.push(`Ask a ${specialty} attending you worked with.`);
  }
  if (program?.chairLetterRequired && !hasChair) {
    problems.push('This program asks for a chair letter and none is in the set.');
    steps.push('Request a department chair letter.');
  }
  const warnings = letterWarnings(items, today);
  const atRisk = problems.length > 0;
  if (!atRisk && applicant.img && usClinical === 1)
    steps.push('A second US clinical letter would make the set stronger.');
  if (!atRisk && !specialtyLetters && specialty) steps.push(`A ${specialty} letter would help.`);
  const strong =
    !atRisk &&
    warnings.length === 0 &&
    (applicant.img ? usClinical >= 2 : usClinical >= 1) &&
    weight >= 2.5 &&
    (specialtyLetters > 0 || !specialty);
  const verdict: Verdict = atRisk ? 'at-risk' : strong ? 'strong' : 'adequate';
  const good = verdict === 'strong' ? ['3–4 letters with US clinical and specialty writers who know you well.'] : [];
  return {
    verdict,
    reasons: [...problems, ...good, ...warnings],
    criteria,
    topStep: steps[0] ?? (warnings[0] ? fixFor(warnings[0]) : undefined),
  };
}

function contactNote(score: number): string {
  return ['no clinical contact', 'observership or research', 'externship', 'hands-on rotation'][score] ?? '';
}

function fixFor(warning: string): string {
  return `Fix first: ${warning}`;
}

export { type VisaNeed, visaWarning } from './visa';
