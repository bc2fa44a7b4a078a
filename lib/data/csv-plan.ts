/**
 * Planning a CSV import against the database: the rows are read and matched by the pure steps in
 * lib/core/formats (csv-rows, csv-match, csv-letters); this module reads the stored records they need. Writes nothing.
 */
import type { CsvKind } from '@/lib/core/formats/csv-columns';
import { planLetters } from '@/lib/core/formats/csv-letters';
import {
  type ImportPlan,
  keepResolved,
  matchRows,
  PlanBuilder,
  referencedIds,
  refsOf,
  type SingleTarget,
  someRowWithoutRef,
} from '@/lib/core/formats/csv-match';
import { CSV_TABLES, type Fields, type PlanOptions, readRows } from '@/lib/core/formats/csv-rows';
import { db } from './database';

const TARGETS: Record<Exclude<CsvKind, 'letters'>, SingleTarget> = {
  programs: 'program',
  deadlines: 'deadline',
  outreach: 'outreach',
};

/** Reads every row of a CSV kind into records to write, with every problem found. */
export async function planImport(
  kind: CsvKind,
  headers: string[],
  rows: string[][],
  mapping: (string | null)[],
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const { reads, errors, dateOrder } = readRows(kind, headers, rows, mapping, options);
  const plan = new PlanBuilder(errors);
  // Stored records are read in a few bulk requests up front and the rows are then planned without awaiting:
  // awaiting per row inside the import's transaction lets IndexedDB commit it early on a large file.
  if (kind === 'letters') {
    const [writers, letters] = await Promise.all([db.writers.toArray(), db.letters.toArray()]);
    planLetters(reads, writers as unknown as Fields[], letters as unknown as Fields[], plan);
  } else {
    const target = TARGETS[kind];
    const table = CSV_TABLES[target];
    const byRef = await storedById(table, refsOf(target, reads));
    const all = someRowWithoutRef(target, reads) ? ((await db.table(table).toArray()) as Fields[]) : [];
    const built = matchRows(target, reads, { byRef, all }, plan);
    const found = new Map<string, Set<string>>();
    for (const [other, ids] of referencedIds(
      target,
      built.map((b) => b.record),
    ))
      found.set(other, new Set((await storedById(other, ids)).keys()));
    keepResolved(target, built, found, plan);
  }
  return { writes: plan.writes, counts: plan.counts, errors, ...(dateOrder && { dateOrder }) };
}

/** Records already stored under these ids (others are skipped), in one request. */
async function storedById(table: string, ids: Iterable<string>): Promise<Map<string, Fields>> {
  const wanted = [...new Set(ids)];
  const rows = wanted.length ? ((await db.table(table).bulkGet(wanted)) as (Fields | undefined)[]) : [];
  const map = new Map<string, Fields>();
  rows.forEach((row, i) => {
    if (row) map.set(wanted[i], row);
  });
  return map;
}
