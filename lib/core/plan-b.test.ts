import { describe, expect, it } from 'vitest';
import { DeadlineInputSchema } from './model/schema';
import { endOfMonth, planBComplete, planBDeadline } from './plan-b';

describe('plan B actions as deadlines', () => {
  it.each([
    ['2027-06', '2027-06-30'],
    ['2027-02', '2027-02-28'],
    ['2028-02', '2028-02-29'],
    ['2027-12', '2027-12-31'],
  ])('target month %s is due on %s', (month, date) => {
    expect(endOfMonth(month)).toBe(date);
  });

  it('becomes a valid personal deadline named after the action, due at the end of its month', () => {
    const input = planBDeadline({ area: 'us-clinical', text: 'Start a hands-on externship', targetMonth: '2027-06' });
    expect(input).toMatchObject({
      title: 'Plan B: Start a hands-on externship',
      dueDate: '2027-06-30',
      kind: 'personal',
      notes: 'From your plan B (US clinical experience).',
    });
    expect(DeadlineInputSchema.safeParse(input).success).toBe(true);
  });

  it('is complete with three actions and the person told', () => {
    const action = { area: 'exams' as const, text: 'Retake', targetMonth: '2027-05' };
    expect(planBComplete(undefined)).toBe(false);
    expect(planBComplete({ actions: [action, action, action] })).toBe(false);
    expect(planBComplete({ actions: [action, action, action], toldTo: 'Ravi' })).toBe(true);
  });
});
