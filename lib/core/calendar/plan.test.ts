import { describe, expect, it } from 'vitest';
import { addMonths, backwardPlan } from './plan';

describe('backward plan for an early start', () => {
  const plan = backwardPlan(2027, '2025-06-01');

  it('opens the outreach window 12 to 6 months before ERAS opens, aiming at about 100 cold emails', () => {
    expect(plan.erasOpens).toBe('2026-06-03');
    const outreach = plan.steps.find((s) => s.id === 'outreach')!;
    expect([outreach.from, outreach.to]).toEqual(['2025-06-03', '2025-12-03']);
    expect(outreach.title).toMatch(/100 cold emails/);
    expect(outreach.detail).toMatch(/5 in 100/);
  });

  it('wants a US position secured 6 to 3 months before ERAS opens', () => {
    const secure = plan.steps.find((s) => s.id === 'secure-position')!;
    expect([secure.from, secure.to]).toEqual(['2025-12-03', '2026-03-03']);
    expect(secure.title).toMatch(/US position secured/);
  });

  it.each([
    ['a year ahead', '2025-06-01', false],
    ['just over 3 months ahead', '2026-03-02', false],
    ['under 3 months ahead', '2026-03-20', true],
    ['ERAS already open, programs not yet reading', '2026-08-01', true],
    ['programs already reading', '2026-10-01', false],
  ])('late-start note when %s: %s', (_name, today, late) => {
    const result = backwardPlan(2027, today);
    expect(!!result.lateStart).toBe(late);
    if (late) expect(result.lateStart).toMatch(/home-country letters.*or consider applying a year later/);
  });

  it('leaves the note out when a US position is already held, and tells a reapplicant to bring something new', () => {
    expect(backwardPlan(2027, '2026-04-01', { hasUsPosition: true }).lateStart).toBeUndefined();
    expect(backwardPlan(2027, '2026-04-01').lateStart).toMatch(/If you applied before, bring something new/);
  });

  it('moves by whole months and clamps to the end of a short month', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -12)).toBe('2025-01-15');
    expect(addMonths('2025-12-03', 3)).toBe('2026-03-03');
  });
});
