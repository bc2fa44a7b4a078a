/** Season: the picture of the months to Match Day, from the deadlines, letters and writers stored. */
import { useLiveQuery } from 'dexie-react-hooks';
import { listDeadlines, listLetters, listWriters } from '@/lib/data';
import { useSettings } from './hooks';
import { SeasonPicture } from './SeasonPicture';

export function SeasonSection() {
  const settings = useSettings();
  const deadlines = useLiveQuery(() => listDeadlines(), []);
  const letters = useLiveQuery(() => listLetters(), []);
  const writers = useLiveQuery(() => listWriters(), []);
  if (!deadlines || !settings) return <p>Loading…</p>;
  return (
    <SeasonPicture
      cycleYear={settings.cycleYear}
      deadlines={deadlines}
      letters={letters ?? []}
      writers={writers ?? []}
    />
  );
}
