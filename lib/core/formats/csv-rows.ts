/**
 * Turning CSV rows into records: read each mapped cell, settle how dates like 05/09/2026 are read, and build one
 * validated record per row (new, or an update of a stored record found by the matching step), collecting
 * row-level problems. Pure: stored records come in as arguments; nothing is read or written here.
 */
import { z } from 'zod';
import { applyEditRules, withDerived } from '@/lib/core/model/deadline-rules';
import { problemsFrom } from '@/lib/core/model/errors';
import { nowStamp, stampNew, withoutUndefined } from '@/lib/core/model/records';
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
import { type CellOptions, CSV_COLUMNS, type CsvColumn, type CsvKind, type CsvTarget } from './csv-columns';
import { CellError, type DateOrder, dateOrderOf, readDate } from './csv-values';

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

export interface PlanOptions {
  /** How to read dates like 05/09/2026; without it the file decides, or month first when nothing settles it. */
  dateOrder?: DateOrder;
}

/** A record's fields as read or stored. */
export type Fields = Record<string, unknown>;

/** One row's cells read into fields per record it fills. */
export interface ReadRow {
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

/** The table each kind of record is stored in. */
export const CSV_TABLES: Record<CsvTarget, string> = {
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
export function buildRecord(
  target: CsvTarget,
  read: ReadRow,
  existing: Fields | undefined,
  extra: Fields,
  errors: CsvRowError[],
  what: string,
): Fields | undefined {
  if (read.failed) return undefined;
  const values = { ...(read.values[target] ?? {}), ...extra };
  let candidate: Fields;
  if (existing) {
    candidate = structuredClone(existing);
    for (const field of read.touched[target] ?? []) {
      let value: unknown = values;
      for (const part of field.split('.')) value = (value as Fields | undefined)?.[part];
      setPath(candidate, field, value);
    }
    Object.assign(candidate, extra, { updatedAt: nowStamp() });
    if (target === 'deadline') keepDeadlineMeaning(candidate, existing);
  } else {
    // A new deadline is always "import": calendar refreshes delete built-in and worked-out rows they did not make.
    const input = INPUT[target].safeParse(target === 'deadline' ? { ...values, source: 'import' } : values);
    if (!input.success) return report(input.error.issues, read.row, what, errors);
    candidate = stampNew(input.data as Fields & { id?: string });
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

/** The rows of a file as read: each row's fields per record, the date order settled for the file, cell problems. */
export interface ReadRows {
  reads: ReadRow[];
  errors: CsvRowError[];
  dateOrder?: DateOrderInfo;
}

/** Reads every mapped cell of every row (`mapping`: a column key per header, or null to skip the column). */
export function readRows(
  kind: CsvKind,
  headers: string[],
  rows: string[][],
  mapping: (string | null)[],
  options: PlanOptions = {},
): ReadRows {
  const byKey = new Map(CSV_COLUMNS[kind].map((column) => [column.key, column]));
  const columns = mapping.map((key) => (key ? byKey.get(key) : undefined));
  const errors: CsvRowError[] = [];
  const dateOrder = settleDateOrder(rows, headers, columns, options.dateOrder);
  const cellOptions: CellOptions = { dateOrder: dateOrder?.order };
  const reads = rows.map((cells, index) => readRow(cells, index, headers, columns, errors, cellOptions));
  return { reads, errors, ...(dateOrder && { dateOrder }) };
}
