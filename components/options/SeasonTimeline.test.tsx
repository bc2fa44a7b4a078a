import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Deadline, Letter, Writer } from '@/lib/data';
import { SeasonTimeline, seasonMonths } from './SeasonTimeline';

describe('season timeline', () => {
  it.each([
    [2027, '2026-11', '2026-01', '2027-03', 15],
    [2028, '2026-11', '2026-11', '2028-03', 17],
    [2028, '2025-01', '2027-01', '2028-03', 15],
  ])('Match %i seen in %s runs %s to %s (%i months)', (year, today, first, last, count) => {
    const months = seasonMonths(year, today);
    expect([months[0], months.at(-1), months.length]).toEqual([first, last, count]);
  });

  it('puts deadlines and letter stages in their month, done ones marked, hidden ones left out', () => {
    const deadline = (title: string, dueDate: string, extra: Partial<Deadline> = {}) =>
      ({ id: title, title, dueDate, done: false, ...extra }) as Deadline;
    const writers = [{ id: 'w1', name: 'Dr. Lee' }] as Writer[];
    const letters = [
      { id: 'l1', writerId: 'w1', stageDates: { asked: '2026-07-03', uploaded: '2026-08-20' } },
    ] as unknown as Letter[];
    render(
      <SeasonTimeline
        cycleYear={2027}
        deadlines={[
          deadline('Submit', '2026-09-24'),
          deadline('Old task', '2026-09-02', { done: true }),
          deadline('Hidden one', '2026-09-10', { hidden: true }),
        ]}
        letters={letters}
        writers={writers}
      />,
    );
    const month = (m: string) => document.querySelector(`[data-month="${m}"]`)?.textContent ?? '';
    expect(month('2026-09')).toContain('24 · Submit');
    expect(month('2026-09')).toContain('Old task (done)');
    expect(month('2026-09')).not.toContain('Hidden one');
    expect(month('2026-07')).toContain('Dr. Lee: Asked');
    expect(month('2026-08')).toContain('Dr. Lee: Uploaded');
  });
});
