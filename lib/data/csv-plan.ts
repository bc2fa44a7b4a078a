/**
 * Turning CSV rows into records: read each mapped cell, match rows to stored records (by ref, or without a
 * ref by what identifies the record: a writer's name, a program's name and state, a deadline's title and due
 * date, an outreach's email or contact and sent date), validate each record with its schema, and collect
 * row-level problems. Writes nothing.
 */
import { z } from 'zod';
import {
  type CellOptions,
  CSV_COLUMNS,
  type CsvColumn,
  type CsvKind,
  type CsvTarget,
} from '@/lib/core/formats/csv-columns';
import { CellError, type DateOrder, dateOrderOf, readDate, squash } from '@/lib/core/formats/csv-values';
import { problemsFrom } from '@/lib/core/model/errors';
import { newId, nowStamp, withoutUndefined } from '@/lib/core/model/records';
import {
  DeadlineInputSchema,
  LetterInputSchema,
  LetterSchema,
  OutreachInputSchema,
  OutreachSchema,
  ProgramInputSchema,
  ProgramSchema,
  WriterInputSchema,
  WriterSchema,
} from '@/lib/core/model/schema';
import { db } from './database';
import { applyEditRules, withDerived } from './deadlines';

export interface CsvRowError {
  /** Spreadsheet row number: 1 is the header line, the first record is row 2. */
  row: number;
  column?: string;
  message: string;
}

/** How dates like 05/09/2026 (either number could be the month) were read; only when the file has such a date. */
export interface DateOrderInfo {
  order: DateOrder;
  /** `chosen`: by the person importing; `file`: a date in the file can only be read that way; `guess`: nothing settles it. */
  basis: 'chosen' | 'file' | 'guess';
  /** The first such date in the file and the date it is read as (YYYY-MM-DD). */
  example: { cell: string; row: number; column: string; date: string };
  /** The date that settles the order (basis `file`). */
  settledBy?: { cell: string; row: number; column: string };
  /** The file has dates that can only be day first and others that can only be month first. */
  mixed?: boolean;
}

export interface ImportPlan {
  writes: Record<string, object[]>;
  counts: Record<string, { add: number; update: number }>;
  errors: CsvRowError[];
  dateOrder?: DateOrderInfo;
}

export interface PlanOptions {
  /** How to read dates like 05/09/2026; without it the file decides, or month first when nothing settles it. */
  dateOrder?: DateOrder;
}

type Fields = Record<string, unknown>;
interface ReadRow {
  row: number;
  values: Partial<Record<CsvTarget, Fields>>;
  /** A cell could not be read: the row is reported already and builds no record. */
  failed?: boolean;
  /**
   * Fields whose cell sets them on update, per target: an empty cell there clears the field. Not touched: a
   * blank ref (no ref given), a blank cell for a field with a default (the stored value stays), export-only columns.
   */
  touched: Partial<Record<CsvTarget, string[]>>;
}

const TABLES: Record<CsvTarget, string> = {
  writer: 'writers',
  letter: 'letters',
  program: 'programs',
  deadline: 'deadlines',
  outreach: 'outreach',
};
const STORED = {
  writer: WriterSchema,
  letter: LetterSchema,
  program: ProgramSchema,
  outreach: OutreachSchema,
} as const;
const INPUT = {
  writer: WriterInputSchema,
  letter: LetterInputSchema,
  program: ProgramInputSchema,
  outreach: OutreachInputSchema,
  deadline: DeadlineInputSchema,
} as const;

