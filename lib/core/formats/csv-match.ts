/**
 * Matching CSV rows to stored records: by ref, or without a ref by what identifies the record (a writer's name,
 * a program's name and state, a deadline's title and due date, an outreach's email or contact and sent date),
 * then building each record and collecting what to write. Pure: the data layer reads the stored records it
 * needs and passes them in.
 */
import { CONCERN_TABLES } from '@/lib/core/model/integrity';
import type { CsvTarget } from './csv-columns';
import { buildRecord, CSV_TABLES, type CsvRowError, type DateOrderInfo, type Fields, type ReadRow } from './csv-rows';
import { squash } from './csv-values';

/** What an import would write, table by table, and every problem found. */
export interface ImportPlan {
  writes: Record<string, object[]>;
  counts: Record<string, { add: number; update: number }>;
  errors: CsvRowError[];
  dateOrder?: DateOrderInfo;
}

/** Collects the records to write and refuses a ref used by two rows. */
export class PlanBuilder {
  readonly writes: Record<string, object[]> = {};
  readonly counts: Record<string, { add: number; update: number }> = {};
  private readonly seenRefs = new Map<string, number>();

  constructor(readonly errors: CsvRowError[]) {}

  /** Adds a built record (nothing when building it failed) to its table's writes. */
  keep(target: CsvTarget, record: Fields | undefined, existed: boolean): void {
    if (!record) return;
    const table = CSV_TABLES[target];
    this.writes[table] = this.writes[table] ?? [];
    this.writes[table].push(record);
    this.counts[table] = this.counts[table] ?? { add: 0, update: 0 };
    if (existed) this.counts[table].update++;
    else this.counts[table].add++;
  }

  /** False (with the problem reported) when an earlier row already gave this row's ref for `target`. */
  uniqueRef(target: CsvTarget, read: ReadRow): boolean {
    const id = read.values[target]?.id;
    if (typeof id !== 'string') return true;
    const first = this.seenRefs.get(`${target}|${id}`);
    if (first !== undefined) {
      this.errors.push({
        row: read.row,
        message: `Row ${read.row}: ${target} ref ${id} is used again (first on row ${first}).`,
      });
      return false;
    }
    this.seenRefs.set(`${target}|${id}`, read.row);
    return true;
  }
}

/** Oldest first: rows without refs take the oldest matching record. */
export const byCreated = (a: Fields, b: Fields) => String(a.createdAt ?? '').localeCompare(String(b.createdAt ?? ''));
/** Trimmed lower-case text ('' for anything else), for comparing emails. */
export const lowerText = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');
/** Text squashed for loose comparison ('' for anything else), for comparing names. */
export const looseText = (value: unknown) => (typeof value === 'string' ? squash(value) : '');

/** What identifies a record when a row has no ref, and how a row finds its stored record by it. */
interface NaturalKey {
  noun: string;
  /** What two rows share when they describe one record, for messages. */
  same: string;
  /** The row's key; undefined when a field it needs is missing (the row is refused for that anyway). */
  key(fields: Fields): string | undefined;
  /** Stored records are grouped by this part of the key (computed the same way for rows and records)… */
  bucket(fields: Fields): string;
  /** …and a row takes the first of its group this accepts that no earlier row took. */
  matches(row: Fields, stored: Fields): boolean;
}

/** The kinds of record a single-record file holds (letters files carry a writer and a letter per row). */
export type SingleTarget = 'program' | 'deadline' | 'outreach';

const NATURAL: Record<SingleTarget, NaturalKey> = {
  program: {
    noun: 'program',
    same: 'name and state',
    key: (f) => (looseText(f.name) ? `${looseText(f.name)}|${looseText(f.state)}` : undefined),
    bucket: (f) => looseText(f.name),
    // Without a state in the row, a program of that name in any state.
    matches: (row, stored) => !looseText(row.state) || looseText(row.state) === looseText(stored.state),
  },
  deadline: {
    noun: 'deadline',
    same: 'title and due date',
    key: (f) =>
      looseText(f.title) && typeof f.dueDate === 'string' ? `${looseText(f.title)}|${f.dueDate}` : undefined,
    bucket: (f) => `${looseText(f.title)}|${f.dueDate}`,
    matches: () => true,
  },
  outreach: {
    noun: 'outreach email',
    same: 'email, or contact when there is no email, and sent date',
    key: (f) => {
      const who = lowerText(f.email)
        ? `email:${lowerText(f.email)}`
        : looseText(f.contactName) && `name:${looseText(f.contactName)}`;
      return who && typeof f.sentDate === 'string' ? `${f.sentDate}|${who}` : undefined;
    },
    bucket: (f) => String(f.sentDate),
    matches: (row, stored) =>
      lowerText(row.email)
        ? lowerText(row.email) === lowerText(stored.email)
        : looseText(row.contactName) === looseText(stored.contactName),
  },
};

/** The refs the rows give for `target` (their stored records are looked up by id). */
export function refsOf(target: CsvTarget, reads: ReadRow[]): Set<string> {
  return new Set(reads.map((read) => read.values[target]?.id).filter((id): id is string => typeof id === 'string'));
}

