/** Live reads of everything the popup shows, through one Dexie liveQuery. */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Assignment, Deadline, Letter, Outreach, Program, Writer } from '@/lib/db';
import { db } from '@/lib/db';
import { DEFAULT_SETTINGS, getSettings, type Settings, watchSettings } from '@/lib/settings';

export interface Tracker {
  writers: Writer[];
  letters: Letter[];
  programs: Program[];
  assignments: Assignment[];
  outreach: Outreach[];
  /** Pending deadlines the user may need to act on (not done, not hidden). */
  pending: Deadline[];
  hasSample: boolean;
}

/** Everything in the tracker, kept live; undefined while the first read runs. */
export function useTracker(): Tracker | undefined {
  return useLiveQuery(async () => {
    const [writers, letters, programs, assignments, outreach, pending] = await Promise.all([
      db.writers.orderBy('name').toArray(),
      db.letters.toArray(),
      db.programs.orderBy('name').toArray(),
      db.assignments.toArray(),
      db.outreach.toArray(),
      db.deadlines.where('[pending+dueAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray(),
    ]);
    const hasSample = [writers, letters, programs, outreach].some((rows) => rows.some((row) => row.sample));
    outreach.sort((a, b) => b.sentDate.localeCompare(a.sentDate));
    return { writers, letters, programs, assignments, outreach, pending, hasSample };
  }, []);
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
