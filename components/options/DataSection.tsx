/** Data: JSON backup export/import (replace or merge, with progress), CSV export, persistence, delete everything. */
import { type ChangeEvent, useEffect, useState } from 'react';
import {
  type BackupFile,
  backupCounts,
  backupFileName,
  CSV_KIND_LABELS,
  CSV_KINDS,
  csvFileName,
  exportBackupJson,
  exportCsv,
  type PersistenceResult,
  persistenceState,
  readBackupFile,
  requestPersistence,
  restoreBackup,
  todayIso,
} from '@/lib/data';
import { DeleteAll } from './DeleteAll';
import { downloadText, errorText, notifyDataChanged } from './hooks';
import { Status } from './Status';

const PERSISTENCE_TEXT: Record<PersistenceResult, string> = {
  granted: 'Granted: the browser will not clear your data to free space.',
  denied: 'Not granted yet: the browser could clear it if the disk runs very low.',
  unsupported: 'This browser does not say.',
};

export function DataSection() {
  const [backup, setBackup] = useState<BackupFile>();
  const [mode, setMode] = useState<'replace' | 'merge'>('merge');
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [persistence, setPersistence] = useState<PersistenceResult>();
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  useEffect(() => {
    void persistenceState().then(setPersistence);
  }, []);

  async function chooseBackup(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      setBackup(await readBackupFile(file));
      setStatus({});
    } catch (error) {
      setBackup(undefined);
      setStatus({ error: `This backup cannot be used. ${errorText(error)} Nothing was changed.` });
    }
  }

  async function restore() {
    if (!backup) return;
    try {
      setProgress({ done: 0, total: 1 });
      const summary = await restoreBackup(backup, { mode, onProgress: (done, total) => setProgress({ done, total }) });
      await notifyDataChanged();
      const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
      setStatus({ message: `Backup restored (${mode}): ${total} records.` });
      setBackup(undefined);
    } catch (error) {
      setStatus({ error: `Nothing was restored. ${errorText(error)}` });
    } finally {
      setProgress(undefined);
    }
  }

  // A failed export says so instead of doing nothing.
  const exporting = (make: () => Promise<void>) => async () => {
    try {
      await make();
    } catch (error) {
      setStatus({ error: `Export failed. ${errorText(error)}` });
    }
  };
  const exportAll = exporting(async () =>
    downloadText(backupFileName(todayIso()), await exportBackupJson(), 'application/json'),
  );

  return (
    <div>
      <h3>Backup</h3>
      <div className="sl-row">
        <button type="button" onClick={exportAll}>
          Export backup (JSON)
        </button>
        <label>
          Import backup
          <input type="file" accept=".json,application/json" onChange={chooseBackup} aria-label="Import backup" />
        </label>
      </div>
      {backup && (
        <section aria-label="Backup to restore" className="sl-panel">
          <p>
            This backup holds{' '}
            {Object.entries(backupCounts(backup))
              .map(([table, n]) => `${n} ${table}`)
              .join(', ')}
            .
          </p>
          <fieldset>
            <legend>How to restore</legend>
            <label className="sl-check">
              <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              Merge: add and update records, keep the rest
            </label>
            <label className="sl-check">
              <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              Replace: everything now stored is deleted first
            </label>
          </fieldset>
          <div className="sl-row">
            <button type="button" onClick={restore} disabled={!!progress}>
              Restore backup
            </button>
            <button type="button" onClick={() => setBackup(undefined)}>
              Cancel restore
            </button>
          </div>
        </section>
      )}
      {progress && (
        <progress aria-label="Restoring backup" max={progress.total} value={progress.done}>
          {progress.done} of {progress.total}
        </progress>
      )}
      <Status {...status} />
      <h3>Spreadsheets (CSV)</h3>
      <div className="sl-row">
        {CSV_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={exporting(async () =>
              downloadText(csvFileName(kind, todayIso()), await exportCsv(kind), 'text/csv'),
            )}
          >
            Export {CSV_KIND_LABELS[kind].toLowerCase()} (CSV)
          </button>
        ))}
      </div>
      <p className="sl-muted">To import a CSV, use the import in the Deadlines section; it reads every kind.</p>
      <h3>Storage</h3>
      <p>Persistent storage: {persistence ? PERSISTENCE_TEXT[persistence] : '…'}</p>
      {persistence === 'denied' && (
        <button type="button" onClick={async () => setPersistence(await requestPersistence())}>
          Ask the browser to keep my data
        </button>
      )}
      <DeleteAll />
    </div>
  );
}
