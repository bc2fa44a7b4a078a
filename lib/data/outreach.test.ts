import { beforeEach, describe, expect, it } from 'vitest';
import { type PersistenceResult, requestPersistence } from '@/lib/platform/persistence';
import { DEFAULT_SETTINGS } from '@/lib/platform/settings';
import { clearAllData, db } from './database';
import { syncDerivedDeadlines } from './deadline-sync';
import { addDeadline, deadlinesFor, getDeadline } from './deadlines';
import {
  addOutreach,
  addOutreachOnce,
  completeDeadline,
  deleteOutreach,
  getOutreach,
  listOutreach,
  markOutreachReply,
  outreachToWriter,
  outreachWithStatus,
  recordFollowUp,
  updateOutreach,
} from './outreach';
import { addProgram } from './programs';
import { hasOwnData, hasSampleData, removeSampleData } from './sample';
import { addWriter, getWriter } from './writers';

beforeEach(() => clearAllData());

const email = {
  contactName: 'Dr. Maya Chen',
  institution: 'Northside Clinic',
  email: 'chen@northside.org',
  purpose: 'research',
  sentDate: '2026-05-01',
} as const;

describe('outreach', () => {
  it('logs, lists newest first, updates and deletes', async () => {
    const first = await addOutreach(email);
    const second = await addOutreach({ ...email, contactName: 'Dr. Oduya', sentDate: '2026-05-08' });
    expect(first.status).toBe('sent');
    expect((await listOutreach()).map((o) => o.id)).toEqual([second.id, first.id]);
    await updateOutreach(first.id, { department: 'Cardiology' });
    expect((await getOutreach(first.id))?.department).toBe('Cardiology');
    await expect(updateOutreach(first.id, { sentDate: 'May 1' })).rejects.toThrow('Sent date: use a real date');
    await deleteOutreach(first.id);
    expect(await listOutreach()).toHaveLength(1);
  });

  it('a reply drops the pending follow-ups but keeps done ones', async () => {
    const outreach = await addOutreach(email);
    const concerns = { type: 'outreach', id: outreach.id } as const;
    await addDeadline({
      title: 'Follow up',
      dueDate: '2026-05-08',
      kind: 'outreach-follow-up',
      source: 'derived',
      concerns,
    });
    await addDeadline({
      title: 'First nudge',
      dueDate: '2026-05-05',
      kind: 'outreach-follow-up',
      done: true,
      concerns,
    });
    await markOutreachReply(outreach.id, 'positive', '2026-05-06');
    expect((await deadlinesFor(outreach.id)).map((d) => d.title)).toEqual(['First nudge']);
    expect(await outreachWithStatus('positive')).toHaveLength(1);
    expect((await getOutreach(outreach.id))?.replyDate).toBe('2026-05-06');
  });

  it('a positive contact becomes a writer once, carrying their details', async () => {
    const outreach = await addOutreach(email);
    const writer = await outreachToWriter(outreach.id);
    expect(writer).toMatchObject({
      name: 'Dr. Maya Chen',
      institution: 'Northside Clinic',
      email: 'chen@northside.org',
      role: 'research-mentor',
      contactType: 'research',
    });
    expect((await getOutreach(outreach.id))?.writerId).toBe(writer.id);
    expect((await outreachToWriter(outreach.id)).id).toBe(writer.id);
    expect(await db.writers.count()).toBe(1);
  });
});

describe('outreach logged once', () => {
  it('the same address on the same sent date is the same outreach; another day or address is new', async () => {
    const first = await addOutreachOnce(email);
    expect(first.added).toBe(true);
    const again = await addOutreachOnce({ ...email, email: ' CHEN@Northside.org ', subject: 'Second try' });
    expect(again).toEqual({ outreach: first.outreach, added: false });
    expect((await addOutreachOnce({ ...email, sentDate: '2026-05-02' })).added).toBe(true);
    expect((await addOutreachOnce({ ...email, email: 'oduya@northside.org' })).added).toBe(true);
    expect(await listOutreach()).toHaveLength(3);
  });

  it('two logs at once store one record', async () => {
    const results = await Promise.all([addOutreachOnce(email), addOutreachOnce(email)]);
    expect(results.map((r) => r.added).sort()).toEqual([false, true]);
    expect(await db.outreach.count()).toBe(1);
  });
});

