import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData, db } from './database';
import { getNote, planBActionToDeadline, saveNote } from './notes';

beforeEach(() => clearAllData());

const plan = {
  id: 'plan-b' as const,
  areas: { 'us-clinical': 'Hands-on rotation in the spring' },
  actions: [
    { area: 'us-clinical' as const, text: 'Apply to two externships', targetMonth: '2027-04' },
    { area: 'exams' as const, text: 'Book the OET retake', targetMonth: '2027-05' },
    { area: 'well-being' as const, text: 'Join a running club', targetMonth: '2027-04' },
  ],
  toldTo: 'Ravi',
};

describe('notes', () => {
  it('saves and reads back a plan B; a bad month is refused and nothing changes', async () => {
    await saveNote(plan);
    expect(await getNote('plan-b')).toMatchObject(plan);
    const bad = { ...plan, actions: [{ ...plan.actions[0], targetMonth: 'April' }] };
    await expect(saveNote(bad)).rejects.toThrow('use a month like 2027-06');
    expect((await getNote('plan-b'))?.actions).toHaveLength(3);
  });

  it('turns a plan B action into a deadline in one step, once', async () => {
    await saveNote(plan);
    const id = await planBActionToDeadline(1);
    expect(await db.deadlines.get(id)).toMatchObject({
      title: 'Plan B: Book the OET retake',
      dueDate: '2027-05-31',
      kind: 'personal',
      pending: 1,
    });
    expect((await getNote('plan-b'))?.actions?.[1].deadlineId).toBe(id);
    expect(await planBActionToDeadline(1)).toBe(id);
    expect(await db.deadlines.count()).toBe(1);
  });

  it('refuses an action that is not there', async () => {
    await expect(planBActionToDeadline(0)).rejects.toThrow('save the plan first');
    expect(await db.deadlines.count()).toBe(0);
  });
});
