/**
 * CSV export and import for spreadsheets (papaparse): writers and letters, programs, deadlines, outreach.
 * Import is two steps: `previewCsv` reads, maps columns and checks every row without writing;
 * `importCsv` writes everything in one transaction, or nothing when any row has a problem.
 * Columns are described in docs/csv-format.md.
 */
import type { CsvKind } from '@/lib/core/formats/csv-columns';
import {
  type ColumnMapping,
  type CsvLine,
  checkMapping,
  csvText,
  dateOrderText,
  guessMapping,
  type ParsedCsv,
  parseCsv,
} from '@/lib/core/formats/csv-file';
import type { ImportPlan } from '@/lib/core/formats/csv-match';
import type { CsvRowError, DateOrderInfo, PlanOptions } from '@/lib/core/formats/csv-rows';
import type { DateOrder } from '@/lib/core/formats/csv-values';
import { ValidationError } from '@/lib/core/model/errors';
import { planImport } from './csv-plan';
import { db } from './database';

export { CSV_COLUMNS, CSV_KIND_LABELS, CSV_KINDS, type CsvColumn, type CsvKind } from '@/lib/core/formats/csv-columns';
export {
  type ColumnMapping,
  csvFileName,
  dateOrderText,
  detectCsvKind,
  guessMapping,
  MAX_CSV_BYTES,
} from '@/lib/core/formats/csv-file';
export type { CsvRowError, DateOrderInfo } from '@/lib/core/formats/csv-rows';
export type { DateOrder } from '@/lib/core/formats/csv-values';

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

async function plan(
  text: string,
  kind: CsvKind,
  mapping: ColumnMapping | undefined,
  options: PlanOptions,
): Promise<{ parsed: ParsedCsv; mapping: ColumnMapping; missing: string[]; plan: ImportPlan; errors: CsvRowError[] }> {
  const parsed = parseCsv(text);
  const finalMapping = mapping ?? guessMapping(kind, parsed.headers);
  const { missing, errors } = checkMapping(kind, parsed, finalMapping);
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

/** The CSV text of one kind, every stored record of it (see csvText). */
export async function exportCsv(kind: CsvKind): Promise<string> {
  const lines: CsvLine[] = [];
  const line = (records: CsvLine) => lines.push(records);
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
  return csvText(kind, lines);
}
