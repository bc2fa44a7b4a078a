/**
 * The user's settings: small, kept in extension storage (browser.storage.local) under one key so every
 * part of the extension, content scripts included, reads the same values and hears about changes.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { problemsFrom, ValidationError } from '@/lib/core/model/errors';
import { SERVICES } from '@/lib/core/model/schema';

export const SETTINGS_KEY = 'settings';

export const COMPETITIVENESS = ['low', 'moderate', 'high', 'very-high'] as const;
export const COMPETITIVENESS_LABELS: Record<(typeof COMPETITIVENESS)[number], string> = {
  low: 'Less competitive',
  moderate: 'Moderately competitive',
  high: 'Competitive',
  'very-high': 'Highly competitive',
};
export const VISA_NEEDS = ['j1', 'h1b', 'none'] as const;
export const VISA_NEED_LABELS: Record<(typeof VISA_NEEDS)[number], string> = { j1: 'J-1', h1b: 'H-1B', none: 'None' };
export const PURPOSES = ['observership', 'externship', 'research', 'other'] as const;

const originPattern = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i;

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
    .default(defaultCycleYear()),
  service: z.enum(SERVICES).default('ERAS'),
  visaNeed: z.enum(VISA_NEEDS).default('none'),
  usBased: z.boolean().default(false),
  reminderLeadDays: z.number().int().min(0).max(60, 'at most 60').default(3),
  badgeThresholdDays: z.number().int().min(0).max(60, 'at most 60 days').default(7),
  notifications: z.boolean().default(false),
  followUpDays: z.number().int().min(7, 'between 7 and 10 days').max(10, 'between 7 and 10 days').default(7),
  /** Days before programs start reviewing that letters should be uploaded. */
  targetUploadMarginDays: z.number().int().min(0).max(120, 'at most 120 days').default(14),
  sites: z
    .object({ gmail: z.boolean().default(true), outlook: z.boolean().default(true), yahoo: z.boolean().default(true) })
    .default({ gmail: true, outlook: true, yahoo: true }),
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
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsPatch = Partial<Settings>;

/** The Match year of the season a user would be preparing for now (applications open in June). */
export function defaultCycleYear(now: Date = new Date()): number {
  return now.getFullYear() + (now.getMonth() >= 5 ? 2 : 1);
}

/** Settings with every default filled in. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads stored settings, filling defaults; a damaged value falls back field by field to defaults. */
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

/** The current settings, defaults filled. */
export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Checks a patch against the current settings; returns the full new settings or throws ValidationError. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const result = SettingsSchema.safeParse({ ...current, ...patch });
  if (!result.success) throw new ValidationError(problemsFrom(result.error.issues));
  return result.data;
}

let localChain: Promise<unknown> = Promise.resolve();

/**
 * Runs read-modify-write steps on the settings one at a time, so two saves (options page, popup, background)
 * cannot lose each other's changes. The Web Locks API covers every extension page and the service worker;
 * where it is missing (older browsers, tests) a promise chain covers this context.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) return locks.request('strongletter-settings', task) as unknown as Promise<T>;
  const run = localChain.then(task, task);
  localChain = run.catch(() => undefined);
  return run;
}

/** Changes some settings after validating them; returns the new settings. Nothing is stored if any value is bad. */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return changeSettings(() => patch);
}

/** Like updateSettings, with the patch worked out from the current settings inside the same turn. */
export function changeSettings(make: (current: Settings) => SettingsPatch): Promise<Settings> {
  return oneAtATime(async () => {
    const current = await getSettings();
    const next = applySettingsPatch(current, make(current));
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
}

/** Replaces the stored settings whole (a backup restore), in turn with other saves. */
export function replaceSettings(raw: unknown): Promise<Settings> {
  return oneAtATime(async () => {
    const next = parseSettings(raw);
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
}

/** Turns a rule off (the hint card's "Turn off this rule", sent to the background). */
export function disableRuleInSettings(ruleId: string): Promise<Settings> {
  return changeSettings((current) => ({
    disabledRules: current.disabledRules.includes(ruleId) ? current.disabledRules : [...current.disabledRules, ruleId],
  }));
}

/** Calls back with the new settings whenever they change anywhere in the extension; returns an unsubscribe. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
