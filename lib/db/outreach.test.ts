import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData, db } from './database';
import { addDeadline, deadlinesFor } from './deadlines';
import {
  addOutreach,
  deleteOutreach,
  getOutreach,
  listOutreach,
  markOutreachReply,
  outreachToWriter,
  outreachWithStatus,
  updateOutreach,
} from './outreach';
import { type PersistenceResult, requestPersistence } from './persistence';
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
