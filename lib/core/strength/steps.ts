/** The one step that would improve a letter set most, preferring to secure a letter already planned. */
import type { SetFacts } from './index';
import { isChairOrPd, isSpecialtyLetter, isUsClinical, isUsObservership, type LetterWithWriter } from './letters';

const secure = (item: LetterWithWriter, adds: string) =>
  `Secure ${item.writer.name}'s letter: ask plainly for a strong one near the end of your time together; it would ${adds}.`;

/** Steps for an at-risk set, in order of how much each would change. */
function atRiskSteps(facts: SetFacts): string[] {
  const { applicant, counts, planned, needed, specialty, specialtyExpected, program } = facts;
  const steps: string[] = [];
  const plannedClinical = planned.find(isUsClinical);
  if (applicant.img && counts.usClinical === 0 && counts.usObservership === 0) {
    const plannedObserver = planned.find(isUsObservership);
    if (plannedClinical) steps.push(secure(plannedClinical, 'be your first US clinical letter'));
    else if (plannedObserver) steps.push(secure(plannedObserver, 'be your first US letter'));
    else
      steps.push(
        'Arrange a US hands-on rotation or externship (an observership if nothing else) and ask the attending who supervises you for a letter.',
      );
  }
  if (counts.secured < needed) {
    const next = plannedClinical ?? planned[0];
    if (next) steps.push(secure(next, `bring you to ${counts.secured + 1} of ${needed}`));
    else if (applicant.img && counts.usClinical < 2) steps.push('Line up another US clinical writer.');
    else steps.push('Ask one more writer.');
  }
  if (specialtyExpected && specialty && !counts.specialty) {
    const inField = planned.find((item) => isSpecialtyLetter(item, specialty));
    steps.push(
      inField ? secure(inField, `give you a ${specialty} letter`) : `Ask a ${specialty} attending you worked with.`,
    );
  }
  if (program?.chairLetterRequired && !facts.secured.some((item) => item.writer.role === 'chair'))
    steps.push('Request a department chair letter.');
  return steps;
}

/** Steps for what keeps an otherwise sound set from "Strong": US clinical letters and a specialty letter. */
function liftingSteps(facts: SetFacts): string[] {
  const { applicant, counts, planned, specialty } = facts;
  const steps: string[] = [];
  const plannedClinical = planned.find(isUsClinical);
  if (applicant.img && counts.usClinical < 2) {
    if (plannedClinical) steps.push(secure(plannedClinical, 'add a US clinical letter'));
    else if (counts.usClinical === 0)
      steps.push('A letter from a US hands-on rotation or externship would weigh more than observership letters.');
    else steps.push('A second US clinical letter (hands-on rotation or externship) would make the set stronger.');
  }
  if (!counts.specialty && specialty) steps.push(`A ${specialty} letter would help.`);
  return steps;
}

/** What competitive fields add on top of a strong set. */
function competitiveSteps({ competitive, specialty, counts, secured }: SetFacts): string[] {
  if (!competitive || !specialty) return [];
  const steps: string[] = [];
  if (counts.specialty === 1) steps.push(`A second ${specialty} letter would help.`);
  if (!secured.some(isChairOrPd))
    steps.push('Ask whether your department chair or program director could write a letter.');
  return steps;
}

/**
 * The most improving step: program problems, then what makes the set at risk, then what keeps it from
 * "Strong" (missing letters before quick fixes), then a heavier writer, then what a competitive field adds.
 */
export function chooseStep(facts: SetFacts, extra: { problems: string[]; warnings: string[] }): string | undefined {
  const fix = extra.warnings[0] && `Fix first: ${extra.warnings[0]}`;
  const light =
    facts.counts.secured > 0 && facts.weight < 2.5
      ? 'Add a letter from a US attending who supervised your patient care; it outweighs the lighter letters in the set.'
      : undefined;
  return [
    ...extra.problems,
    ...atRiskSteps(facts),
    ...liftingSteps(facts),
    fix,
    light,
    ...competitiveSteps(facts),
  ].find((step): step is string => !!step);
}
