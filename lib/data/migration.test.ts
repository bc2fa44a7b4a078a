import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  AssignmentSchema,
  DeadlineSchema,
  LetterSchema,
  OutreachSchema,
  ProgramSchema,
  WriterSchema,
} from '@/lib/core/model/schema';
import { createDatabase, STORES_V1, STORES_V2 } from './database';

const stamp = '2026-05-01T10:00:00.000Z';
const V1_DATA = {
  writers: [
    {
      id: 'w1',
      name: 'Dr. Rao',
      role: 'attending',
      usBased: true,
      contactType: 'us-hands-on',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  letters: [
    {
      id: 'l1',
      writerId: 'w1',
      stage: 'asked',
      stageDates: { prospect: '2026-04-01', asked: '2026-05-01' },
      strongAgreed: false,
      waiver: 'yes',
      service: 'ERAS',
      packet: { cv: true, personalStatement: false, cases: false, deadlineAndSteps: false },
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  programs: [
    {
      id: 'p1',
      name: 'City IM',
      service: 'ERAS',
      visa: 'j1',
      lettersRequired: 3,
      specialtyLetterRequired: false,
      chairLetterRequired: false,
      status: 'applied',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  assignments: [{ id: 'a1', programId: 'p1', letterId: 'l1', createdAt: stamp, updatedAt: stamp }],
  deadlines: [
    {
      id: 'd1',
      title: 'Upload',
      dueDate: '2026-09-24',
      dueTime: '09:00',
      timeZone: 'America/New_York',
      kind: 'letter-step',
      source: 'user',
      done: false,
      concerns: { type: 'letter', id: 'l1' },
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: 'd2',
      title: 'Old',
      dueDate: '2026-06-01',
      kind: 'personal',
      source: 'user',
      done: true,
      createdAt: stamp,
      updatedAt: stamp,
    },
    {
      id: 'd3',
      title: 'Match Day',
      dueDate: '2027-03-19',
      kind: 'milestone',
      source: 'built-in',
      done: false,
      hidden: true,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
  outreach: [
    {
      id: 'o1',
      contactName: 'Dr. Osei',
      purpose: 'research',
      sentDate: '2026-04-02',
      followUpDates: [],
      status: 'sent',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ],
};

describe('migration from version 1', () => {
  it('keeps every record and derives the deadline index fields', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.open();
    for (const [table, rows] of Object.entries(V1_DATA)) await old.table(table).bulkAdd(rows);
    old.close();

    const current = createDatabase(name);
    await current.open();
    expect(current.verno).toBe(3);
    expect(await current.notes.count()).toBe(0);
    expect(await current.writers.toArray()).toEqual(V1_DATA.writers);
    expect(await current.letters.toArray()).toEqual(V1_DATA.letters);
    expect(await current.programs.toArray()).toEqual(V1_DATA.programs);
    expect(await current.assignments.toArray()).toEqual(V1_DATA.assignments);
    expect(await current.outreach.toArray()).toEqual(V1_DATA.outreach);
    const deadlines = await current.deadlines.orderBy('id').toArray();
    expect(deadlines).toEqual([
      { ...V1_DATA.deadlines[0], dueAt: '2026-09-24T09:00', pending: 1 },
      { ...V1_DATA.deadlines[1], dueAt: '2026-06-01T24:00', pending: 0 },
      { ...V1_DATA.deadlines[2], dueAt: '2027-03-19T24:00', pending: 0 },
    ]);
    // Every migrated record is valid under today's schemas.
    const schemas = {
      writers: WriterSchema,
      letters: LetterSchema,
      programs: ProgramSchema,
      assignments: AssignmentSchema,
      deadlines: DeadlineSchema,
      outreach: OutreachSchema,
    };
    for (const [table, schema] of Object.entries(schemas)) {
      for (const row of await current.table(table).toArray()) expect(schema.safeParse(row).success).toBe(true);
    }
    // The new index answers the badge's question.
    const pending = await current.deadlines
      .where('[pending+dueAt]')
      .between([1, Dexie.minKey], [1, '2026-12-31T24:00'])
      .primaryKeys();
    expect(pending).toEqual(['d1']);
    current.close();
    await Dexie.delete(name);
  });
});

describe('migration from version 2', () => {
  it('adds the empty notes table and leaves every record as it was; notes then store and read back', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(2).stores(STORES_V2);
    await old.open();
    const deadline = { ...V1_DATA.deadlines[0], dueAt: '2026-09-24T09:00', pending: 1 };
    await old.table('writers').bulkAdd(V1_DATA.writers);
    await old.table('deadlines').add(deadline);
    old.close();

    const current = createDatabase(name);
    await current.open();
    expect(current.verno).toBe(3);
    expect(await current.writers.toArray()).toEqual(V1_DATA.writers);
    expect(await current.deadlines.toArray()).toEqual([deadline]);
    expect(await current.notes.toArray()).toEqual([]);
    const note = { id: 'family-talk' as const, text: 'My script', createdAt: stamp, updatedAt: stamp };
    await current.notes.put(note);
    expect(await current.notes.get('family-talk')).toEqual(note);
    current.close();
    await Dexie.delete(name);
  });
});
