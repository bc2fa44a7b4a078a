/** One thing today: a single recommended step with its reason, and "Not today" to move to the next pick. */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { oneThing, type Pick } from '@/lib/core/one-thing';
import { advanceLetter, completeDeadline, STAGE_LABELS, todayIso } from '@/lib/data';
import { clearNotToday, notTodayKeys, setAsideToday } from '@/lib/platform/not-today';
import { write } from './notify';

interface Props {
  candidates: Pick[];
  today: string;
  onError: (message: string | undefined) => void;
}

/** The step's own button: done, advance the letter, or open the plan B. */
function PickAction({ pick, onError }: { pick: Pick; onError: Props['onError'] }) {
  if (pick.kind === 'deadline' && pick.deadlineId) {
    const id = pick.deadlineId;
    return (
      <button type="button" onClick={async () => onError(await write(() => completeDeadline(id)))}>
        Done
      </button>
    );
  }
  const advanceTo = pick.action?.advanceTo;
  if (pick.kind === 'letter' && pick.action && advanceTo) {
    const letterId = pick.action.letter.id;
    return (
      <button
        type="button"
        onClick={async () => onError(await write(() => advanceLetter(letterId, advanceTo, todayIso())))}
      >
        Mark {STAGE_LABELS[advanceTo].toLowerCase()}
      </button>
    );
  }
  if (pick.kind === 'plan-b') {
    return (
      <button
        type="button"
        onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/options.html#plan-b') })}
      >
        Open plan B
      </button>
    );
  }
  return null;
}

/** The "One thing today" card at the top of the Next tab. */
export function OneThing({ candidates, today, onError }: Props) {
  const [setAside, setSetAside] = useState<string[]>();
  useEffect(() => {
    let live = true;
    notTodayKeys(today).then((keys) => live && setSetAside(keys));
    return () => {
      live = false;
    };
  }, [today]);
  if (!setAside) return null;
  const { pick, remaining } = oneThing(candidates, setAside);
  const notToday = async (key: string) => setSetAside(await setAsideToday(today, key));
  const again = async () => {
    await clearNotToday();
    setSetAside([]);
  };

  return (
    <section aria-labelledby="one-thing-heading" className="sl-card sl-one-thing">
      <h2 id="one-thing-heading" className="sl-h2">
        One thing today
      </h2>
      {pick ? (
        <>
          <p className="sl-one-text" data-testid="one-thing">
            {pick.text}
          </p>
          <p className="sl-meta" data-testid="one-thing-reason">
            {pick.reason}
          </p>
          <div className="sl-inline">
            <PickAction pick={pick} onError={onError} />
            {pick.kind !== 'rest' && (
              <button type="button" onClick={() => notToday(pick.key)}>
                Not today
              </button>
            )}
            {remaining > 0 && <span className="sl-meta">{remaining} more after this</span>}
          </div>
        </>
      ) : candidates.length === 0 ? (
        <p className="sl-muted">Nothing to pick today.</p>
      ) : (
        <div className="sl-inline">
          <p className="sl-muted">Every pick is set aside for today.</p>
          <button type="button" onClick={again}>
            Show them again
          </button>
        </div>
      )}
    </section>
  );
}
