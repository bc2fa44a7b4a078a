import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/platform/settings';
import { clearAllData, db } from './database';
import { syncBuiltInMilestones, syncDerivedDeadlines } from './deadline-sync';
import { listDeadlines, markDeadlineDone, updateDeadline } from './deadlines';
import { addLetter, advanceLetter, updateLetter } from './letters';
import { addOutreach, updateOutreach } from './outreach';
import { addWriter } from './writers';

const settings: Settings = { ...DEFAULT_SETTINGS, cycleYear: 2026, specialty: 'Internal Medicine', service: 'ERAS' };

beforeEach(() => clearAllData());

describe('built-in milestones', () => {
  it('stores the cycle once, with stable ids, however often it runs', async () => {
    expect(await syncBuiltInMilestones(settings)).toMatchObject({ added: 9, removed: 0 });
    expect(await syncBuiltInMilestones(settings)).toEqual({ added: 0, changed: 0, removed: 0 });
    const rol = await db.deadlines.get('builtin:2026:rol-deadline');
    expect(rol).toMatchObject({
      dueDate: '2026-03-04',
      dueTime: '21:00',
      timeZone: 'America/New_York',
      kind: 'milestone',
      source: 'built-in',
      estimated: true,
    });
    expect(await db.deadlines.get('builtin:2026:match-day')).toMatchObject({ dueDate: '2026-03-20', estimated: false });
    expect(await db.deadlines.count()).toBe(9);
  });

  it('keeps hidden and edited milestones as the user left them; an edited estimate is no longer an estimate', async () => {
    const later = { ...settings, cycleYear: 2028 };
    await syncBuiltInMilestones(later);
    expect((await db.deadlines.get('builtin:2028:match-day'))?.estimated).toBe(true);
    await updateDeadline('builtin:2028:eras-opens', { hidden: true });
    await updateDeadline('builtin:2028:match-day', { dueDate: '2028-03-16' });
    await syncBuiltInMilestones(later);
    expect(await db.deadlines.get('builtin:2028:eras-opens')).toMatchObject({ hidden: true, pending: 0 });
    expect(await db.deadlines.get('builtin:2028:match-day')).toMatchObject({ dueDate: '2028-03-16', estimated: false });
  });

  it('a calendar update moves stored estimates but keeps what the user confirmed or moved, even a retired milestone', async () => {
    const stale = (key: string, dueDate: string, extra: object = {}) =>
      db.deadlines.put({
        id: `builtin:2026:${key}`,
        title: `old ${key}`,
        dueDate,
        dueAt: `${dueDate}T24:00`,
        pending: 1,
        kind: 'milestone',
        source: 'built-in',
        done: false,
        createdAt: '2025-06-01T00:00:00.000Z',
        updatedAt: '2025-06-01T00:00:00.000Z',
        ...extra,
      });
    await stale('rol-opens', '2026-01-15');
    await stale('rol-deadline', '2026-02-25', { userEdited: true });
    await stale('nrmp-early-deadline', '2025-11-30');
    await stale('eras-opens', '2025-06-04', { userEdited: true, title: 'ERAS opens (checked)' });
    await syncBuiltInMilestones(settings);
    expect(await db.deadlines.get('builtin:2026:rol-opens')).toMatchObject({ dueDate: '2026-02-01', estimated: true });
    expect(await db.deadlines.get('builtin:2026:rol-deadline')).toMatchObject({
      dueDate: '2026-02-25',
      estimated: false,
    });
    expect(await db.deadlines.get('builtin:2026:nrmp-early-deadline')).toBeUndefined();
    expect(await db.deadlines.get('builtin:2026:nrmp-registration-deadline')).toMatchObject({ dueDate: '2026-01-31' });
    expect(await db.deadlines.get('builtin:2026:eras-opens')).toMatchObject({ title: 'ERAS opens (checked)' });
  });

  it('keeps a retired milestone the user had moved', async () => {
    await db.deadlines.put({
      id: 'builtin:2026:nrmp-early-deadline',
      title: 'NRMP early registration deadline',
      dueDate: '2025-12-01',
      dueAt: '2025-12-01T24:00',
      pending: 1,
      kind: 'milestone',
      source: 'built-in',
      done: false,
      userEdited: true,
      createdAt: '2025-06-01T00:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
    });
    await syncBuiltInMilestones(settings);
    expect(await db.deadlines.get('builtin:2026:nrmp-early-deadline')).toMatchObject({ dueDate: '2025-12-01' });
  });

  it('switches to the new cycle when the user changes it, and adds ResidencyCAS dates for OB/GYN', async () => {
    await syncBuiltInMilestones(settings);
    await syncBuiltInMilestones({ ...settings, cycleYear: 2027, specialty: 'OB/GYN' });
    const ids = (await listDeadlines()).map((d) => d.id);
    expect(ids.some((id) => id.startsWith('builtin:2026'))).toBe(false);
    expect(ids).toContain('builtin:2027:residencycas-programs-review');
    expect(ids).toHaveLength(11);
  });
});

