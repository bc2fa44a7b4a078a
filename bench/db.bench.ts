import { expect, it } from 'vitest';
import { clearAllData, db } from '@/lib/data/database';
import { dueWithin } from '@/lib/data/deadlines';
import { longTimeUserDeadlines } from './seed';

const TARGET_MS = 10;
const COUNT = 10_000;

it('badge query over 10,000 deadlines: due or overdue within 7 days', async () => {
  await clearAllData();
  const now = new Date('2026-09-10T15:00:00Z');
  const stamp = now.toISOString();
  const rows = longTimeUserDeadlines(COUNT, stamp, { dueTime: '17:00' });
  await db.deadlines.bulkAdd(rows.map((row) => JSON.parse(JSON.stringify(row))));

  const expected = rows.filter((row) => !row.done && row.dueDate <= '2026-09-17').length;
  const first = await dueWithin(now, 7, 'America/New_York'); // warm-up (opens the database, JIT)
  expect(first.length).toBe(expected);

  const runs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    await dueWithin(now, 7, 'America/New_York');
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];
  console.log(
    `BENCH db dueWithin (10,000 deadlines, ${first.length} due/overdue): median ${median.toFixed(2)} ms, best ${runs[0].toFixed(2)} ms (target <= ${TARGET_MS} ms)`,
  );
  // For comparison only: the same answer by reading the whole table.
  const scanStart = performance.now();
  const scanned = await db.deadlines.filter((row) => row.pending === 1 && row.dueAt <= '2026-09-18T24:00').count();
  console.log(
    `BENCH db full-table scan for comparison: ${(performance.now() - scanStart).toFixed(2)} ms (${scanned} rows)`,
  );
  expect(median).toBeLessThanOrEqual(TARGET_MS);
});
