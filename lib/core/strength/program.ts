/** A program's own needs checked against the applicant's profile: visa sponsorship. */
import type { Applicant, ProgramNeeds } from './index';

const VISA_NAMES = { j1: 'J-1', h1b: 'H-1B' } as const;
/** "a J-1", "an H-1B". */
const WITH_ARTICLE = { j1: 'a J-1', h1b: 'an H-1B' } as const;

export interface ProgramCheck {
  /** Make the program's verdict at risk. */
  problems: string[];
  /** Keep it from being strong until checked. */
  warnings: string[];
  /** Steps for the problems, most important first. */
  steps: string[];
}

/** Visa checks for one program: a problem when it sponsors none, a warning when unknown or a different visa. */
export function programChecks(program: ProgramNeeds | undefined, applicant: Applicant): ProgramCheck {
  const check: ProgramCheck = { problems: [], warnings: [], steps: [] };
  const need = applicant.visaNeed;
  if (!program?.visa || !need || need === 'none') return check;
  const name = program.name || 'This program';
  const wanted = WITH_ARTICLE[need];
  if (program.visa === 'none') {
    check.problems.push(`${name} does not sponsor visas, and you need ${wanted}.`);
    check.steps.push(`Put your letters toward programs that sponsor ${wanted}; ${name} does not.`);
  } else if (program.visa === 'unknown') {
    check.warnings.push(`Find out whether ${name} sponsors ${wanted}; its sponsorship is not known yet.`);
  } else if (program.visa !== 'both' && program.visa !== need) {
    check.warnings.push(`${name} sponsors the ${VISA_NAMES[program.visa]} only, and you need ${wanted}.`);
  }
  return check;
}
