/** Next: what is due (overdue first) and the next action for each letter, with one-click advance. */

import { defaultTargetUploadDate } from '@/lib/core/calendar/cycles';
import { weekday } from '@/lib/core/calendar/dates';
import { seasonPosition } from '@/lib/core/calendar/season';
import { todayType } from '@/lib/core/calendar/week';
import { systemTimeZone } from '@/lib/core/calendar/zone';
import { compareUrgency, describeDue, dueInfos } from '@/lib/core/due';
import { nextActions } from '@/lib/core/next-actions';
import { oneThingCandidates } from '@/lib/core/one-thing';
import { planBComplete } from '@/lib/core/plan-b';
import { letterSlots } from '@/lib/core/strength/slots';
import { advanceLetter, completeDeadline, STAGE_LABELS, todayIso } from '@/lib/data';
import type { Settings } from '@/lib/platform/settings';
import { LetterSetPicture } from './LetterSetPicture';
import { write } from './notify';
import { OneThing } from './OneThing';
import { PlanBCard, SoapChecklist } from './SeasonCards';
import { ShowMore } from './ShowMore';
import { StrengthCard, strengthOf, withWriters } from './StrengthCard';
import { useNote } from './useNote';
import type { Tracker } from './useTracker';

const ACTIVE = new Set(['overdue', 'due-today', 'due-soon']);

interface Props {
  tracker: Tracker;
  settings: Settings;
  now: Date;
  onError: (message: string | undefined) => void;
}

/** The Next tab. */
export function NextView({ tracker, settings, now, onError }: Props) {
  const today = todayIso();
  const due = dueInfos(tracker.pending, now, { defaultLeadDays: settings.reminderLeadDays })
    .filter((info) => ACTIVE.has(info.status))
    .sort(compareUrgency);
  const dayType = todayType(now, systemTimeZone(), settings.weekPlan);
  const season = seasonPosition(settings.cycleYear, today, settings.specialty);
  const plan = useNote('plan-b');
  const matchPhase = season.phase === 'match';
  // Follow-ups fall on application days; on other days they wait.
  const followUps = due.filter((info) => info.deadline.kind === 'outreach-follow-up' && dayType === 'application');
  const others = due.filter((info) => info.deadline.kind !== 'outreach-follow-up');
  const defaultTarget = defaultTargetUploadDate(settings.cycleYear, settings.targetUploadMarginDays);
  const actions = nextActions(tracker.letters, tracker.writers, today, defaultTarget);
  const candidates = oneThingCandidates({
    due,
    actions,
    dayType,
    specialty: settings.specialty,
    checkInToday: settings.checkInDay === weekday(today) ? settings.checkInGroup : undefined,
    planBMissing: matchPhase && plan !== undefined && !planBComplete(plan ?? undefined),
  });
  const strength = strengthOf(tracker.letters, tracker.writers, settings, today);
  const title = settings.specialty ? `Your letters for ${settings.specialty}` : 'Your letter set';

  return (
    <div className="sl-stack">
      <OneThing candidates={candidates} today={today} onError={onError} />
      {season.soapWindow && <SoapChecklist onError={onError} />}
      {matchPhase && <PlanBCard onError={onError} />}
      <section aria-labelledby="due-heading">
        <h2 id="due-heading" className="sl-h2">
          Due soon
        </h2>
        {others.length + followUps.length === 0 ? (
          <p className="sl-muted">Nothing due in the next days.</p>
        ) : (
          <ul className="sl-list">
            <ShowMore
              label="due items"
              items={others.map((info) => (
                <li key={info.deadline.id} className={`sl-row sl-due-${info.status}`}>
                  <span>{describeDue(info)}</span>
                  <button
                    type="button"
                    onClick={async () => onError(await write(() => completeDeadline(info.deadline.id)))}
                  >
                    Done<span className="sl-sr"> with {info.deadline.title}</span>
                  </button>
                </li>
              ))}
            />
            {followUps.length > 0 && (
              <li className={`sl-row sl-due-${followUps[0].status}`}>
                <span>
                  Follow up on {followUps.length} outreach email{followUps.length === 1 ? '' : 's'} with no reply
                </span>
              </li>
            )}
          </ul>
        )}
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading" className="sl-h2">
          Next steps
        </h2>
        {actions.length === 0 ? (
          <p className="sl-muted">Every letter is assigned. Well done.</p>
        ) : (
          <ul className="sl-list" aria-label="Next steps">
            <ShowMore
              label="next steps"
              items={actions.map((action) => (
                <li key={action.letter.id} className="sl-row">
                  <span>{action.text}</span>
                  {action.advanceTo && (
                    <button
                      type="button"
                      onClick={async () =>
                        onError(await write(() => advanceLetter(action.letter.id, action.advanceTo!, todayIso())))
                      }
                    >
                      Mark {STAGE_LABELS[action.advanceTo].toLowerCase()}
                      <span className="sl-sr"> for {action.writer.name}</span>
                    </button>
                  )}
                </li>
              ))}
            />
          </ul>
        )}
      </section>
      <StrengthCard
        strength={strength}
        title={title}
        slots={<LetterSetPicture {...letterSlots(withWriters(tracker.letters, tracker.writers), settings.specialty)} />}
      />
    </div>
  );
}
