/**
 * The Match cycle calendar: milestones of each application season, official only where a published source
 * confirms the date (the source is named beside it), estimated from the current pattern otherwise.
 * Bump CALENDAR_VERSION whenever a date or title here changes, so stored built-in deadlines are refreshed
 * (those the user confirmed or moved are kept).
 */
import { addDays, calendarDate, nthWeekdayOfMonth } from './dates';

/**
 * Version of the built-in calendar data below.
 * 2: the 2026 dates that came from an outdated NRMP calendar (early registration Nov 30, ranking Jan 15,
 * rank list Feb 25) are estimates now; the early deadline became the standard registration deadline.
 */
export const CALENDAR_VERSION = 2;

/** ERAS and NRMP publish their times in US Eastern time. */
export const CALENDAR_TIME_ZONE = 'America/New_York';

export const ESTIMATED_NOTE = 'estimated — check the official AAMC/NRMP calendar';
export const RESIDENCYCAS_NOTE =
  'estimated — check the official ResidencyCAS calendar; there you assign each letter to each program by hand';

export type ApplicationService = 'ERAS' | 'NRMP' | 'ResidencyCAS';

export type MilestoneKey =
  | 'eras-opens'
  | 'applicants-submit'
  | 'programs-review'
  | 'nrmp-registration-opens'
  | 'nrmp-registration-deadline'
  | 'rol-opens'
  | 'rol-deadline'
  | 'match-week'
  | 'match-day'
  | 'residencycas-submit'
  | 'residencycas-programs-review';

export interface Milestone {
  /** Stable across runs: `builtin:<matchYear>:<key>`. */
  id: string;
  key: MilestoneKey;
  matchYear: number;
  service: ApplicationService;
  title: string;
  date: string;
  time?: string;
  timeZone: string;
  estimated: boolean;
  note?: string;
}

interface MilestoneDate {
  date: string;
  time?: string;
}

const TITLES: Record<MilestoneKey, [ApplicationService, string]> = {
  'eras-opens': ['ERAS', 'MyERAS opens for the new season'],
  'applicants-submit': ['ERAS', 'ERAS: applications can be submitted'],
  'programs-review': ['ERAS', 'ERAS: programs start reviewing applications (MSPE release)'],
  'nrmp-registration-opens': ['NRMP', 'NRMP Match registration opens'],
  'nrmp-registration-deadline': ['NRMP', 'NRMP standard registration deadline (a late fee after it)'],
  'rol-opens': ['NRMP', 'Rank order list entry opens'],
  'rol-deadline': ['NRMP', 'Rank order list deadline (certify your list)'],
  'match-week': ['NRMP', 'Match Week begins (SOAP)'],
  'match-day': ['NRMP', 'Match Day'],
  'residencycas-submit': ['ResidencyCAS', 'ResidencyCAS: applications can be submitted'],
  'residencycas-programs-review': ['ResidencyCAS', 'ResidencyCAS: programs start reviewing applications'],
};

const ERAS_NRMP_KEYS: MilestoneKey[] = [
  'eras-opens',
  'applicants-submit',
  'nrmp-registration-opens',
  'programs-review',
  'nrmp-registration-deadline',
  'rol-opens',
  'rol-deadline',
  'match-week',
  'match-day',
];

/**
 * Published dates, keyed by Match year (the spring of Match Day). Only dates a source confirms belong here:
 * - ERAS 2026: AAMC, "ERAS Timeline" for the 2026 season
 *   (students-residents.aamc.org/applying-residencies-eras/publication-chapters/eras-timeline).
 * - NRMP 2026: registration opens Sep 15 2025 (NRMP Medical School Welcome Newsletter, September 2025);
 *   Match Week Mar 16–20 and Match Day Mar 20 2026 (NRMP Residency Program Welcome Newsletter, April 2025).
 * The rest of 2026 (registration deadline, ranking, rank order list deadline) is estimated: the Nov 30 / Jan 15 /
 * Feb 25 dates once stored here came from an older NRMP calendar page, not the 2026 one.
 */
const OFFICIAL: Record<number, Partial<Record<MilestoneKey, MilestoneDate>>> = {
  2026: {
    'eras-opens': { date: '2025-06-04' },
    'applicants-submit': { date: '2025-09-03' },
    'programs-review': { date: '2025-09-24' },
    'nrmp-registration-opens': { date: '2025-09-15' },
    'match-week': { date: '2026-03-16' },
    'match-day': { date: '2026-03-20' },
  },
};

/** The rank order list is certified by 21:00 ET on the Wednesday 16 days before Match Day (2023, 2024). */
const RANK_DEADLINE_DAYS_BEFORE_MATCH = 16;

const WEDNESDAY = 3;
const FRIDAY = 5;

