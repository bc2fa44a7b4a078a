import { describe, expect, it } from 'vitest';
import { BADGE_RED, badgeState, type DeadlineLike } from './due';

const NOW = new Date('2026-11-29T15:00:00Z'); // Sunday, 10:00 in New York
const ZONE = 'America/New_York';
const d = (id: string, dueDate: string): DeadlineLike => ({ id, title: id, dueDate, done: false });
const deadlines = [
  d('Overdue', '2026-11-27'),
  d('Today', '2026-11-29'),
  d('Tomorrow', '2026-11-30'),
  d('In 3 days', '2026-12-02'),
];

describe('badge on a rest day', () => {
  it('counts everything due soon on a working day', () => {
    expect(badgeState(deadlines, NOW, { timeZone: ZONE }).text).toBe('4');
  });

  it('counts only what is overdue or due that day on a rest day, and says so', () => {
    const state = badgeState(deadlines, NOW, { timeZone: ZONE, restDay: true });
    expect(state).toMatchObject({ text: '2', color: BADGE_RED });
    expect(state.title).toBe('Rest day. Overdue: Overdue (2 days) — and 1 more');
  });

  it('is empty on a rest day with only later deadlines', () => {
    expect(badgeState([d('Tomorrow', '2026-11-30')], NOW, { timeZone: ZONE, restDay: true })).toMatchObject({
      text: '',
      title: 'StrongLetter: rest day, nothing due today',
    });
  });
});
