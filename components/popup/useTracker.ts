/** Live reads of everything the popup shows, through one Dexie liveQuery. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Assignment, Deadline, Letter, Outreach, Program, Writer } from '@/lib/data';
import { db, dueWithin } from '@/lib/data';
import { DEFAULT_SETTINGS, getSettings, type Settings, watchSettings } from '@/lib/platform/settings';

/** How far ahead the popup looks for due deadlines; wider than any usual lead time. */
const DUE_WINDOW_DAYS = 14;

export interface Tracker {
  writers: Writer[];
  letters: Letter[];
  programs: Program[];
  assignments: Assignment[];
  outreach: Outreach[];
  /** Pending deadlines overdue or due within a month (not done, not hidden): one indexed range read. */
  pending: Deadline[];
  hasSample: boolean;
  /** Which optional parts this result holds (a tab switch shows the previous result until the new one). */
  loaded: { programs: boolean; outreach: boolean };
  /** Nothing of any kind stored yet: the popup shows its one-minute start. */
  empty: boolean;
}

/** What the popup shows, kept live; programs and outreach are read only for the tabs that show them. */
export function useTracker(needs: { programs?: boolean; outreach?: boolean } = {}): Tracker | undefined {
  const { programs: wantPrograms = false, outreach: wantOutreach = false } = needs;
  return useLiveQuery(async () => {
    const [writers, letters, programs, assignments, outreach, pending, programCount, outreachCount, sampleOutreach] =
      await Promise.all([
        db.writers.orderBy('name').toArray(),
        db.letters.toArray(),
        wantPrograms ? db.programs.orderBy('name').toArray() : [],
        wantPrograms ? db.assignments.toArray() : [],
        wantOutreach ? db.outreach.toArray() : [],
        dueWithin(new Date(), DUE_WINDOW_DAYS),
        db.programs.count(),
        db.outreach.count(),
        db.outreach.filter((o) => o.sample === true).first(),
      ]);
    const hasSample = !!sampleOutreach || [writers, letters, programs].some((rows) => rows.some((row) => row.sample));
    outreach.sort((a, b) => b.sentDate.localeCompare(a.sentDate));
    return {
      writers,
      letters,
      programs,
      assignments,
      outreach,
      pending,
      hasSample,
      loaded: { programs: wantPrograms, outreach: wantOutreach },
      empty: !writers.length && !letters.length && !programCount && !outreachCount,
    };
  }, [wantPrograms, wantOutreach]);
}

/** The user's settings, kept live. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    getSettings().then((value) => live && setSettings(value));
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
