/**
 * The settings' vocabulary and defaults, without zod, so that every context (the content script included)
 * reads the same values. The schema that validates a change is in settings.ts.
 */
import { DEFAULT_WEEK } from '../calendar/week-types';
import { allSitesOn } from '../sites';
import type { Settings } from './settings';

export const COMPETITIVENESS = ['low', 'moderate', 'high', 'very-high'] as const;
export const COMPETITIVENESS_LABELS: Record<(typeof COMPETITIVENESS)[number], string> = {
  low: 'Less competitive',
  moderate: 'Moderately competitive',
  high: 'Competitive',
  'very-high': 'Highly competitive',
};
export const VISA_NEEDS = ['j1', 'h1b', 'none'] as const;
export const VISA_NEED_LABELS: Record<(typeof VISA_NEEDS)[number], string> = { j1: 'J-1', h1b: 'H-1B', none: 'None' };
/** Why a cold email was sent: the outreach log's purposes. */
export const PURPOSES = ['observership', 'externship', 'research', 'other'] as const;
export type OutreachPurpose = (typeof PURPOSES)[number];

/**
 * The Match year of the season a user would be preparing for now. Until the end of September most people
 * asking for letters are applying in the season already under way; from October 1 it is the next one.
 */
export function defaultCycleYear(now: Date = new Date()): number {
  return now.getFullYear() + (now.getMonth() >= 9 ? 2 : 1);
}

/** Settings before the user changes anything. */
export function defaultSettings(now: Date = new Date()): Settings {
  return {
    specialty: '',
    competitiveness: 'moderate',
    cycleYear: defaultCycleYear(now),
    service: 'ERAS',
    visaNeed: 'none',
    usBased: false,
    trainedAbroad: true,
    applicantName: '',
    reminderLeadDays: 3,
    badgeThresholdDays: 7,
    notifications: false,
    followUpDays: 7,
    targetUploadMarginDays: 14,
    sites: allSitesOn(),
    customSites: [],
    disabledRules: [],
    customPhrases: [],
    lastOutreachPurpose: 'observership',
    sampleDataLoaded: false,
    weekPlan: [...DEFAULT_WEEK],
    checkInDay: -1,
    checkInGroup: [],
  };
}

/** Settings with every default filled in. */
export const DEFAULT_SETTINGS: Settings = defaultSettings();

const sameShape = (value: unknown, fallback: unknown): boolean =>
  Array.isArray(fallback)
    ? Array.isArray(value)
    : typeof value === typeof fallback && (typeof value !== 'object' || (value !== null && !Array.isArray(value)));

/**
 * Stored settings over the defaults. Values are validated when they are written (settings.ts); here a field
 * that is missing, or of the wrong type after a damaged write, falls back to its default, so no reader stops.
 */
export function withDefaults(raw: unknown): Settings {
  const stored = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = stored[key];
    if (!sameShape(value, fallback)) continue;
    merged[key] =
      fallback && typeof fallback === 'object' && !Array.isArray(fallback)
        ? withDefaultFields(value as Record<string, unknown>, fallback as Record<string, unknown>)
        : value;
  }
  return merged as Settings;
}

function withDefaultFields(value: Record<string, unknown>, fallback: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...fallback };
  for (const [key, def] of Object.entries(fallback)) if (sameShape(value[key], def)) merged[key] = value[key];
  return merged;
}
