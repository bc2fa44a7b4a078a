/**
 * How one letter counts in a set: secured or only planned, US clinical (hands-on rotation or externship),
 * US observership (counted apart, weighs less), its writer's weight, and the warnings about it.
 */
import { daysBetween } from '@/lib/core/calendar/dates';
import { type ContactType, type Letter, STAGE_LABELS, type Writer } from '@/lib/core/model/schema';

/** A letter together with the writer who writes it. */
export interface LetterWithWriter {
  letter: Pick<Letter, 'stage' | 'specialty' | 'waiver' | 'strongAgreed' | 'letterDate' | 'stageDates'>;
  writer: Pick<
    Writer,
    'name' | 'role' | 'usBased' | 'specialty' | 'contactType' | 'weeksTogether' | 'wellKnown' | 'startDate' | 'endDate'
  >;
}

/** Contact shorter than this many weeks reads as thin; 4 to 8 weeks lets a writer cite real examples. */
export const MIN_WEEKS = 4;

const SECURED = new Set(['agreed', 'packet-sent', 'letter-id-sent', 'uploaded', 'assigned']);
const PLANNED = new Set(['prospect', 'working-together', 'asked']);
const HANDS_ON: ReadonlySet<ContactType> = new Set(['us-hands-on', 'externship']);
const CONTACT_SCORE: Record<ContactType, number> = {
  'us-hands-on': 3,
  externship: 2,
  observership: 1,
  research: 1,
  virtual: 0,
  'home-country': 0,
};

const sameSpecialty = (a: string | undefined, b: string) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** True once the writer has agreed (agreed, packet sent, Letter ID sent, uploaded, assigned). */
export function isSecured(item: LetterWithWriter): boolean {
  return SECURED.has(item.letter.stage);
}

/** True for a letter still hoped for: a prospect, working together, or asked without an answer. */
export function isPlanned(item: LetterWithWriter): boolean {
  return PLANNED.has(item.letter.stage);
}

/** True for a US clinical letter: a US writer from a hands-on rotation or an externship. */
export function isUsClinical(item: LetterWithWriter): boolean {
  return item.writer.usBased && HANDS_ON.has(item.writer.contactType);
}

/** True for a US observership letter: counted apart from US clinical letters, as the writer only saw you observe. */
export function isUsObservership(item: LetterWithWriter): boolean {
  return item.writer.usBased && item.writer.contactType === 'observership';
}

/** True when the letter or its writer is in the target specialty. */
export function isSpecialtyLetter(item: LetterWithWriter, specialty: string): boolean {
  return sameSpecialty(item.letter.specialty, specialty) || sameSpecialty(item.writer.specialty, specialty);
}

/** True for a department chair's or program director's letter. */
export function isChairOrPd(item: LetterWithWriter): boolean {
  return item.writer.role === 'chair' || item.writer.role === 'program-director';
}

/**
 * Writer weight, 1–4: a US attending from a hands-on rotation or externship 4; a US observership attending in
 * your specialty 3; a US research mentor, another US observership, or a writer known only remotely 2; home-country 1.
 */
export function writerWeight(item: LetterWithWriter, specialty: string): number {
  const { writer } = item;
  if (isUsClinical(item)) return 4;
  if (!writer.usBased || writer.contactType === 'home-country') return 1;
  if (isUsObservership(item) && isSpecialtyLetter(item, specialty)) return 3;
  return 2;
}

/** How close the contact was, 0–3: hands-on rotation 3, externship 2, observership or research 1, else 0. */
export function contactScore(item: LetterWithWriter): number {
  return CONTACT_SCORE[item.writer.contactType];
}

/** Weeks the writer worked with the applicant: as recorded, else from the rotation dates. */
export function weeksKnown(writer: LetterWithWriter['writer']): number | undefined {
  if (writer.weeksTogether !== undefined) return writer.weeksTogether;
  if (writer.startDate && writer.endDate) return (daysBetween(writer.startDate, writer.endDate) + 1) / 7;
  return undefined;
}

/** Warnings about single secured letters, in the user's words. */
export function letterWarnings(items: LetterWithWriter[], today: string): string[] {
  const warnings: string[] = [];
  for (const { letter, writer } of items) {
    const dated = letter.letterDate ?? letter.stageDates.uploaded;
    const weeks = weeksKnown(writer);
    if (dated && daysBetween(dated, today) > 365)
      warnings.push(`${writer.name}'s letter is over a year old; ask for an updated one.`);
    if (weeks !== undefined && weeks < MIN_WEEKS)
      warnings.push(
        `${writer.name} knew you for under ${MIN_WEEKS} weeks; the letter may read as thin (4 to 8 weeks lets a writer cite examples).`,
      );
    if (letter.waiver !== 'yes') warnings.push(`Waive your right to see ${writer.name}'s letter; programs expect it.`);
    if (!letter.strongAgreed)
      warnings.push(`${writer.name} agreed, but not to a strong letter; ask plainly whether it can be strong.`);
    if (writer.wellKnown && (weeks ?? 0) < MIN_WEEKS)
      warnings.push(`${writer.name} is a big name with little time with you; a closer writer may say more.`);
  }
  return warnings;
}

/** What a planned letter would add to the set once the writer agrees, e.g. "Dr. Lee (Asked): would add a US clinical letter". */
export function plannedNote(item: LetterWithWriter, specialty: string): string {
  const adds = isUsClinical(item)
    ? 'a US clinical letter'
    : isUsObservership(item)
      ? 'a US observership letter (weighs less than a hands-on one)'
      : item.writer.usBased && item.writer.contactType === 'research'
        ? 'a US research letter'
        : item.writer.usBased && item.writer.contactType !== 'home-country'
          ? 'a letter from a writer who knows you remotely'
          : 'a home-country letter';
  const field = specialty && isSpecialtyLetter(item, specialty) ? `, in ${specialty}` : '';
  return `${item.writer.name} (${STAGE_LABELS[item.letter.stage]}): would add ${adds}${field} once they agree.`;
}
