// docs/csv-format.md describes the same columns as csv-columns.ts, for people.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_KIND_LABELS, type CsvKind } from './csv-columns';
import { hasDefault } from './csv-rows';

describe('docs/csv-format.md', () => {
  it('documents every column of every kind, with its alternatives', async () => {
    const doc = readFileSync(`${process.cwd()}/docs/csv-format.md`, 'utf8');
    for (const column of Object.values(CSV_COLUMNS).flat()) {
      if (column.field.startsWith('stageDates.')) continue; // documented as one "Prospect date … Withdrawn date" line
      expect(doc, column.header).toMatch(
        new RegExp(`\\| \\**${column.header.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\** +\\|`),
      );
      for (const alias of column.aliases ?? []) expect(doc, `${column.header} alias ${alias}`).toContain(alias);
    }
  });

  it('marks exactly the columns whose empty cell keeps a stored value, each with its default', async () => {
    const doc = readFileSync(`${process.cwd()}/docs/csv-format.md`, 'utf8');
    const sections = doc.split(/^## /m);
    for (const [kind, title] of Object.entries(CSV_KIND_LABELS) as [CsvKind, string][]) {
      const section = sections.find((s) => s.startsWith(title)) ?? '';
      for (const column of CSV_COLUMNS[kind]) {
        if (column.field.startsWith('stageDates.')) continue;
        const row = section.split('\n').find((line) => new RegExp(`^\\| \\**${column.header}\\** +\\|`).test(line));
        const marked = /_empty: default [^_]+_/.test(row ?? '');
        expect(marked, `${kind} ${column.header}`).toBe(!column.exportOnly && hasDefault(column.target, column.field));
      }
    }
  });
});