function setPath(target: Fields, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] = node[part] ?? {};
    node = node[part] as Fields;
  }
  const last = parts[parts.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Whether the record's field has a default (stage, done, status…): a blank cell then leaves a stored value alone. */
export function hasDefault(target: CsvTarget, field: string): boolean {
  return INPUT[target].shape[field as keyof (typeof INPUT)[typeof target]['shape']] instanceof z.ZodDefault;
}

/**
 * A deadline updated from a sheet keeps its source; empty "About" cells mean "about nothing", not a half-filled
 * link; and, like an edit in the options page, a moved or renamed built-in or derived deadline is kept by later
 * calendar refreshes and notifies again for its new date.
 */
function keepDeadlineMeaning(candidate: Fields, existing: Fields): void {
  candidate.source = existing.source;
  const concerns = candidate.concerns as { type?: unknown; id?: unknown } | undefined;
  if (concerns && !concerns.type && !concerns.id) delete candidate.concerns;
  applyEditRules(candidate, existing);
}

function readRow(
  cells: string[],
  index: number,
  headers: string[],
  columns: (CsvColumn | undefined)[],
  errors: CsvRowError[],
  options: CellOptions,
): ReadRow {
  const row = index + 2;
  const read: ReadRow = { row, values: {}, touched: {} };
  columns.forEach((column, at) => {
    if (!column || column.exportOnly) return;
    // Exports escape formula-like cells with a leading apostrophe; take it off again.
    const cell = (cells[at] ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
    read.values[column.target] = read.values[column.target] ?? {};
    const values = read.values[column.target] as Fields;
    if (!cell.trim() && (column.field === 'id' || hasDefault(column.target, column.field))) return;
    read.touched[column.target] = [...(read.touched[column.target] ?? []), column.field];
    try {
      const value = column.read(cell, options);
      if (value !== undefined) setPath(values, column.field, value);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      errors.push({ row, column: headers[at], message: `Row ${row}, ${column.header}: ${error.message}` });
      read.failed = true;
    }
  });
  if (cells.length > headers.length && cells.slice(headers.length).some((cell) => cell.trim())) {
    errors.push({
      row,
      message: `Row ${row}: it has more cells than the header row; is a value with a separator in it missing its quotes?`,
    });
  }
  return read;
}

/**
 * Settles how dates like 05/09/2026 are read for the whole file: as chosen, else as the file's unambiguous
 * dates show (24/08/2026: day first), else month first. Undefined when the file has no such date.
 */
function settleDateOrder(
  rows: string[][],
  headers: string[],
  columns: (CsvColumn | undefined)[],
  chosen: DateOrder | undefined,
): DateOrderInfo | undefined {
  type Seen = { cell: string; row: number; column: string };
  const seen: Partial<Record<DateOrder | 'either', Seen>> = {};
  rows.forEach((cells, index) => {
    columns.forEach((column, at) => {
      if (!column?.dates) return;
      for (const item of (cells[at] ?? '').split(/[;\n]/)) {
        const order = dateOrderOf(item);
        if (order && !seen[order]) seen[order] = { cell: item.trim(), row: index + 2, column: headers[at] };
      }
    });
  });
  const example = seen.either;
  if (!example) return undefined;
  const [day, month] = [seen['day-first'], seen['month-first']];
  let info: Omit<DateOrderInfo, 'example'>;
  if (chosen) info = { order: chosen, basis: 'chosen' };
  else if (day && !month) info = { order: 'day-first', basis: 'file', settledBy: day };
  else if (month && !day) info = { order: 'month-first', basis: 'file', settledBy: month };
  else info = { order: 'month-first', basis: 'guess', ...(day && month && { mixed: true }) };
  return { ...info, example: { ...example, date: readDate(example.cell, info.order) as string } };
}

/** Builds one validated record: an update of `existing` (only touched fields change) or a new record. */
function build(
  target: CsvTarget,
  read: ReadRow,
  existing: Fields | undefined,
  extra: Fields,
  errors: CsvRowError[],
  what: string,
): Fields | undefined {
  if (read.failed) return undefined;
  const values = { ...(read.values[target] ?? {}), ...extra };
  const stamp = nowStamp();
  let candidate: Fields;
  if (existing) {
    candidate = structuredClone(existing);
    for (const field of read.touched[target] ?? []) {
      let value: unknown = values;
      for (const part of field.split('.')) value = (value as Fields | undefined)?.[part];
      setPath(candidate, field, value);
    }
    Object.assign(candidate, extra, { updatedAt: stamp });
    if (target === 'deadline') keepDeadlineMeaning(candidate, existing);
  } else {
    // A new deadline is always "import": calendar refreshes delete built-in and worked-out rows they did not make.
    const input = INPUT[target].safeParse(target === 'deadline' ? { ...values, source: 'import' } : values);
    if (!input.success) return report(input.error.issues, read.row, what, errors);
    candidate = { ...input.data, id: (input.data as Fields).id ?? newId(), createdAt: stamp, updatedAt: stamp };
  }
  if (target === 'deadline') {
    try {
      return withoutUndefined(withDerived(candidate as Parameters<typeof withDerived>[0]));
    } catch (error) {
      const problems = (error as { problems?: { message: string }[] }).problems ?? [{ message: String(error) }];
      for (const problem of problems) errors.push({ row: read.row, message: `Row ${read.row}: ${problem.message}` });
      return undefined;
    }
  }
  const result = STORED[target].safeParse(candidate);
  if (!result.success) return report(result.error.issues, read.row, what, errors);
  return withoutUndefined(result.data as Fields);
}

function report(issues: readonly z.core.$ZodIssue[], row: number, what: string, errors: CsvRowError[]): undefined {
  for (const problem of problemsFrom(issues)) errors.push({ row, message: `Row ${row}${what}: ${problem.message}` });
  return undefined;
}

/** Reads every row of a CSV kind into records to write, with every problem found. */
export async function planImport(
  kind: CsvKind,
  headers: string[],
  rows: string[][],
  mapping: (string | null)[],
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const byKey = new Map(CSV_COLUMNS[kind].map((column) => [column.key, column]));
  const columns = mapping.map((key) => (key ? byKey.get(key) : undefined));
  const errors: CsvRowError[] = [];
  const dateOrder = settleDateOrder(rows, headers, columns, options.dateOrder);
  const cellOptions: CellOptions = { dateOrder: dateOrder?.order };
  const reads = rows.map((cells, index) => readRow(cells, index, headers, columns, errors, cellOptions));
  const writes: Record<string, object[]> = {};
  const counts: Record<string, { add: number; update: number }> = {};
  const seenRefs = new Map<string, number>();

  const keep = (target: CsvTarget, record: Fields | undefined, existed: boolean) => {
    if (!record) return;
    const table = TABLES[target];
    if (!writes[table]) writes[table] = [];
    writes[table].push(record);
    counts[table] = counts[table] ?? { add: 0, update: 0 };
    const count = counts[table];
    if (existed) count.update++;
    else count.add++;
  };
  const uniqueRef = (target: CsvTarget, read: ReadRow): boolean => {
    const id = read.values[target]?.id;
    if (typeof id !== 'string') return true;
    const first = seenRefs.get(`${target}|${id}`);
    if (first !== undefined) {
      errors.push({
        row: read.row,
        message: `Row ${read.row}: ${target} ref ${id} is used again (first on row ${first}).`,
      });
      return false;
    }
    seenRefs.set(`${target}|${id}`, read.row);
    return true;
  };

  // Stored records are read in a few bulk requests up front and the rows are then planned without awaiting:
  // awaiting per row inside the import's transaction lets IndexedDB commit it early on a large file.
  if (kind === 'letters') {
    await planLetters(reads, errors, keep, uniqueRef);
  } else {
    const target = ({ programs: 'program', deadlines: 'deadline', outreach: 'outreach' } as const)[kind];
    const natural = NATURAL[target];
    const refs = new Set(
      reads.map((read) => read.values[target]?.id).filter((id): id is string => typeof id === 'string'),
    );
    const known = await storedById(TABLES[target], refs);
    // Rows without a ref are matched by what identifies the record, among stored records no row names by ref.
    const buckets = new Map<string, Fields[]>();
    if (reads.some((read) => typeof read.values[target]?.id !== 'string')) {
      const all = ((await db.table(TABLES[target]).toArray()) as Fields[]).sort(byCreated);
      for (const record of all) {
        if (refs.has(String(record.id))) continue;
        const bucket = natural.bucket(record);
        const list = buckets.get(bucket);
        if (list) list.push(record);
        else buckets.set(bucket, [record]);
      }
    }
    const firstWithKey = new Map<string, { row: number; ref: boolean }>();
    const claimed = new Map<unknown, number>();
    const built: { read: ReadRow; record: Fields; existed: boolean }[] = [];
    for (const read of reads) {
      if (!uniqueRef(target, read)) continue;
      const fields = read.values[target] ?? {};
      const ref = typeof fields.id === 'string' ? fields.id : undefined;
      const key = read.failed ? undefined : natural.key(fields);
      if (key) {
        // Two rows for one record: refused unless both carry (different) refs, i.e. are separate records already.
        const first = firstWithKey.get(key);
        if (first && !(first.ref && ref)) {
          errors.push({
            row: read.row,
            message: `Row ${read.row}: the same ${natural.noun} as row ${first.row} (same ${natural.same}); keep one of the two rows.`,
          });
          continue;
        }
        if (!first) firstWithKey.set(key, { row: read.row, ref: Boolean(ref) });
      }
      let existing: Fields | undefined;
      if (ref) existing = known.get(ref);
      else if (key) {
        const candidates = (buckets.get(natural.bucket(fields)) ?? []).filter((stored) =>
          natural.matches(fields, stored),
        );
        existing = candidates.find((stored) => !claimed.has(stored.id));
        if (candidates.length && !existing) {
          errors.push({
            row: read.row,
            message: `Row ${read.row}: it matches the same ${natural.noun} in StrongLetter as row ${claimed.get(candidates[0].id)} (by ${natural.same}); keep one of the two rows.`,
          });
          continue;
        }
        if (existing) claimed.set(existing.id, read.row);
      }
      const record = build(target, read, existing, {}, errors, '');
      if (record) built.push({ read, record, existed: Boolean(existing) });
    }
    const found = await referencedRecords(
      target,
      built.map((b) => b.record),
    );
    for (const { read, record, existed } of built)
      if (referencesResolve(target, record, read.row, errors, found)) keep(target, record, existed);
  }
  return { writes, counts, errors, ...(dateOrder && { dateOrder }) };
}

const byCreated = (a: Fields, b: Fields) => String(a.createdAt ?? '').localeCompare(String(b.createdAt ?? ''));
const lowerText = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');
const looseText = (value: unknown) => (typeof value === 'string' ? squash(value) : '');

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

const NATURAL: Record<'program' | 'deadline' | 'outreach', NaturalKey> = {
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

/** Records already stored under these ids (others are skipped), in one request. */
async function storedById(table: string, ids: Iterable<unknown>): Promise<Map<string, Fields>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const rows = wanted.length ? ((await db.table(table).bulkGet(wanted)) as (Fields | undefined)[]) : [];
  const map = new Map<string, Fields>();
  rows.forEach((row, i) => {
    if (row) map.set(wanted[i], row);
  });
  return map;
}

/** The stored records that built rows point at (a deadline's "about", an outreach's writer), by table. */
async function referencedRecords(target: CsvTarget, records: Fields[]): Promise<Map<string, Map<string, Fields>>> {
  const ids = new Map<string, unknown[]>();
  const want = (table: string, id: unknown) => {
    const list = ids.get(table);
    if (list) list.push(id);
    else ids.set(table, [id]);
  };
  for (const record of records) {
    const concerns = record.concerns as { type: string; id: string } | undefined;
    if (target === 'deadline' && concerns) want(CONCERN_TABLES[concerns.type], concerns.id);
    if (target === 'outreach') want('writers', record.writerId);
  }
  const found = new Map<string, Map<string, Fields>>();
  for (const [table, wanted] of ids) found.set(table, await storedById(table, wanted));
  return found;
}

const CONCERN_TABLES: Record<string, string> = {
  writer: 'writers',
  letter: 'letters',
  program: 'programs',
  outreach: 'outreach',
};

function referencesResolve(
  target: CsvTarget,
  record: Fields,
  row: number,
  errors: CsvRowError[],
  found: Map<string, Map<string, Fields>>,
): boolean {
  const concerns = record.concerns as { type: string; id: string } | undefined;
  if (target === 'deadline' && concerns && !found.get(CONCERN_TABLES[concerns.type])?.has(concerns.id)) {
    errors.push({
      row,
      message: `Row ${row}, About ref: no ${concerns.type} with ref ${concerns.id} is in StrongLetter; import that first or leave the cell empty.`,
    });
    return false;
  }
  if (target === 'outreach' && typeof record.writerId === 'string' && !found.get('writers')?.has(record.writerId)) {
    errors.push({ row, message: `Row ${row}, Writer ref: no writer with ref ${record.writerId} is in StrongLetter.` });
    return false;
  }
  return true;
}

type Keep = (target: CsvTarget, record: Fields | undefined, existed: boolean) => void;

/**
 * Letters files: rows of one writer are grouped (by ref, or by name and email); each row may add or update a
 * letter. A writer's cells are taken from its first row with a writer ref, else its first row. A row without a
 * letter ref updates a stored letter of that writer for the same specialty that no other row has taken (one at
 * the same stage first), or adds one.
 */
async function planLetters(
  reads: ReadRow[],
  errors: CsvRowError[],
  keep: Keep,
  uniqueRef: (t: CsvTarget, r: ReadRow) => boolean,
) {
  const storedWriters = (await db.writers.toArray()) as unknown as Fields[];
  const storedLetters = ((await db.letters.toArray()) as unknown as Fields[]).sort(byCreated);
  const storedWriter = new Map(storedWriters.map((w) => [w.id, w]));
  const storedLetter = new Map(storedLetters.map((l) => [l.id, l]));
  // Letters some row names by ref are spoken for: a row without a ref never takes one of them.
  const letterRefs = new Set<unknown>(
    reads.map((read) => read.values.letter?.id).filter((id) => typeof id === 'string'),
  );
  const lettersOf = new Map<unknown, Fields[]>();
  for (const letter of storedLetters)
    if (!letterRefs.has(letter.id)) lettersOf.set(letter.writerId, [...(lettersOf.get(letter.writerId) ?? []), letter]);
  const takenLetters = new Set<unknown>();

  // Each row's writer: its ref; else a writer of this file (rows with a ref first) or a stored one with the same
  // name (and email, when both have one); else a new writer per name and email.
  const storedByName = new Map<string, Fields[]>();
  for (const w of storedWriters)
    storedByName.set(looseText(w.name), [...(storedByName.get(looseText(w.name)) ?? []), w]);
  const writerOf = new Map<ReadRow, string>();
  const named = new Map<string, { key: string; email: string }[]>();
  const remember = (read: ReadRow, key: string) => {
    writerOf.set(read, key);
    const name = looseText(read.values.writer?.name);
    if (name) named.set(name, [...(named.get(name) ?? []), { key, email: lowerText(read.values.writer?.email) }]);
  };
  const refOf = (read: ReadRow) => read.values.writer?.id;
  for (const read of reads) if (typeof refOf(read) === 'string') remember(read, `id:${refOf(read)}`);
  for (const read of reads) {
    if (writerOf.has(read)) continue;
    const name = looseText(read.values.writer?.name);
    const email = lowerText(read.values.writer?.email);
    const same = (other: string) => !email || !other || other === email;
    const stored = storedByName.get(name)?.find((w) => same(lowerText(w.email)));
    const key = !name
      ? `row:${read.row}`
      : (named.get(name)?.find((w) => same(w.email))?.key ?? (stored ? `id:${stored.id}` : `new:${name}|${email}`));
    remember(read, key);
  }
  const source = new Map<string, ReadRow>();
  for (const read of reads) {
    const key = writerOf.get(read) as string;
    const current = source.get(key);
    if (!current || (typeof refOf(current) !== 'string' && typeof refOf(read) === 'string')) source.set(key, read);
  }

  /** Writers of this file by key, once built (undefined: the writer's row has a problem, reported once). */
  const writers = new Map<string, Fields | undefined>();
  for (const read of reads) {
    const key = writerOf.get(read) as string;
    if (!writers.has(key)) {
      const existing = key.startsWith('id:') ? storedWriter.get(key.slice(3)) : undefined;
      const built = build('writer', source.get(key) as ReadRow, existing, {}, errors, ' (writer)');
      writers.set(key, built);
      keep('writer', built, Boolean(existing));
    }
    const writer = writers.get(key);
    if (!writer) continue;
    const letterFields = read.values.letter ?? {};
    if (Object.keys(letterFields).length === 0 || !uniqueRef('letter', read)) continue;
    let existingLetter: Fields | undefined;
    if (typeof letterFields.id === 'string') existingLetter = storedLetter.get(letterFields.id);
    else {
      const candidates = (lettersOf.get(writer.id) ?? []).filter(
        (l) => !takenLetters.has(l.id) && looseText(l.specialty) === looseText(letterFields.specialty),
      );
      existingLetter = candidates.find((l) => l.stage === letterFields.stage) ?? candidates[0];
      if (existingLetter) takenLetters.add(existingLetter.id);
    }
    keep(
      'letter',
      build('letter', read, existingLetter, { writerId: writer.id }, errors, ' (letter)'),
      Boolean(existingLetter),
    );
  }
}
