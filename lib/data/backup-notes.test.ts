import { beforeEach, describe, expect, it } from 'vitest';
import { getSettings, updateSettings } from '@/lib/platform/settings';
import { exportBackupJson, restoreBackup } from './backup';
import { clearAllData, db } from './database';
import { getNote, planBActionToDeadline, saveNote } from './notes';

beforeEach(() => clearAllData());

describe('season data in the JSON backup', () => {
  it('round-trips the plan B, its deadline, the family script and the week settings', async () => {
    await saveNote({
      id: 'plan-b',
      actions: [{ area: 'research', text: 'Join a QI project', targetMonth: '2027-07' }],
      toldTo: 'Mina',
    });
    const deadlineId = await planBActionToDeadline(0);
    await saveNote({ id: 'family-talk', text: 'My own words' });
    await updateSettings({ weekPlan: Array(7).fill('clinical'), checkInDay: 2, checkInGroup: ['Amara'] });
    const json = await exportBackupJson();

    await clearAllData();
    await updateSettings({ weekPlan: Array(7).fill('application'), checkInDay: -1, checkInGroup: [] });
    await restoreBackup(json, { mode: 'replace' });
    expect(await getNote('plan-b')).toMatchObject({ toldTo: 'Mina', actions: [{ deadlineId }] });
    expect((await getNote('family-talk'))?.text).toBe('My own words');
    expect((await db.deadlines.get(deadlineId))?.title).toBe('Plan B: Join a QI project');
    expect(await getSettings()).toMatchObject({
      weekPlan: Array(7).fill('clinical'),
      checkInDay: 2,
      checkInGroup: ['Amara'],
    });
  });

  it('refuses a damaged note with its reason and leaves the stored notes alone', async () => {
    await saveNote({ id: 'family-talk', text: 'Keep me' });
    const file = JSON.parse(await exportBackupJson());
    file.data.notes = [{ id: 'plan-b', actions: [{ area: 'x', text: 'a', targetMonth: 'soon' }] }];
    await expect(restoreBackup(JSON.stringify(file), { mode: 'replace' })).rejects.toThrow(/Note 1/);
    expect((await getNote('family-talk'))?.text).toBe('Keep me');
  });

  it('restores a backup made before notes existed', async () => {
    const file = JSON.parse(await exportBackupJson());
    delete file.data.notes;
    await restoreBackup(JSON.stringify(file), { mode: 'replace' });
    expect(await db.notes.count()).toBe(0);
  });
});