describe('derived deadlines', () => {
  async function chenLetter() {
    const writer = await addWriter({
      name: 'Dr. Chen',
      contactType: 'us-hands-on',
      startDate: '2025-06-02',
      endDate: '2025-06-27',
    });
    return addLetter({ writerId: writer.id, stage: 'working-together' });
  }

  it('derives the letter steps once, moves them with the target and drops steps the letter has passed', async () => {
    const letter = await chenLetter();
    await syncDerivedDeadlines(settings);
    await syncDerivedDeadlines(settings);
    let steps = await db.deadlines.where('concerns.id').equals(letter.id).toArray();
    expect(steps.map((d) => [d.id.split(':').pop(), d.dueDate]).sort()).toEqual([
      ['ask-last-week', '2025-06-20'],
      ['confirm-upload', '2025-09-10'],
      ['formal-ask', '2025-08-11'],
      ['letter-id-reminder', '2025-09-03'],
      ['mid-rotation-feedback', '2025-06-14'],
      ['tell-writer', '2025-06-02'],
    ]);
    await markDeadlineDone(`derived:letter:${letter.id}:tell-writer`);
    await updateLetter(letter.id, { targetUploadDate: '2025-09-01' });
    await syncDerivedDeadlines(settings);
    expect((await db.deadlines.get(`derived:letter:${letter.id}:confirm-upload`))?.dueDate).toBe('2025-09-01');
    expect((await db.deadlines.get(`derived:letter:${letter.id}:tell-writer`))?.done).toBe(true);
    await advanceLetter(letter.id, 'packet-sent', '2025-08-05');
    await syncDerivedDeadlines(settings);
    steps = await db.deadlines.where('concerns.id').equals(letter.id).toArray();
    expect(steps.map((d) => d.id.split(':').pop()).sort()).toEqual(['confirm-upload', 'letter-id-reminder']);
    await advanceLetter(letter.id, 'uploaded', '2025-08-30');
    await syncDerivedDeadlines(settings);
    expect(await db.deadlines.where('source').equals('derived').count()).toBe(0);
  });

  it('keeps a letter step the user moved or renamed when the steps are derived again', async () => {
    const letter = await chenLetter();
    await syncDerivedDeadlines(settings);
    const id = `derived:letter:${letter.id}:formal-ask`;
    await updateDeadline(id, { dueDate: '2025-08-15', title: 'Ask Dr. Chen over coffee' });
    await updateLetter(letter.id, { notes: 'met at the conference' }); // any change re-derives the steps
    await syncDerivedDeadlines(settings);
    expect(await db.deadlines.get(id)).toMatchObject({ dueDate: '2025-08-15', title: 'Ask Dr. Chen over coffee' });
    // Steps the user did not touch still follow the target.
    await updateLetter(letter.id, { targetUploadDate: '2025-09-01' });
    await syncDerivedDeadlines(settings);
    expect((await db.deadlines.get(`derived:letter:${letter.id}:confirm-upload`))?.dueDate).toBe('2025-09-01');
    expect((await db.deadlines.get(id))?.dueDate).toBe('2025-08-15');
  });

  it('turns an unanswered email into a follow-up after the set number of days, gone once they reply', async () => {
    const outreach = await addOutreach({ contactName: 'Dr. Patel', sentDate: '2025-03-01' });
    await syncDerivedDeadlines({ ...settings, followUpDays: 10, weekPlan: Array(7).fill('application') });
    expect(await db.deadlines.get(`derived:outreach:${outreach.id}:follow-up-1`)).toMatchObject({
      dueDate: '2025-03-11',
      kind: 'outreach-follow-up',
    });
    await updateOutreach(outreach.id, { status: 'replied', replyDate: '2025-03-05' });
    await syncDerivedDeadlines(settings);
    expect(await db.deadlines.count()).toBe(0);
  });

  it('moves a follow-up onto the next application day of the week', async () => {
    const outreach = await addOutreach({ contactName: 'Dr. Patel', sentDate: '2025-03-01' });
    const id = `derived:outreach:${outreach.id}:follow-up-1`;
    // Ten days after Saturday 1 March is Tuesday 11 March: a clinical day in the default week, so Wednesday.
    await syncDerivedDeadlines({ ...settings, followUpDays: 10 });
    expect((await db.deadlines.get(id))?.dueDate).toBe('2025-03-12');
    // A week whose only application day is Sunday carries it to Sunday 16 March.
    const sundays = ['application', 'clinical', 'clinical', 'clinical', 'clinical', 'admin', 'rest'] as const;
    await syncDerivedDeadlines({ ...settings, followUpDays: 10, weekPlan: [...sundays] });
    expect((await db.deadlines.get(id))?.dueDate).toBe('2025-03-16');
  });

  it('leaves built-in and user deadlines alone', async () => {
    await syncBuiltInMilestones(settings);
    await chenLetter();
    await syncDerivedDeadlines(settings);
    await db.letters.clear();
    await syncDerivedDeadlines(settings);
    expect(await db.deadlines.count()).toBe(9);
  });
});
