/** Deadlines: the table with add/edit/done/delete, the plan back from the Match year, and CSV and calendar import/export. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { listDeadlines, listWriters, todayIso } from '@/lib/data';
import { BackwardPlanView } from './BackwardPlan';
import { CsvImport } from './CsvImport';
import { DeadlineForm } from './DeadlineForm';
import { DeadlinesTable } from './DeadlinesTable';
import { useSettings } from './hooks';
import { IcsTools } from './IcsTools';

export function DeadlinesSection() {
  const settings = useSettings();
  const [formKey, setFormKey] = useState(0);
  const deadlines = useLiveQuery(() => listDeadlines(), []);
  const writers = useLiveQuery(() => listWriters(), []);
  if (!deadlines || !settings) return <p>Loading…</p>;
  return (
    <div>
      <h3>All deadlines</h3>
      <DeadlinesTable deadlines={deadlines} />
      <h3>Add a deadline</h3>
      <DeadlineForm key={formKey} onDone={() => setFormKey((k) => k + 1)} />
      <BackwardPlanView cycleYear={settings.cycleYear} writers={writers ?? []} today={todayIso()} />
      <h3>Import from a spreadsheet (CSV)</h3>
      <CsvImport />
      <h3>Calendar</h3>
      <IcsTools deadlines={deadlines} leadDays={settings.reminderLeadDays} cycleYear={settings.cycleYear} />
    </div>
  );
}
