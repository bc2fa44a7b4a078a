/** Delete all data, behind a confirmation that says how many of each record will be lost. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { clearAllData, db } from '@/lib/data';
import { syncBuiltInMilestones } from '@/lib/data/deadline-sync';
import { getSettings } from '@/lib/platform/settings';
import { errorText, notifyDataChanged } from './hooks';
import { Status } from './Status';

async function counts() {
  const [writers, letters, programs, deadlines, outreach] = await Promise.all([
    db.writers.count(),
    db.letters.count(),
    db.programs.count(),
    db.deadlines.count(),
    db.outreach.count(),
  ]);
  return { writers, letters, programs, deadlines, outreach };
}

export function DeleteAll() {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // The confirmation takes focus on the safe choice; closing it gives focus back to the button that opened it.
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  const stored = useLiveQuery(counts, []);
  const summary = stored
    ? `${stored.writers} writers, ${stored.letters} letters, ${stored.programs} programs, ${stored.deadlines} deadlines and ${stored.outreach} outreach records`
    : 'all your records';

  async function confirm() {
    try {
      await clearAllData();
      try {
        // The season's calendar is not the user's data: its milestones come back as built in.
        await syncBuiltInMilestones(await getSettings());
      } finally {
        // Whatever happened after the delete, the popup and badge must learn the data is gone.
        await notifyDataChanged();
      }
      setAsking(false);
      setStatus({ message: 'All data deleted.' });
    } catch (error) {
      setStatus({ error: errorText(error) });
    }
  }

  return (
    <div>
      <h3>Delete all data</h3>
      {asking ? (
        <div
          role="alertdialog"
          aria-label="Confirm deleting all data"
          className="sl-panel sl-danger"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setAsking(false);
          }}
        >
          <p>
            This deletes {summary} from this browser. It cannot be undone; export a backup first if you may want them
            back. Your settings are kept, and the cycle calendar's milestones come back as built in.
          </p>
          <div className="sl-row">
            <button type="button" className="sl-danger-button" onClick={confirm}>
              Delete everything
            </button>
            <button type="button" ref={keep} onClick={() => setAsking(false)}>
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <button type="button" ref={opener} onClick={() => setAsking(true)}>
          Delete all data…
        </button>
      )}
      <Status {...status} />
    </div>
  );
}