/** True when some row has no ref for `target`, so every stored record may be a match. */
export function someRowWithoutRef(target: CsvTarget, reads: ReadRow[]): boolean {
  return reads.some((read) => typeof read.values[target]?.id !== 'string');
}

/** The stored records a single-record file is matched against. */
export interface StoredRecords {
  /** Stored records under the refs the rows give. */
  byRef: Map<string, Fields>;
  /** Every stored record of the kind (needed only when a row has no ref). */
  all: Fields[];
}

/** A built record with the row it came from. */
export interface Built {
  read: ReadRow;
  record: Fields;
  existed: boolean;
}

/** Groups stored records no row names by ref by their natural key's bucket, oldest first. */
function bucketsOf(target: SingleTarget, stored: StoredRecords, refs: Set<string>): Map<string, Fields[]> {
  const buckets = new Map<string, Fields[]>();
  for (const record of [...stored.all].sort(byCreated)) {
    if (refs.has(String(record.id))) continue;
    const bucket = NATURAL[target].bucket(record);
    const list = buckets.get(bucket);
    if (list) list.push(record);
    else buckets.set(bucket, [record]);
  }
  return buckets;
}

/**
 * Builds the records of a programs, deadlines or outreach file: each row updates the stored record it names by
 * ref or matches by natural key, or adds one. Two rows for one record are refused.
 */
export function matchRows(target: SingleTarget, reads: ReadRow[], stored: StoredRecords, plan: PlanBuilder): Built[] {
  const natural = NATURAL[target];
  const buckets = bucketsOf(target, stored, refsOf(target, reads));
  const firstWithKey = new Map<string, { row: number; ref: boolean }>();
  const claimed = new Map<unknown, number>();
  const built: Built[] = [];
  for (const read of reads) {
    if (!plan.uniqueRef(target, read)) continue;
    const fields = read.values[target] ?? {};
    const ref = typeof fields.id === 'string' ? fields.id : undefined;
    const key = read.failed ? undefined : natural.key(fields);
    if (key) {
      // Two rows for one record: refused unless both carry (different) refs, i.e. are separate records already.
      const first = firstWithKey.get(key);
      if (first && !(first.ref && ref)) {
        plan.errors.push({
          row: read.row,
          message: `Row ${read.row}: the same ${natural.noun} as row ${first.row} (same ${natural.same}); keep one of the two rows.`,
        });
        continue;
      }
      if (!first) firstWithKey.set(key, { row: read.row, ref: Boolean(ref) });
    }
    let existing: Fields | undefined;
    if (ref) existing = stored.byRef.get(ref);
    else if (key) {
      const candidates = (buckets.get(natural.bucket(fields)) ?? []).filter((s) => natural.matches(fields, s));
      existing = candidates.find((s) => !claimed.has(s.id));
      if (candidates.length && !existing) {
        plan.errors.push({
          row: read.row,
          message: `Row ${read.row}: it matches the same ${natural.noun} in StrongLetter as row ${claimed.get(candidates[0].id)} (by ${natural.same}); keep one of the two rows.`,
        });
        continue;
      }
      if (existing) claimed.set(existing.id, read.row);
    }
    const record = buildRecord(target, read, existing, {}, plan.errors, '');
    if (record) built.push({ read, record, existed: Boolean(existing) });
  }
  return built;
}

/** The ids built records point at (a deadline's "about", an outreach's writer), by table. */
export function referencedIds(target: SingleTarget, records: Fields[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  const want = (table: string, id: unknown) => {
    if (typeof id !== 'string') return;
    const list = ids.get(table);
    if (list) list.push(id);
    else ids.set(table, [id]);
  };
  for (const record of records) {
    const concerns = record.concerns as { type: keyof typeof CONCERN_TABLES; id: string } | undefined;
    if (target === 'deadline' && concerns) want(CONCERN_TABLES[concerns.type], concerns.id);
    if (target === 'outreach') want('writers', record.writerId);
  }
  return ids;
}

/** Keeps the built records whose references resolve among `found` (table → stored ids); reports the others. */
export function keepResolved(target: SingleTarget, built: Built[], found: Map<string, Set<string>>, plan: PlanBuilder) {
  for (const { read, record, existed } of built) {
    const row = read.row;
    const concerns = record.concerns as { type: keyof typeof CONCERN_TABLES; id: string } | undefined;
    if (target === 'deadline' && concerns && !found.get(CONCERN_TABLES[concerns.type])?.has(concerns.id)) {
      plan.errors.push({
        row,
        message: `Row ${row}, About ref: no ${concerns.type} with ref ${concerns.id} is in StrongLetter; import that first or leave the cell empty.`,
      });
    } else if (
      target === 'outreach' &&
      typeof record.writerId === 'string' &&
      !found.get('writers')?.has(record.writerId)
    ) {
      plan.errors.push({
        row,
        message: `Row ${row}, Writer ref: no writer with ref ${record.writerId} is in StrongLetter.`,
      });
    } else plan.keep(target, record, existed);
  }
}