describe('follow-ups', () => {
  // Every day an application day, so follow-ups fall exactly the set number of days after the email.
  const settings = { ...DEFAULT_SETTINGS, followUpDays: 8, weekPlan: Array(7).fill('application') };
  const followUps = async (id: string) =>
    (await deadlinesFor(id))
      .filter((d) => d.kind === 'outreach-follow-up')
      .map((d) => ({ id: d.id.split(':').at(-1), dueDate: d.dueDate, done: !!d.done }));

  it('a follow-up marked done is recorded, a second comes due after the same wait, and none after two', async () => {
    const outreach = await addOutreach(email);
    await syncDerivedDeadlines(settings);
    expect(await followUps(outreach.id)).toEqual([{ id: 'follow-up-1', dueDate: '2026-05-09', done: false }]);

    // Followed up two days late: the next one waits the same 8 days from that day.
    await recordFollowUp(outreach.id, '2026-05-11');
    expect((await getDeadline(`derived:outreach:${outreach.id}:follow-up-1`))?.doneDate).toBe('2026-05-11');
    expect((await getOutreach(outreach.id))?.followUpDates).toEqual(['2026-05-11']);
    await syncDerivedDeadlines(settings);
    expect(await followUps(outreach.id)).toEqual([{ id: 'follow-up-2', dueDate: '2026-05-19', done: false }]);

    // A double click the same day records nothing more.
    await recordFollowUp(outreach.id, '2026-05-11');
    expect((await getOutreach(outreach.id))?.followUpDates).toEqual(['2026-05-11']);

    await recordFollowUp(outreach.id, '2026-05-19');
    await syncDerivedDeadlines(settings);
    expect((await getOutreach(outreach.id))?.followUpDates).toEqual(['2026-05-11', '2026-05-19']);
    expect(await followUps(outreach.id), 'two follow-ups, then the contact is left alone').toEqual([]);
    await syncDerivedDeadlines(settings);
    expect(await followUps(outreach.id)).toEqual([]);
  });

  it('ticking the follow-up deadline done anywhere records the follow-up too', async () => {
    const outreach = await addOutreach(email);
    await syncDerivedDeadlines(settings);
    await completeDeadline(`derived:outreach:${outreach.id}:follow-up-1`, true, '2026-05-10');
    expect((await getOutreach(outreach.id))?.followUpDates).toEqual(['2026-05-10']);
    await syncDerivedDeadlines(settings);
    expect(await followUps(outreach.id)).toEqual([{ id: 'follow-up-2', dueDate: '2026-05-18', done: false }]);
    // Any other deadline is simply marked done.
    const own = await addDeadline({ title: 'Call the program', dueDate: '2026-05-20' });
    await completeDeadline(own.id, true, '2026-05-12');
    expect((await getDeadline(own.id))?.doneDate).toBe('2026-05-12');
  });

  it('an edited sent date moves the pending follow-up; a reply ends them', async () => {
    const outreach = await addOutreach(email);
    await recordFollowUp(outreach.id, '2026-05-08');
    await updateOutreach(outreach.id, { sentDate: '2026-05-03' });
    await syncDerivedDeadlines(settings);
    expect(await followUps(outreach.id)).toEqual([{ id: 'follow-up-2', dueDate: '2026-05-16', done: false }]);
    await markOutreachReply(outreach.id, 'declined', '2026-05-12');
    await syncDerivedDeadlines(settings);
    expect(await followUps(outreach.id)).toEqual([]);
    await expect(recordFollowUp(outreach.id, '2026-05-13')).rejects.toThrow('already has a reply');
  });
});

describe('sample data', () => {
  it('removes only the sample records and what points at them', async () => {
    expect(await hasOwnData()).toBe(false);
    const sampleWriter = await addWriter({ name: 'Sample writer', contactType: 'research', sample: true });
    await addDeadline({
      title: 'About sample',
      dueDate: '2026-05-01',
      concerns: { type: 'writer', id: sampleWriter.id },
    });
    expect(await hasSampleData()).toBe(true);
    const mine = await addProgram({ name: 'My program' });
    expect(await hasOwnData()).toBe(true);
    expect(await removeSampleData()).toBe(2);
    expect(await getWriter(sampleWriter.id)).toBeUndefined();
    expect(await db.programs.get(mine.id)).toBeDefined();
    expect(await hasSampleData()).toBe(false);
  });
});

describe('requestPersistence', () => {
  it.each<[string, Partial<StorageManager> | undefined, PersistenceResult]>([
    ['no storage API', undefined, 'unsupported'],
    ['granted', { persisted: async () => false, persist: async () => true }, 'granted'],
    ['already persistent', { persisted: async () => true, persist: async () => false }, 'granted'],
    ['denied', { persisted: async () => false, persist: async () => false }, 'denied'],
    ['throws', { persisted: async () => false, persist: async () => Promise.reject(new Error('no')) }, 'denied'],
  ])('%s → %s', async (_, storage, expected) => {
    expect(await requestPersistence(storage as StorageManager | undefined)).toBe(expected);
  });
});