/** The usual pattern of a season, used where no official date is stored. */
function estimatedDate(key: MilestoneKey, matchYear: number): MilestoneDate {
  const season = matchYear - 1;
  const matchDay = nthWeekdayOfMonth(matchYear, 3, FRIDAY, 3);
  switch (key) {
    case 'eras-opens':
      return { date: nthWeekdayOfMonth(season, 6, WEDNESDAY, 1) };
    case 'applicants-submit':
    case 'residencycas-submit':
      return { date: nthWeekdayOfMonth(season, 9, WEDNESDAY, 1) };
    case 'nrmp-registration-opens':
      return { date: calendarDate(season, 9, 15) };
    case 'programs-review':
    case 'residencycas-programs-review':
      return { date: addDays(nthWeekdayOfMonth(season, 9, WEDNESDAY, 1), 21) };
    case 'nrmp-registration-deadline':
      return { date: calendarDate(matchYear, 1, 31) };
    case 'rol-opens':
      return { date: calendarDate(matchYear, 2, 1) };
    case 'rol-deadline':
      return { date: addDays(matchDay, -RANK_DEADLINE_DAYS_BEFORE_MATCH), time: '21:00' };
    case 'match-week':
      return { date: addDays(matchDay, -4) };
    case 'match-day':
      return { date: matchDay };
  }
}

function checkMatchYear(matchYear: number): void {
  if (!Number.isInteger(matchYear) || matchYear < 2000 || matchYear > 2100) {
    throw new Error(`Match year must be a whole year between 2000 and 2100, got ${matchYear}`);
  }
}

function milestone(key: MilestoneKey, matchYear: number, official: MilestoneDate | undefined): Milestone {
  const [service, title] = TITLES[key];
  const when = official ?? estimatedDate(key, matchYear);
  const note = official ? undefined : service === 'ResidencyCAS' ? RESIDENCYCAS_NOTE : ESTIMATED_NOTE;
  return {
    id: `builtin:${matchYear}:${key}`,
    key,
    matchYear,
    service,
    title,
    ...when,
    timeZone: CALENDAR_TIME_ZONE,
    estimated: !official,
    ...(note ? { note } : {}),
  };
}

/** ERAS and NRMP milestones of the cycle ending with Match Day in `matchYear`, in date order. */
export function milestonesForCycle(matchYear: number): Milestone[] {
  checkMatchYear(matchYear);
  const official = OFFICIAL[matchYear] ?? {};
  return ERAS_NRMP_KEYS.map((key) => milestone(key, matchYear, official[key])).sort(byDate);
}

/** The pattern-based estimate of a cycle, ignoring published dates (to check the pattern against them). */
export function estimatedMilestonesForCycle(matchYear: number): Milestone[] {
  checkMatchYear(matchYear);
  return ERAS_NRMP_KEYS.map((key) => milestone(key, matchYear, undefined)).sort(byDate);
}

/**
 * ResidencyCAS milestones (emergency medicine and OB/GYN). Its own dates are not stored yet, so these always
 * carry the estimated note, which also says that letters there are assigned to programs by hand;
 * ranking and Match Day still follow NRMP.
 */
export function residencyCasMilestones(matchYear: number): Milestone[] {
  checkMatchYear(matchYear);
  return (['residencycas-submit', 'residencycas-programs-review'] as const).map((key) =>
    milestone(key, matchYear, undefined),
  );
}

/**
 * The note an estimated built-in milestone carries, found from its stored id (`builtin:<year>:<key>`),
 * naming the official calendar to check; undefined for any other id.
 */
export function estimateNote(id: string): string | undefined {
  const key = /^builtin:\d{4}:([a-z-]+)$/.exec(id)?.[1];
  if (!key || !Object.hasOwn(TITLES, key)) return undefined;
  return TITLES[key as MilestoneKey][0] === 'ResidencyCAS' ? RESIDENCYCAS_NOTE : ESTIMATED_NOTE;
}

/** True for the specialties whose programs take applications through ResidencyCAS. */
export function usesResidencyCas(specialty: string): boolean {
  const name = specialty.toLowerCase().replace(/[^a-z]/g, '');
  return ['emergencymedicine', 'em', 'obgyn', 'obstetricsandgynecology', 'obstetricsgynecology'].includes(name);
}

/** All milestones the user should see for a cycle, adding ResidencyCAS ones for EM and OB/GYN. */
export function milestonesForSpecialty(matchYear: number, specialty = ''): Milestone[] {
  const base = milestonesForCycle(matchYear);
  return usesResidencyCas(specialty) ? [...base, ...residencyCasMilestones(matchYear)].sort(byDate) : base;
}

/** The day programs begin reviewing applications for the cycle. */
export function programsReviewDate(matchYear: number): string {
  return milestonesForCycle(matchYear).find((m) => m.key === 'programs-review')!.date;
}

/** The default target for a letter's upload: a safe margin (14 days) before programs begin review. */
export function defaultTargetUploadDate(matchYear: number, marginDays = 14): string {
  if (!Number.isInteger(marginDays) || marginDays < 0 || marginDays > 120) {
    throw new Error(`Safety margin must be 0–120 days, got ${marginDays}`);
  }
  return addDays(programsReviewDate(matchYear), -marginDays);
}

function byDate(a: Milestone, b: Milestone): number {
  return a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '');
}
