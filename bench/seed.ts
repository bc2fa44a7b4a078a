import type { Deadline } from '@/lib/core/model/schema';
import { withDerived } from '@/lib/data/deadlines';

/**
 * Two years of a long-time user's deadlines around 2026-09-10: past ones almost all done (1 in 100 left
 * overdue), about 1% in the following week, a tenth of future ones already done; a third timed, in the
 * user's own time, Eastern or Indian time.
 */
export function longTimeUserDeadlines(
  count: number,
  stamp: string,
  options: { dueTime: string; letterSteps?: boolean },
): Deadline[] {
  const zones = [undefined, 'America/New_York', 'Asia/Kolkata'];
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2025, 9, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const timed = i % 3 === 0;
    return withDerived({
      id: `d${i}`,
      title: `Deadline ${i}`,
      dueDate: day,
      dueTime: timed ? options.dueTime : undefined,
      timeZone: timed ? zones[(i / 3) % 3] : undefined,
      kind: options.letterSteps && i % 7 === 0 ? 'letter-step' : 'personal',
      source: 'import',
      done: day < '2026-09-10' ? i % 100 !== 0 : i % 10 === 0,
      createdAt: stamp,
      updatedAt: stamp,
    });
  });
}
