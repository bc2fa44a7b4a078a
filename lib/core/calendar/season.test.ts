import { describe, expect, it } from 'vitest';
import { daysLeftText, seasonPosition } from './season';

// Match 2026 has published dates: ERAS opens 2025-06-04, submit 2025-09-03, programs review 2025-09-24,
// Match Week 2026-03-16, Match Day 2026-03-20; rank list entry is estimated to open 2026-02-01.
describe('phase and step at each boundary (Match 2026)', () => {
  it.each([
    ['2025-01-10', 'pre-application', 'studying'],
    ['2025-06-03', 'pre-application', 'studying'],
    ['2025-06-04', 'pre-application', 'gathering-letters'],
    ['2025-09-02', 'pre-application', 'gathering-letters'],
    ['2025-09-03', 'application', 'submission'],
    ['2025-09-23', 'application', 'submission'],
    ['2025-09-24', 'application', 'waiting-for-invites'],
    ['2025-10-31', 'application', 'waiting-for-invites'],
    ['2025-11-01', 'application', 'interviews'],
    ['2026-01-31', 'application', 'interviews'],
    ['2026-02-01', 'match', 'rank-list'],
    ['2026-03-15', 'match', 'rank-list'],
    ['2026-03-16', 'match', 'match-week'],
    ['2026-03-20', 'match', 'match-week'],
    ['2026-03-21', 'after-match', 'after-match'],
  ])('%s is %s / %s', (today, phase, step) => {
    expect(seasonPosition(2026, today)).toMatchObject({ phase, step });
  });
});

describe('next milestone', () => {
  it('is the first milestone on or after today, with whole days left', () => {
    const position = seasonPosition(2026, '2025-11-20');
    expect(position.next?.milestone.key).toBe('nrmp-registration-deadline');
    expect(position.next?.daysLeft).toBe(72);
    expect(seasonPosition(2026, '2026-01-31').next).toMatchObject({ daysLeft: 0 });
  });

  it('names Match Day during Match Week and nothing after it', () => {
    expect(seasonPosition(2026, '2026-03-17').next?.milestone.key).toBe('match-day');
    expect(seasonPosition(2026, '2026-03-21').next).toBeUndefined();
  });

  it('works from the estimated pattern for a year without published dates', () => {
    const position = seasonPosition(2028, '2026-11-27');
    expect(position).toMatchObject({ phase: 'pre-application', step: 'studying' });
    expect(position.next?.milestone).toMatchObject({ key: 'eras-opens', estimated: true });
  });
});

describe('SOAP window', () => {
  it.each([
    ['2026-03-01', false],
    ['2026-03-02', true],
    ['2026-03-15', true],
    ['2026-03-20', true],
    ['2026-03-21', false],
  ])('on %s: %s', (today, open) => {
    expect(seasonPosition(2026, today).soapWindow).toBe(open);
  });
});

describe('days left text', () => {
  it.each([
    [0, 'today'],
    [1, 'tomorrow'],
    [12, 'in 12 days'],
  ])('%i → %s', (days, text) => expect(daysLeftText(days)).toBe(text));
});
