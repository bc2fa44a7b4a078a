/** The day types of the user's week and the default week, with no imports (the settings' defaults read them everywhere). */

export const DAY_TYPES = ['application', 'clinical', 'admin', 'rest'] as const;
export type DayType = (typeof DAY_TYPES)[number];
export const DAY_TYPE_LABELS: Record<DayType, string> = {
  application: 'Application',
  clinical: 'Clinical or observership',
  admin: 'Admin and life',
  rest: 'Rest',
};
/** Weekday names, Sunday first, as `weekday()` numbers them. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Sunday first: three application days, two clinical, one admin, one rest. */
export const DEFAULT_WEEK: readonly DayType[] = [
  'rest',
  'application',
  'clinical',
  'application',
  'clinical',
  'application',
  'admin',
];
