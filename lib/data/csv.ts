/**
 * CSV export and import for spreadsheets (papaparse): writers and letters, programs, deadlines, outreach.
 * Import is two steps: `previewCsv` reads, maps columns and checks every row without writing;
 * `importCsv` writes everything in one transaction, or nothing when any row has a problem.
 * Columns are described in docs/csv-format.md.
 */
import Papa from 'papaparse';
import { CSV_COLUMNS, type CsvColumn, type CsvKind } from '@/lib/core/formats/csv-columns';
import type { ImportPlan } from '@/lib/core/formats/csv-match';
import type { CsvRowError, DateOrderInfo, PlanOptions } from '@/lib/core/formats/csv-rows';
import { type DateOrder, spellDate, squash } from '@/lib/core/formats/csv-values';
import { ValidationError } from '@/lib/core/model/errors';
import { planImport } from './csv-plan';
import { db } from './database';

export { CSV_COLUMNS, CSV_KIND_LABELS, CSV_KINDS, type CsvColumn, type CsvKind } from '@/lib/core/formats/csv-columns';
export type { CsvRowError, DateOrderInfo } from '@/lib/core/formats/csv-rows';
export type { DateOrder } from '@/lib/core/formats/csv-values';

/** Files larger than this are refused before reading: a real spreadsheet of letters is a few kilobytes. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;
const BOM = '\uFEFF';

/** Header index → column key (or null to ignore the column). */
export type ColumnMapping = (string | null)[];

export interface CsvPreview {
  kind: CsvKind;
  delimiter: string;
  headers: string[];
  /** The column each header was matched to (null: ignored); the user may change it and preview again. */
  mapping: ColumnMapping;
  /** Required columns no header maps to. */
  missingColumns: string[];
  /** The first rows as read, for showing beside the mapping. */
  sampleRows: string[][];
  rowCount: number;
  /** How many records would be added and updated, per kind of record. */
  counts: Record<string, { add: number; update: number }>;
  /** Every problem found, row by row (row 1 is the header line). */
  errors: CsvRowError[];
  /** How dates like 05/09/2026 are read, when the file has any (the user may choose the other order). */
  dateOrder?: DateOrderInfo;
  /** Things to check that do not stop the import, e.g. a guessed day/month order. */
  warnings: string[];
  ok: boolean;
}

/** Choices made in the preview that change how the file is read. */
export interface CsvReadOptions {
  /** Read dates like 05/09/2026 month first or day first (otherwise the file decides, or month first). */
  dateOrder?: DateOrder;
}

/** The words for how an ambiguous date was read, e.g. "05/09/2026 is read as May 9, 2026 (month first)". */
export function dateOrderText(info: DateOrderInfo): string {
  const { example } = info;
  const read = `${example.cell} (row ${example.row}, ${example.column}) is read as ${spellDate(example.date)}`;
  const order = info.order === 'day-first' ? 'day first' : 'month first';
  if (info.basis === 'chosen') return `Dates like ${read}: ${order}, as you chose.`;
  if (info.basis === 'file') {
    const by = info.settledBy;
    return `Dates like ${read}: ${order}, because ${by?.cell} (row ${by?.row}, ${by?.column}) can only be read that way.`;
  }
  const why = info.mixed
    ? 'the file has dates written both ways round'
    : 'nothing in the file shows whether the day or the month comes first';
  return `Check the dates: ${read}, ${order}, but ${why}. If the file puts the day first, choose that below.`;
}

interface ParsedCsv {
  delimiter: string;
  headers: string[];
  rows: string[][];
  errors: CsvRowError[];
}

function parse(text: string): ParsedCsv {
  if (text.length > MAX_CSV_BYTES) {
    throw new ValidationError(
      `The file is ${(text.length / 1024 / 1024).toFixed(1)} MB; a CSV for StrongLetter can be at most 20 MB.`,
    );
  }
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const [headerRow, ...rows] = result.data;
  if (!headerRow || headerRow.every((cell) => !cell.trim()))
    throw new ValidationError('The file is empty: it has no header row.');
  const errors: CsvRowError[] = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      message: `Row ${(error.row ?? 0) + 1}: ${error.code === 'MissingQuotes' ? 'a quoted cell is never closed (a " is missing)' : error.message}`,
    }));
  return { delimiter: result.meta.delimiter, headers: headerRow.map((cell) => cell.trim()), rows, errors };
}

/** The column each header matches by name or alias, loosely; each column is used once. */
export function guessMapping(kind: CsvKind, headers: string[]): ColumnMapping {
  const used = new Set<string>();
  const find = (header: string, names: (column: CsvColumn) => string[]) =>
    CSV_COLUMNS[kind].find(
      (column) => !used.has(column.key) && names(column).some((name) => squash(name) === squash(header)),
    );
  return headers.map((header) => {
    const column = find(header, (c) => [c.header, c.key]) ?? find(header, (c) => c.aliases ?? []);
    if (!column) return null;
    used.add(column.key);
    return column.key;
  });
}

/** Which kind of file this looks like, from its headers (the kind with most matched columns). */
export function detectCsvKind(text: string): CsvKind | undefined {
  const { headers } = parse(text);
  let best: { kind: CsvKind; score: number } | undefined;
  for (const kind of Object.keys(CSV_COLUMNS) as CsvKind[]) {
    const mapping = guessMapping(kind, headers);
    const required = CSV_COLUMNS[kind].filter((c) => c.required).every((c) => mapping.includes(c.key));
    const score = mapping.filter(Boolean).length;
    if (required && score > (best?.score ?? 0)) best = { kind, score };
  }
  return best?.kind;
}

