/**
 * Turning CSV rows into records: read each mapped cell, match rows to stored records (by ref, or for
 * writers by name), validate each record with its schema, and collect row-level problems. Writes nothing.
 */
import type { z } from 'zod';
import { CSV_COLUMNS, type CsvColumn, type CsvKind, type CsvTarget } from './csv-columns';
import { CellError, squash } from './csv-values';
import { db } from './database';
import { withDerived } from './deadlines';
import { problemsFrom } from './errors';
import { newId, nowStamp, withoutUndefined } from './records';
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
} from './schema';

export interface CsvRowError {
  /** Spreadsheet row number: 1 is the header line, the first record is row 2. */
  row: number;
  column?: string;
  message: string;
}

export interface ImportPlan {
  writes: Record<string, object[]>;
  counts: Record<string, { add: number; update: number }>;
  errors: CsvRowError[];
}

type Fields = Record<string, unknown>;
interface ReadRow {
  row: number;
  values: Partial<Record<CsvTarget, Fields>>;
  /** A cell could not be read: the row is reported already and builds no record. */
  failed?: boolean;
  /** Fields whose column is mapped, per target: an empty cell there clears the field on update. */
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

function readRow(
  cells: string[],
  index: number,
  headers: string[],
  columns: (CsvColumn | undefined)[],
  errors: CsvRowError[],
): ReadRow {
  const row = index + 2;
  const read: ReadRow = { row, values: {}, touched: {} };
  columns.forEach((column, at) => {
    if (!column) return;
    // Exports escape formula-like cells with a leading apostrophe; take it off again.
    const cell = (cells[at] ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
    read.values[column.target] = read.values[column.target] ?? {};
    const values = read.values[column.target] as Fields;
    read.touched[column.target] = [...(read.touched[column.target] ?? []), column.field];
    try {
      const value = column.read(cell);
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
  } else {
    const input = INPUT[target].safeParse(target === 'deadline' ? { source: 'import', ...values } : values);
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
): Promise<ImportPlan> {
  const byKey = new Map(CSV_COLUMNS[kind].map((column) => [column.key, column]));
  const columns = mapping.map((key) => (key ? byKey.get(key) : undefined));
  const errors: CsvRowError[] = [];
  const reads = rows.map((cells, index) => readRow(cells, index, headers, columns, errors));
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
    const known = await storedById(
      TABLES[target],
      reads.map((read) => read.values[target]?.id),
    );
    const built: { read: ReadRow; record: Fields; existed: boolean }[] = [];
    for (const read of reads) {
      if (!uniqueRef(target, read)) continue;
      const id = read.values[target]?.id;
      const existing = typeof id === 'string' ? known.get(id) : undefined;
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
  return { writes, counts, errors };
}

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

/** Letters files: rows of one writer are grouped (by ref, or by name and email); each row may add a letter. */
async function planLetters(
  reads: ReadRow[],
  errors: CsvRowError[],
  keep: Keep,
  uniqueRef: (t: CsvTarget, r: ReadRow) => boolean,
) {
  const storedWriters = await db.writers.toArray();
  const storedLetters = await db.letters.toArray();
  const byId = {
    writer: new Map<string, Fields>(storedWriters.map((w) => [w.id, w as unknown as Fields])),
    letter: new Map<string, Fields>(storedLetters.map((l) => [l.id, l as unknown as Fields])),
  };
  const stored = (target: 'writer' | 'letter', id: unknown) =>
    typeof id === 'string' ? byId[target].get(id) : undefined;
  const writerFor = new Map<string, Fields>();
  const lettersOf = new Map<string, { specialty?: string; id: string }[]>();
  for (const letter of storedLetters)
    lettersOf.set(letter.writerId, [...(lettersOf.get(letter.writerId) ?? []), letter]);
  for (const read of reads) {
    const fields = read.values.writer ?? {};
    const name = typeof fields.name === 'string' ? fields.name : '';
    const email = typeof fields.email === 'string' ? fields.email.toLowerCase() : '';
    const key = typeof fields.id === 'string' ? `ref:${fields.id}` : `name:${squash(name)}|${email}`;
    let writer = writerFor.get(key);
    if (!writer) {
      const existing =
        stored('writer', fields.id) ??
        (typeof fields.id === 'string'
          ? undefined
          : storedWriters.find(
              (w) => squash(w.name) === squash(name) && (!email || !w.email || w.email.toLowerCase() === email),
            ));
      writer = build('writer', read, existing, {}, errors, ' (writer)');
      if (!writer) continue;
      writerFor.set(key, writer);
      keep('writer', writer, Boolean(existing));
    }
    const letterFields = read.values.letter ?? {};
    if (Object.keys(letterFields).length === 0 || !uniqueRef('letter', read)) continue;
    const existingLetter =
      stored('letter', letterFields.id) ??
      (typeof letterFields.id === 'string'
        ? undefined
        : stored(
            'letter',
            lettersOf
              .get(String(writer.id))
              ?.find((l) => squash(l.specialty ?? '') === squash(String(letterFields.specialty ?? '')))?.id,
          ));
    keep(
      'letter',
      build('letter', read, existingLetter, { writerId: writer.id }, errors, ' (letter)'),
      Boolean(existingLetter),
    );
  }
}
