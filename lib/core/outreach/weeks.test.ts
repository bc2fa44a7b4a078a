import { describe, expect, it } from 'vitest';
import type { Outreach } from '@/lib/core/model/schema';
import { groupOutreachByWeek, weekStart } from './weeks';

const email = (id: string, sentDate: string, status: Outreach['status'] = 'sent') =>
  ({ id, contactName: id, sentDate, status }) as Outreach;
const TODAY = '2026-11-27'; // a Friday

describe('outreach by week', () => {
  it.each([
    ['2026-11-23', '2026-11-23'],
    ['2026-11-27', '2026-11-23'],
    ['2026-11-29', '2026-11-23'],
    ['2026-11-30', '2026-11-30'],
    ['2027-01-01', '2026-12-28'],
  ])('%s is in the week starting Monday %s', (date, monday) => {
    expect(weekStart(date)).toBe(monday);
  });

  it('puts follow-ups due first, then weeks newest first, each with its counts', () => {
    const groups = groupOutreachByWeek(
      [
        email('a', '2026-11-25', 'replied'),
        email('b', '2026-11-24'),
        email('c', '2026-11-17', 'positive'),
        email('d', '2026-11-03'),
        email('e', '2026-11-02'),
        email('f', '2025-12-30', 'declined'),
      ],
      TODAY,
      new Set(['e', 'd']),
    );
    expect(groups.map((g) => [g.label, g.outreach.map((o) => o.id), g.sent, g.replied])).toEqual([
      ['Follow-up due', ['e', 'd'], 2, 0],
      ['This week', ['a', 'b'], 2, 1],
      ['Last week', ['c'], 1, 1],
      ['Week of Dec 29, 2025', ['f'], 1, 1],
    ]);
  });

  it('has no follow-up group when none is due, and nothing for no emails', () => {
    expect(groupOutreachByWeek([email('a', '2026-11-09')], TODAY, new Set()).map((g) => g.label)).toEqual([
      'Week of Nov 9',
    ]);
    expect(groupOutreachByWeek([], TODAY, new Set())).toEqual([]);
  });
});
