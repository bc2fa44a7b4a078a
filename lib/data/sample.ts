/** The removable sample applicant: every sample record carries `sample: true`. */
import { db, TABLE_NAMES } from './database';

/** True when any sample record is stored. */
export async function hasSampleData(): Promise<boolean> {
  for (const name of TABLE_NAMES) {
    if (
      await db
        .table(name)
        .filter((row: { sample?: boolean }) => row.sample === true)
        .first()
    )
      return true;
  }
  return false;
}

/** True when any of the user's own (non-sample) records is stored, so sample data must not be mixed in unasked. */
export async function hasOwnData(): Promise<boolean> {
  for (const name of TABLE_NAMES) {
    const own = await db
      .table(name)
      .filter((row: { sample?: boolean; source?: string }) => !row.sample && row.source !== 'built-in')
      .first();
    if (own) return true;
  }
  return false;
}

/** Deletes every sample record in one transaction, and anything that only pointed at them; the user's own data stays. */
export async function removeSampleData(): Promise<number> {
  return db.transaction('rw', TABLE_NAMES as unknown as string[], async () => {
    const sampleIds = new Set<string>();
    for (const name of TABLE_NAMES) {
      const ids = await db
        .table(name)
        .filter((row: { sample?: boolean }) => row.sample === true)
        .primaryKeys();
      for (const id of ids) sampleIds.add(String(id));
    }
    const orphanDeadlines = await db.deadlines
      .filter((d) => !!d.concerns && sampleIds.has(d.concerns.id))
      .primaryKeys();
    const orphanAssignments = await db.assignments
      .filter((a) => sampleIds.has(a.letterId) || sampleIds.has(a.programId))
      .primaryKeys();
    for (const id of [...orphanDeadlines, ...orphanAssignments]) sampleIds.add(String(id));
    for (const name of TABLE_NAMES) await db.table(name).bulkDelete([...sampleIds]);
    return sampleIds.size;
  });
}
