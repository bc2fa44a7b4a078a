/**
 * Keeps the stored built-in and derived deadlines in step with the calendar and the user's data.
 * Ids are stable (`builtin:<year>:<key>`, `derived:letter:<id>:<step>`, `derived:outreach:<id>:follow-up-<n>`),
 * so running again updates in place: nothing is duplicated and what the user did to a deadline is kept.
 */
import {
  defaultTargetUploadDate,
  milestonesForCycle,
  residencyCasMilestones,
  usesResidencyCas,
} from '@/lib/core/calendar/cycles';
import { type DerivedDeadline, letterTimeline, outreachFollowUp } from '@/lib/core/calendar/timeline';
import { nextDayOfType } from '@/lib/core/calendar/week';
import type { DeadlineInput, Letter, Outreach, Writer } from '@/lib/core/model/schema';
import type { Settings } from '@/lib/platform/settings';
import { db } from './database';
import { syncDeadlines } from './deadlines';

export interface SyncCounts {
  added: number;
  changed: number;
  removed: number;
}

/** The built-in milestones of the user's cycle as deadline records (estimated ones flagged). */
export function builtInDeadlines(
  settings: Pick<Settings, 'cycleYear' | 'specialty' | 'service'>,
  confirmedIds: ReadonlySet<string> = new Set(),
): DeadlineInput[] {
  const residencyCas = settings.service === 'ResidencyCAS' || usesResidencyCas(settings.specialty);
  const milestones = [
    ...milestonesForCycle(settings.cycleYear),
    ...(residencyCas ? residencyCasMilestones(settings.cycleYear) : []),
  ];
  return milestones.map((milestone) => ({
    id: milestone.id,
    title: milestone.title,
    dueDate: milestone.date,
    ...(milestone.time ? { dueTime: milestone.time, timeZone: milestone.timeZone } : {}),
    kind: 'milestone',
    source: 'built-in',
    // A date the user confirmed or edited is theirs, no longer an estimate.
    estimated: milestone.estimated && !confirmedIds.has(milestone.id),
  }));
}

/**
 * Stores the built-in milestones for the user's cycle; hidden and edited ones stay as the user left them,
 * and a milestone the user confirmed or moved outlives a calendar update that retires it.
 */
export async function syncBuiltInMilestones(
  settings: Pick<Settings, 'cycleYear' | 'specialty' | 'service'>,
): Promise<SyncCounts> {
  const existing = await db.deadlines.where('source').equals('built-in').toArray();
  const confirmed = new Set(existing.filter((d) => d.userEdited).map((d) => d.id));
  const fresh = builtInDeadlines(settings, confirmed);
  const ids = new Set(fresh.map((d) => d.id));
  const retiredButKept: DeadlineInput[] = existing
    .filter((d) => d.userEdited && !ids.has(d.id) && d.id.startsWith(`builtin:${settings.cycleYear}:`))
    .map(({ id, title, dueDate, dueTime, timeZone, kind }) => ({ id, title, dueDate, dueTime, timeZone, kind }));
  return syncDeadlines('built-in', [...fresh, ...retiredButKept]);
}

/** The settings derived deadlines depend on; the week plan moves follow-ups onto application days. */
export type DerivedSettings = Pick<Settings, 'cycleYear' | 'targetUploadMarginDays' | 'followUpDays'> &
  Partial<Pick<Settings, 'weekPlan'>>;

export interface DerivedSources {
  letters: Letter[];
  writers: Writer[];
  outreach: Outreach[];
}

function toInput(derived: DerivedDeadline, type: 'letter' | 'outreach'): DeadlineInput {
  return {
    id: derived.key,
    title: derived.title,
    dueDate: derived.dueDate,
    kind: derived.kind,
    source: 'derived',
    concerns: { type, id: derived.relatedId },
  };
}

/** The letter steps and outreach follow-ups the user's data calls for now, as deadline records. */
export function derivedDeadlines(sources: DerivedSources, settings: DerivedSettings): DeadlineInput[] {
  const writers = new Map(sources.writers.map((writer) => [writer.id, writer]));
  const defaultTarget = defaultTargetUploadDate(settings.cycleYear, settings.targetUploadMarginDays);
  const letterSteps = sources.letters.flatMap((letter) => {
    const writer = writers.get(letter.writerId);
    const steps = letterTimeline(
      {
        id: letter.id,
        stage: letter.stage,
        writerName: writer?.name,
        rotationStart: writer?.startDate,
        rotationEnd: writer?.endDate,
        weeksTogether: writer?.weeksTogether,
      },
      letter.targetUploadDate ?? defaultTarget,
    );
    return steps.map((step) => toInput(step, 'letter'));
  });
  const followUps = sources.outreach.flatMap((outreach) => {
    const followUp = outreachFollowUp(outreach, { followUpDays: settings.followUpDays });
    if (!followUp) return [];
    // Follow-ups fall on the user's application days.
    const dueDate = settings.weekPlan
      ? nextDayOfType(followUp.dueDate, settings.weekPlan, 'application')
      : followUp.dueDate;
    return [toInput({ ...followUp, dueDate }, 'outreach')];
  });
  return [...letterSteps, ...followUps];
}

/** Re-derives every letter step and outreach follow-up from the database and stores the result. */
export async function syncDerivedDeadlines(settings: DerivedSettings, sources?: DerivedSources): Promise<SyncCounts> {
  const data = sources ?? (await readDerivedSources());
  return syncDeadlines('derived', derivedDeadlines(data, settings));
}

/** Reads what derived deadlines come from, in one read transaction. */
export function readDerivedSources(): Promise<DerivedSources> {
  return db.transaction('r', [db.letters, db.writers, db.outreach], async () => ({
    letters: await db.letters.toArray(),
    writers: await db.writers.toArray(),
    outreach: await db.outreach.toArray(),
  }));
}