function check(kind: CsvKind, parsed: ParsedCsv, mapping: ColumnMapping): { missing: string[]; errors: CsvRowError[] } {
  const known = new Set(CSV_COLUMNS[kind].map((column) => column.key));
  const errors = [...parsed.errors];
  mapping.forEach((key, index) => {
    if (key && !known.has(key))
      errors.push({
        row: 1,
        message: `Column “${parsed.headers[index]}” is mapped to ${key}, which is not a ${kind} column.`,
      });
  });
  const missing = CSV_COLUMNS[kind].filter((c) => c.required && !mapping.includes(c.key)).map((c) => c.header);
  for (const header of missing)
    errors.push({ row: 1, message: `The file needs a “${header}” column (or map one of its columns to it).` });
  return { missing, errors };
}

async function plan(
  text: string,
  kind: CsvKind,
  mapping: ColumnMapping | undefined,
  options: PlanOptions,
): Promise<{ parsed: ParsedCsv; mapping: ColumnMapping; missing: string[]; plan: ImportPlan; errors: CsvRowError[] }> {
  const parsed = parse(text);
  const finalMapping = mapping ?? guessMapping(kind, parsed.headers);
  const { missing, errors } = check(kind, parsed, finalMapping);
  const importPlan = await planImport(kind, parsed.headers, parsed.rows, finalMapping, options);
  return {
    parsed,
    mapping: finalMapping,
    missing,
    plan: importPlan,
    errors: [...errors, ...importPlan.errors].sort((a, b) => a.row - b.row),
  };
}

/** Reads a CSV and checks every row against the data, writing nothing. */
export async function previewCsv(
  text: string,
  kind: CsvKind,
  mapping?: ColumnMapping,
  options: CsvReadOptions = {},
): Promise<CsvPreview> {
  const result = await plan(text, kind, mapping, options);
  const dateOrder = result.plan.dateOrder;
  return {
    kind,
    delimiter: result.parsed.delimiter,
    headers: result.parsed.headers,
    mapping: result.mapping,
    missingColumns: result.missing,
    sampleRows: result.parsed.rows.slice(0, 10),
    rowCount: result.parsed.rows.length,
    counts: result.plan.counts,
    errors: result.errors,
    ...(dateOrder && { dateOrder }),
    warnings: dateOrder?.basis === 'guess' ? [dateOrderText(dateOrder)] : [],
    ok: result.errors.length === 0,
  };
}

/** Rows per write of a CSV import. */
const CHUNK = 250;

/**
 * Imports a CSV in one transaction: all rows are written, or none when any row has a problem (then a
 * ValidationError lists the first problems by row). Returns the counts written.
 */
export async function importCsv(
  text: string,
  kind: CsvKind,
  mapping?: ColumnMapping,
  options: CsvReadOptions & { onProgress?: (done: number, total: number) => void } = {},
): Promise<CsvPreview['counts']> {
  const { onProgress, ...readOptions } = options;
  return db.transaction('rw', [db.writers, db.letters, db.programs, db.deadlines, db.outreach], async () => {
    const result = await plan(text, kind, mapping, readOptions);
    if (result.errors.length) {
      const shown = result.errors.slice(0, 10).map((error) => ({ field: `row ${error.row}`, message: error.message }));
      if (result.errors.length > 10)
        shown.push({ field: '', message: `…and ${result.errors.length - 10} more problems` });
      throw new ValidationError(shown);
    }
    // Written in chunks inside the one transaction: all or nothing, with progress for a large file.
    const writes = Object.entries(result.plan.writes);
    const total = writes.reduce((sum, [, rows]) => sum + rows.length, 0);
    let done = 0;
    for (const [table, rows] of writes) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        await db.table(table).bulkPut(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
    return result.plan.counts;
  });
}

function cellOf(column: CsvColumn, record: Record<string, unknown> | undefined): string {
  let value: unknown = record;
  for (const part of column.field.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (column.write) return record ? column.write(value) : '';
  return value === undefined || value === null ? '' : String(value);
}

/** The CSV text of one kind: a BOM for Excel, a header row, Windows line ends; formula-like cells are escaped. */
export async function exportCsv(kind: CsvKind): Promise<string> {
  const columns = CSV_COLUMNS[kind];
  const rows: string[][] = [];
  const line = (records: Partial<Record<string, Record<string, unknown>>>) =>
    rows.push(columns.map((column) => cellOf(column, records[column.target])));
  if (kind === 'letters') {
    const [writers, letters] = await Promise.all([
      db.writers.orderBy('name').toArray(),
      db.letters.orderBy('id').toArray(),
    ]);
    for (const writer of writers) {
      const own = letters.filter((letter) => letter.writerId === writer.id);
      if (own.length === 0) line({ writer });
      for (const letter of own) line({ writer, letter });
    }
  } else if (kind === 'programs') {
    for (const program of await db.programs.orderBy('name').toArray()) line({ program });
  } else if (kind === 'deadlines') {
    for (const deadline of await db.deadlines.orderBy('dueAt').toArray()) line({ deadline });
  } else {
    for (const outreach of await db.outreach.orderBy('sentDate').toArray()) line({ outreach });
  }
  return (
    BOM +
    Papa.unparse(
      { fields: columns.map((column) => column.header), data: rows },
      { newline: '\r\n', escapeFormulae: true },
    )
  );
}

/** A file name for a CSV export, e.g. strongletter-deadlines-2026-09-24.csv. */
export function csvFileName(kind: CsvKind, date: string): string {
  return `strongletter-${kind}-${date}.csv`;
}
