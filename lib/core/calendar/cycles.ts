/**
 * The Match cycle calendar: milestones of each application season, official where published,
 * estimated from the usual pattern otherwise. Bump CALENDAR_VERSION whenever a date here changes,
 * so stored built-in deadlines can be refreshed.
 */
import { addDays, calendarDate, lastWeekdayOfMonth, nthWeekdayOfMonth } from './dates';

/** Version of the built-in calendar data below. */
export const CALENDAR_VERSION = 1;

/** ERAS and NRMP publish their times in US Eastern time. */
export const CALENDAR_TIME_ZONE = 'America/New_York';

export const ESTIMATED_NOTE = 'estimated — check the official AAMC/NRMP calendar';
export const RESIDENCYCAS_NOTE = 'estimated — check the official ResidencyCAS calendar';

export type ApplicationService = 'ERAS' | 'NRMP' | 'ResidencyCAS';

export type MilestoneKey =
  | 'eras-opens'
  | 'applicants-submit'
  | 'programs-review'
  | 'nrmp-registration-opens'
  | 'nrmp-early-deadline'
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
  'nrmp-early-deadline': ['NRMP', 'NRMP early registration deadline'],
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
  'nrmp-early-deadline',
  'rol-opens',
  'rol-deadline',
  'match-week',
  'match-day',
];

/** Published dates, keyed by Match year (the spring of Match Day). */
const OFFICIAL: Record<number, Partial<Record<MilestoneKey, MilestoneDate>>> = {
  2026: {
    'eras-opens': { date: '2025-06-04' },
    'applicants-submit': { date: '2025-09-03' },
    'nrmp-registration-opens': { date: '2025-09-15' },
    'programs-review': { date: '2025-09-24' },
    'nrmp-early-deadline': { date: '2025-11-30' },
    'rol-opens': { date: '2026-01-15' },
    'rol-deadline': { date: '2026-02-25', time: '21:00' },
    'match-week': { date: '2026-03-16' },
    'match-day': { date: '2026-03-20' },
  },
};

const WEDNESDAY = 3;
const MONDAY = 1;
const FRIDAY = 5;

/** The usual pattern of a season, used where no official date is stored. */
function estimatedDate(key: MilestoneKey, matchYear: number): MilestoneDate {
  const season = matchYear - 1;
  switch (key) {
    case 'eras-opens':
      return { date: nthWeekdayOfMonth(season, 6, WEDNESDAY, 1) };
    case 'applicants-submit':
    case 'residencycas-submit':
      return { date: nthWeekdayOfMonth(season, 9, WEDNESDAY, 1) };
    case 'nrmp-registration-opens':
      return { date: nthWeekdayOfMonth(season, 9, MONDAY, 3) };
    case 'programs-review':
    case 'residencycas-programs-review':
      return { date: addDays(nthWeekdayOfMonth(season, 9, WEDNESDAY, 1), 21) };
    case 'nrmp-early-deadline':
      return { date: calendarDate(season, 11, 30) };
    case 'rol-opens':
      return { date: calendarDate(matchYear, 1, 15) };
    case 'rol-deadline':
      return { date: lastWeekdayOfMonth(matchYear, 2, WEDNESDAY), time: '21:00' };
    case 'match-week':
      return { date: addDays(nthWeekdayOfMonth(matchYear, 3, FRIDAY, 3), -4) };
    case 'match-day':
      return { date: nthWeekdayOfMonth(matchYear, 3, FRIDAY, 3) };
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
 * ResidencyCAS milestones (emergency medicine and OB/GYN). Its own dates are not stored yet,
 * so these always carry the estimated note; ranking and Match Day still follow NRMP.
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
