/**
 * CSV files as files: splitting the text into rows (papaparse), matching headers to columns, checking a mapping,
 * and writing records back out as the text of an export. Pure; what the rows mean is csv-rows and csv-match.
 */
import Papa from 'papaparse';
import { ValidationError } from '@/lib/core/model/errors';
import { CSV_COLUMNS, type CsvColumn, type CsvKind } from './csv-columns';
import type { CsvRowError, DateOrderInfo } from './csv-rows';
import { spellDate, squash } from './csv-values';

/** Files larger than this are refused before reading: a real spreadsheet of letters is a few kilobytes. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;
const BOM = '\uFEFF';
/** Header index → column key (or null to ignore the column). */
export type ColumnMapping = (string | null)[];

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

/** A CSV file split into its header row and rows, with the problems the reader found. */
export interface ParsedCsv {
  delimiter: string;
  headers: string[];
  rows: string[][];
  errors: CsvRowError[];
}

/** Splits a CSV file (any of , ; tab | as separator; a BOM is skipped); throws when it is too large or empty. */
export function parseCsv(text: string): ParsedCsv {
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
  const { headers } = parseCsv(text);
  let best: { kind: CsvKind; score: number } | undefined;
  for (const kind of Object.keys(CSV_COLUMNS) as CsvKind[]) {
    const mapping = guessMapping(kind, headers);
    const required = CSV_COLUMNS[kind].filter((c) => c.required).every((c) => mapping.includes(c.key));
    const score = mapping.filter(Boolean).length;
    if (required && score > (best?.score ?? 0)) best = { kind, score };
  }
  return best?.kind;
}

/** The problems with a mapping: keys of another kind and required columns no header maps to. */
export function checkMapping(
  kind: CsvKind,
  parsed: ParsedCsv,
  mapping: ColumnMapping,
): { missing: string[]; errors: CsvRowError[] } {
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

/** Records to write as one row each, by what each column reads from (a letters row has a writer and a letter). */
export type CsvLine = Partial<Record<string, Record<string, unknown>>>;

/** One cell of an export: the record's field as the column writes it. */
function cellOf(column: CsvColumn, record: Record<string, unknown> | undefined): string {
  let value: unknown = record;
  for (const part of column.field.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (column.write) return record ? column.write(value) : '';
  return value === undefined || value === null ? '' : String(value);
}

/** The CSV text of one kind: a BOM for Excel, a header row, Windows line ends; formula-like cells are escaped. */
export function csvText(kind: CsvKind, lines: CsvLine[]): string {
  const columns = CSV_COLUMNS[kind];
  const data = lines.map((records) => columns.map((column) => cellOf(column, records[column.target])));
  return (
    BOM +
    Papa.unparse({ fields: columns.map((column) => column.header), data }, { newline: '\r\n', escapeFormulae: true })
  );
}

/** A file name for a CSV export, e.g. strongletter-deadlines-2026-09-24.csv. */
export function csvFileName(kind: CsvKind, date: string): string {
  return `strongletter-${kind}-${date}.csv`;
}
