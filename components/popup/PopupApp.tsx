/** The toolbar popup: the letter tracker. */
import { useEffect, useState } from 'react';
import { removeSampleData, requestPersistence, todayIso } from '@/lib/data';
import { EmptyState } from './EmptyState';
import { LettersView } from './LettersView';
import { NextView } from './NextView';
import { write } from './notify';
import { OutreachView } from './OutreachView';
import { ProgramsView } from './ProgramsView';
import { SeasonLine } from './SeasonLine';
import { type TabDef, Tabs } from './Tabs';
import { useSettings, useTracker } from './useTracker';
import './popup.css';

type TabId = 'next' | 'letters' | 'programs' | 'outreach';
const TABS: TabDef<TabId>[] = [
  { id: 'next', label: 'Next' },
  { id: 'letters', label: 'Letters' },
  { id: 'programs', label: 'Programs' },
  { id: 'outreach', label: 'Outreach' },
];

/** The popup: heading, sample-data banner, then the empty state or the four tabs. */
export function PopupApp() {
  const [tab, setTab] = useState<TabId>('next');
  const tracker = useTracker({ programs: tab === 'programs', outreach: tab === 'outreach' });
  const settings = useSettings();
  const [error, setError] = useState<string>();
  const empty = tracker?.empty;
  // Once there is something to lose, ask the browser not to evict it (a no-op when already granted).
  useEffect(() => {
    if (empty === false) requestPersistence().catch(() => undefined);
  }, [empty]);
  const now = new Date();

  return (
    <main className="sl-popup">
      <header className="sl-header">
        <h1>StrongLetter</h1>
        <SeasonLine settings={settings} today={todayIso(now)} />
        {tracker?.hasSample && (
          <div className="sl-banner" role="status">
            <span>You are looking at sample data.</span>
            <button type="button" onClick={async () => setError(await write(removeSampleData))}>
              Remove sample data
            </button>
          </div>
        )}
      </header>
      {error && (
        <p role="alert" className="sl-error">
          {error}
        </p>
      )}
      {!tracker ? (
        <p className="sl-muted">Loading your tracker…</p>
      ) : empty ? (
        <EmptyState />
      ) : (
        <>
          <Tabs tabs={TABS} selected={tab} onSelect={setTab} />
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="sl-panel">
            {tab === 'next' && <NextView tracker={tracker} settings={settings} now={now} onError={setError} />}
            {tab === 'letters' && <LettersView tracker={tracker} settings={settings} onError={setError} />}
            {(tab === 'programs' && !tracker.loaded.programs) || (tab === 'outreach' && !tracker.loaded.outreach) ? (
              <p className="sl-muted">Loading…</p>
            ) : null}
            {tab === 'programs' && tracker.loaded.programs && <ProgramsView tracker={tracker} settings={settings} />}
            {tab === 'outreach' && tracker.loaded.outreach && (
              <OutreachView tracker={tracker} now={now} onError={setError} />
            )}
          </div>
        </>
      )}
    </main>
  );
}
