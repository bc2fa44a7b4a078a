import { expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recomputeBadge } from '@/lib/background/reminders';
import { badgeState } from '@/lib/core/due';
import { clearAllData, db } from '@/lib/data/database';
import { longTimeUserDeadlines } from './seed';

const TARGET_MS = 10;
const COUNT = 10_000;
const ZONE = 'Asia/Kolkata';

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];

async function time(task: () => Promise<unknown> | unknown, runs = 20): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

it('badge recompute over 10,000 deadlines (indexed range query + status + badge API)', async () => {
  await clearAllData();
  const now = new Date('2026-09-10T06:00:00Z');
  const stamp = now.toISOString();
  const rows = longTimeUserDeadlines(COUNT, stamp, { dueTime: '21:00', letterSteps: true });
  await db.deadlines.bulkAdd(rows.map((row) => JSON.parse(JSON.stringify(row))));

  const coldStart = performance.now();
  const first = await recomputeBadge(now, ZONE); // cold: a service worker that just woke up (database open, JIT)
  const cold = performance.now() - coldStart;
  const expected = badgeState(rows, now, { timeZone: ZONE, defaultLeadDays: 7 });
  expect(first.count).toBe(expected.count);
  expect(await fakeBrowser.action.getBadgeText({})).toBe(expected.text);

  const indexed = await time(() => recomputeBadge(now, ZONE));
  console.log(
    `BENCH reminders recomputeBadge (10,000 deadlines, badge "${first.text}"): median ${indexed.toFixed(2)} ms (target <= ${TARGET_MS} ms)`,
  );
  console.log(`BENCH reminders recomputeBadge first run after wake-up (opens the database): ${cold.toFixed(2)} ms`);
  // For comparison only: reading the whole table and computing the same badge in memory.
  const scan = await time(async () => badgeState(await db.deadlines.toArray(), now, { timeZone: ZONE }), 5);
  console.log(`BENCH reminders full-table read + badge, for comparison: median ${scan.toFixed(2)} ms`);
  expect(indexed).toBeLessThanOrEqual(TARGET_MS);
});
