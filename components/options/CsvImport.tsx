/** CSV import: choose a file, map its columns, see a preview and row errors, then write all or nothing. */
import { type ChangeEvent, useState } from 'react';
import {
  type ColumnMapping,
  CSV_COLUMNS,
  CSV_KIND_LABELS,
  CSV_KINDS,
  type CsvKind,
  type CsvPreview,
  type DateOrder,
  dateOrderText,
  detectCsvKind,
  importCsv,
  previewCsv,
} from '@/lib/data';
import { errorText, notifyDataChanged } from './hooks';
import { Status } from './Status';

function countText(counts: CsvPreview['counts']): string {
  const parts = Object.entries(counts)
    .filter(([, c]) => c.add + c.update > 0)
    .map(([table, c]) => `${table}: ${c.add} new, ${c.update} updated`);
  return parts.join('; ') || 'nothing';
}

export function CsvImport({ defaultKind = 'deadlines' }: { defaultKind?: CsvKind }) {
  const [kind, setKind] = useState<CsvKind>(defaultKind);
  const [text, setText] = useState<string>();
  const [preview, setPreview] = useState<CsvPreview>();
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  /** The day/month order the user chose for dates like 05/09/2026; unset: the file decides. */
  const [dateOrder, setDateOrder] = useState<DateOrder>();

  async function show(csv: string, csvKind: CsvKind, mapping?: ColumnMapping, order = dateOrder) {
    try {
      setPreview(await previewCsv(csv, csvKind, mapping, { dateOrder: order }));
      setStatus({});
    } catch (problem) {
      setPreview(undefined);
      setText(undefined);
      setStatus({ error: `This file cannot be imported. ${errorText(problem)} Nothing was changed.` });
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const csv = await file.text();
    let detected = kind;
    try {
      detected = detectCsvKind(csv) ?? kind;
    } catch {
      // An unreadable file: the preview below reports why.
    }
    setKind(detected);
    setText(csv);
    setDateOrder(undefined);
    await show(csv, detected, undefined, undefined);
  }

  function cancel() {
    setText(undefined);
    setPreview(undefined);
    setStatus({ message: 'Import cancelled. Nothing was changed.' });
  }

  async function write() {
    if (!text || !preview) return;
    setBusy(true);
    try {
      const counts = await importCsv(text, kind, preview.mapping, {
        dateOrder,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      await notifyDataChanged();
      setText(undefined);
      setPreview(undefined);
      setStatus({ message: `Imported ${countText(counts)}.` });
    } catch (problem) {
      setStatus({ error: `Nothing was imported. ${errorText(problem)}` });
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }

  const remap = (index: number, key: string) => {
    if (!text || !preview) return;
    const mapping = [...preview.mapping];
    mapping[index] = key || null;
    void show(text, kind, mapping);
  };

  return (
    <div className="sl-csv">
      <div className="sl-row">
        <label>
          What the file holds
          <select
            value={kind}
            onChange={(e) => {
              const next = e.target.value as CsvKind;
              setKind(next);
              if (text) void show(text, next);
            }}
          >
            {CSV_KINDS.map((k) => (
              <option key={k} value={k}>
                {CSV_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Import CSV
          <input type="file" accept=".csv,text/csv,text/plain" onChange={choose} aria-label="Import CSV" />
        </label>
      </div>
      <Status {...status} />
      {preview && (
        <section aria-label="CSV preview" className="sl-panel">
          <h4>
            Preview: {preview.rowCount} rows of {CSV_KIND_LABELS[preview.kind].toLowerCase()}
          </h4>
          <table className="sl-table">
            <thead>
              <tr>
                {preview.headers.map((header, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for one file and never reorder
                  <th key={index} scope="col">
                    <label>
                      {header || `Column ${index + 1}`}
                      <select value={preview.mapping[index] ?? ''} onChange={(e) => remap(index, e.target.value)}>
                        <option value="">Ignore</option>
                        {CSV_COLUMNS[preview.kind].map((column) => (
                          <option key={column.key} value={column.key}>
                            {column.header}
                          </option>
                        ))}
                      </select>
                    </label>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.sampleRows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: sample rows are a fixed snapshot of the file
                <tr key={r}>
                  {preview.headers.map((_h, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row
                    <td key={c}>{row[c] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {preview.dateOrder && (
            <div role={preview.warnings.length ? 'alert' : undefined}>
              <p className={preview.warnings.length ? 'sl-error' : undefined}>{dateOrderText(preview.dateOrder)}</p>
              <label>
                Read dates like {preview.dateOrder.example.cell}
                <select
                  value={preview.dateOrder.order}
                  onChange={(e) => {
                    const order = e.target.value as DateOrder;
                    setDateOrder(order);
                    if (text) void show(text, kind, preview.mapping, order);
                  }}
                >
                  <option value="month-first">month first, as in the US</option>
                  <option value="day-first">day first</option>
                </select>
              </label>
            </div>
          )}
          {preview.missingColumns.length > 0 && (
            <p className="sl-error">Missing columns: {preview.missingColumns.join(', ')}</p>
          )}
          {preview.errors.length > 0 ? (
            <div role="alert">
              <p className="sl-error">
                {preview.errors.length} {preview.errors.length === 1 ? 'problem' : 'problems'} found. Fix the file and
                choose it again; nothing will be written until every row is right.
              </p>
              <ul aria-label="Row errors" className="sl-errors">
                {preview.errors.slice(0, 100).map((e) => (
                  <li key={`${e.row}-${e.column ?? ''}-${e.message}`}>{e.message}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p>Will write {countText(preview.counts)}.</p>
          )}
          {busy && (
            <p className="sl-row">
              <progress aria-label={`Importing ${preview.rowCount} rows`} max={progress?.total} value={progress?.done}>
                {progress?.done ?? 0} of {progress?.total ?? preview.rowCount}
              </progress>
              <span aria-live="polite">
                {progress ? `${Math.round((100 * progress.done) / Math.max(1, progress.total))}%` : 'Checking…'}
              </span>
            </p>
          )}
          <div className="sl-row">
            <button type="button" onClick={write} disabled={!preview.ok || busy}>
              {busy ? 'Importing…' : 'Import these rows'}
            </button>
            <button type="button" onClick={cancel}>
              Cancel import
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
