/**
 * Where the applicant is in the season: the phase and step worked out from the Match year and today,
 * and the next milestone with the days left. Pure: the caller passes today's date in the user's zone.
 */
import { type Milestone, milestonesForSpecialty } from './cycles';
import { addDays, calendarDate, daysBetween } from './dates';

export type Phase = 'pre-application' | 'application' | 'match' | 'after-match';
export type Step =
  | 'studying'
  | 'gathering-letters'
  | 'submission'
  | 'waiting-for-invites'
  | 'interviews'
  | 'rank-list'
  | 'match-week'
  | 'after-match';

export const PHASE_LABELS: Record<Phase, string> = {
  'pre-application': 'Pre-application',
  application: 'Application season',
  match: 'Match phase',
  'after-match': 'Season over',
};
export const STEP_LABELS: Record<Step, string> = {
  studying: 'studying for the exams',
  'gathering-letters': 'gathering letters',
  submission: 'ERAS submission',
  'waiting-for-invites': 'waiting for invitations',
  interviews: 'interviews',
  'rank-list': 'rank list',
  'match-week': 'Match Week',
  'after-match': 'Match Day has passed',
};
const PHASE_OF: Record<Step, Phase> = {
  studying: 'pre-application',
  'gathering-letters': 'pre-application',
  submission: 'application',
  'waiting-for-invites': 'application',
  interviews: 'application',
  'rank-list': 'match',
  'match-week': 'match',
  'after-match': 'after-match',
};

/** Days before Match Week in which the SOAP readiness checklist shows. */
export const SOAP_WINDOW_DAYS = 14;

export interface SeasonPosition {
  phase: Phase;
  step: Step;
  /** The next milestone on or after today, with whole days left (0 = today). */
  next?: { milestone: Milestone; daysLeft: number };
  /** Match Week's first day for this cycle. */
  matchWeek: string;
  /** True from two weeks before Match Week until Match Day. */
  soapWindow: boolean;
}

// Most invitations go out in October; interviews run from about November into January.
const interviewsFrom = (matchYear: number) => calendarDate(matchYear - 1, 11, 1);

/** Each step and the day it begins, in order. */
function stepStarts(matchYear: number, dates: Record<string, string>): [Step, string][] {
  return [
    ['gathering-letters', dates['eras-opens']],
    ['submission', dates['applicants-submit']],
    ['waiting-for-invites', dates['programs-review']],
    ['interviews', interviewsFrom(matchYear)],
    ['rank-list', dates['rol-opens']],
    ['match-week', dates['match-week']],
    ['after-match', addDays(dates['match-day'], 1)],
  ];
}

/** The phase, step and next milestone of the cycle ending in `matchYear`, seen on `today` (YYYY-MM-DD). */
export function seasonPosition(matchYear: number, today: string, specialty = ''): SeasonPosition {
  const milestones = milestonesForSpecialty(matchYear, specialty);
  const dates = Object.fromEntries(milestones.map((m) => [m.key, m.date]));
  let step: Step = 'studying';
  for (const [candidate, from] of stepStarts(matchYear, dates)) if (today >= from) step = candidate;
  const upcoming = milestones.find((m) => m.date >= today);
  const matchWeek = dates['match-week'];
  const toMatchWeek = daysBetween(today, matchWeek);
  return {
    phase: PHASE_OF[step],
    step,
    next: upcoming && { milestone: upcoming, daysLeft: daysBetween(today, upcoming.date) },
    matchWeek,
    soapWindow: toMatchWeek <= SOAP_WINDOW_DAYS && today <= dates['match-day'],
  };
}

/** "in 12 days", "tomorrow", "today". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}
