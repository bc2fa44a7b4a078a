/**
 * The backward plan for someone starting early: from the Match year back to when outreach should begin.
 * Windows follow how IMGs without US contacts usually build them: cold outreach 6–12 months before ERAS
 * opens, a US position in hand 3–6 months before, and a frank note when less than 3 months remain.
 */
import { milestonesForCycle } from './cycles';
import { calendarDate, daysBetween } from './dates';

/** Cold emails to aim for: about 5 in 100 bring a positive reply. */
export const OUTREACH_TARGET = 100;
export const POSITIVE_REPLIES_PER_100 = 5;

export interface PlanStep {
  id: 'outreach' | 'secure-position';
  title: string;
  /** The window, YYYY-MM-DD to YYYY-MM-DD. */
  from: string;
  to: string;
  detail: string;
}

export interface BackwardPlan {
  matchYear: number;
  /** The day the season's application system opens. */
  erasOpens: string;
  steps: PlanStep[];
  /** Set when less than 3 months remain before ERAS opens (or it is already open) and no US position is held. */
  lateStart?: string;
}

/** The same day `months` months earlier (or later), clamped to the month's end. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = Number(calendarDate(year, month + 1, 0).slice(8));
  return calendarDate(year, month, Math.min(d, lastDay));
}

/** The backward plan for a Match year, as seen on `today`; `hasUsPosition` silences the late-start note. */
export function backwardPlan(
  matchYear: number,
  today: string,
  options: { hasUsPosition?: boolean } = {},
): BackwardPlan {
  const cycle = milestonesForCycle(matchYear);
  const erasOpens = cycle.find((m) => m.key === 'eras-opens')!.date;
  const reviewStarts = cycle.find((m) => m.key === 'programs-review')!.date;
  const steps: PlanStep[] = [
    {
      id: 'outreach',
      title: `Outreach: about ${OUTREACH_TARGET} cold emails for observerships, externships or research`,
      from: addMonths(erasOpens, -12),
      to: addMonths(erasOpens, -6),
      detail: `Write to departments, community hospitals, private practices and researchers; roughly ${POSITIVE_REPLIES_PER_100} in 100 reply yes, so keep a steady pace and log each one.`,
    },
    {
      id: 'secure-position',
      title: 'Have a US position secured (rotation, externship or research)',
      from: addMonths(erasOpens, -6),
      to: addMonths(erasOpens, -3),
      detail: 'Aim for 4–8 weeks with one attending who can watch you work, in your specialty if you can.',
    },
  ];
  const lateWindow = daysBetween(addMonths(erasOpens, -3), today) > 0 && daysBetween(today, reviewStarts) > 0;
  const lateStart =
    lateWindow && !options.hasUsPosition
      ? 'Less than 3 months before ERAS opens and no US position yet: make your home-country letters as specific as they can be, try for one short US rotation or research stint, or consider applying a year later with a stronger set. If you applied before, bring something new since then (a US rotation, research, or a recent supervisor), not the same letters.'
      : undefined;
  return { matchYear, erasOpens, steps, ...(lateStart ? { lateStart } : {}) };
}
