/** The settings' schema: every change and every restored backup is checked against it before it is stored. */
import { z } from 'zod';
import { DAY_TYPES } from '../calendar/week-types';
import { SITES, type WebmailSiteId } from '../sites';
import { problemsFrom, ValidationError } from './errors';
import { SERVICES } from './schema';
import { COMPETITIVENESS, DEFAULT_SETTINGS, defaultCycleYear, PURPOSES, VISA_NEEDS } from './settings-values';

const originPattern = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i;
const d = () => DEFAULT_SETTINGS;
const siteSwitches = Object.fromEntries(SITES.map((site) => [site.id, z.boolean().default(true)])) as Record<
  WebmailSiteId,
  z.ZodDefault<z.ZodBoolean>
>;

export const SettingsSchema = z.object({
  specialty: z.string().trim().max(100, 'keep it under 100 characters').default(''),
  competitiveness: z
    .enum(COMPETITIVENESS, { error: 'choose less, moderately, competitive or highly' })
    .default('moderate'),
  /** The Match year: the spring in which residency starts, e.g. 2027. */
  cycleYear: z
    .number()
    .int()
    .min(2020, 'use a Match year like 2027')
    .max(2100, 'use a Match year like 2027')
    .default(() => defaultCycleYear()),
  service: z.enum(SERVICES).default('ERAS'),
  visaNeed: z.enum(VISA_NEEDS).default('none'),
  /** "I am in the US now": where the applicant is, not where they trained. */
  usBased: z.boolean().default(false),
  /** "I trained outside the US": an international graduate keeps every IMG rule, wherever they are now. */
  trainedAbroad: z.boolean().default(true),
  /** The applicant's name, signed under the request kit's emails. */
  applicantName: z.string().trim().max(120, 'keep it under 120 characters').default(''),
  reminderLeadDays: z.number().int().min(0).max(60, 'at most 60').default(3),
  badgeThresholdDays: z.number().int().min(0).max(60, 'at most 60 days').default(7),
  notifications: z.boolean().default(false),
  followUpDays: z.number().int().min(7, 'between 7 and 10 days').max(10, 'between 7 and 10 days').default(7),
  /** Days before programs start reviewing that letters should be uploaded. */
  targetUploadMarginDays: z.number().int().min(0).max(120, 'at most 120 days').default(14),
  /** Hints on or off for each built-in webmail site (lib/core/sites). */
  sites: z.object(siteSwitches).default(() => ({ ...d().sites })),
  /** Extra webmail origins the user added, e.g. https://mail.example.edu. */
  customSites: z
    .array(z.string().trim().regex(originPattern, 'use an address like https://mail.example.edu'))
    .max(50)
    .default([]),
  disabledRules: z.array(z.string().min(1).max(100)).max(500).default([]),
  customPhrases: z
    .array(
      z.object({
        phrase: z.string().trim().min(1, 'write the words to flag').max(120, 'keep it under 120 characters'),
        suggestion: z.string().trim().max(300, 'keep it under 300 characters').default(''),
      }),
    )
    .max(200, 'at most 200')
    .default([]),
  lastOutreachPurpose: z.enum(PURPOSES).default('observership'),
  sampleDataLoaded: z.boolean().default(false),
  /** The type of each weekday, Sunday first: what the badge, notifications and follow-ups go by. */
  weekPlan: z
    .array(z.enum(DAY_TYPES, { error: 'choose application, clinical, admin or rest' }))
    .length(7, 'give a type for each of the seven days')
    .default(() => [...d().weekPlan]),
  /** The weekday of the check-in with the group (0 = Sunday … 6 = Saturday); -1 when none is set. */
  checkInDay: z.number().int().min(-1).max(6, 'choose a day of the week').default(-1),
  /** Names of the small check-in group; names only. */
  checkInGroup: z
    .array(z.string().trim().min(1, 'write a name').max(60, 'keep each name under 60 characters'))
    .max(12, 'at most 12 names; a small group works best')
    .default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsPatch = Partial<Settings>;

/** Reads stored or restored settings, filling defaults; a damaged value falls back field by field to defaults. */
export function parseSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const kept: Record<string, unknown> = {};
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  for (const key of Object.keys(SettingsSchema.shape) as (keyof Settings)[]) {
    const field = SettingsSchema.shape[key].safeParse(source[key]);
    if (field.success) kept[key] = field.data;
  }
  return SettingsSchema.parse(kept);
}

/** Checks a patch against the current settings; returns the full new settings or throws ValidationError. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const result = SettingsSchema.safeParse({ ...current, ...patch });
  if (!result.success) throw new ValidationError(problemsFrom(result.error.issues));
  return result.data;
}
