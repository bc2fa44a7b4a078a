/** The match-phase cards of the Next tab: the plan B (actions to deadlines in one click) and the SOAP checklist. */
import { browser } from 'wxt/browser';
import { PLAN_B_AREA_LABELS } from '@/lib/core/model/notes';
import { planBComplete, SOAP_CHECKLIST } from '@/lib/core/plan-b';
import { planBActionToDeadline, saveNote } from '@/lib/data';
import { write } from './notify';
import { useNote } from './useNote';

const monthName = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
};

// A plan holds at most three actions, in a fixed order.
const ROW_KEYS = ['first', 'second', 'third'];

const openPlanB = () => browser.tabs.create({ url: browser.runtime.getURL('/options.html#plan-b') });

/** The plan B card, shown once the match phase begins. */
export function PlanBCard({ onError }: { onError: (message: string | undefined) => void }) {
  const plan = useNote('plan-b');
  if (plan === undefined) return null;
  const actions = plan?.actions ?? [];
  return (
    <section aria-labelledby="plan-b-heading" className="sl-card">
      <h2 id="plan-b-heading" className="sl-h2">
        Plan B
      </h2>
      {!planBComplete(plan ?? undefined) && (
        <p className="sl-meta">
          If the Match does not work out: three concrete actions with target months, and one person who knows the plan.
        </p>
      )}
      {actions.length > 0 && (
        <ul className="sl-list" aria-label="Plan B actions">
          {actions.map((action, index) => (
            <li key={ROW_KEYS[index]} className="sl-row">
              <span>
                {action.text}{' '}
                <span className="sl-meta">
                  ({PLAN_B_AREA_LABELS[action.area]}, by {monthName(action.targetMonth)})
                </span>
              </span>
              {action.deadlineId ? (
                <span className="sl-meta">Deadline added</span>
              ) : (
                <button type="button" onClick={async () => onError(await write(() => planBActionToDeadline(index)))}>
                  Add as deadline<span className="sl-sr">: {action.text}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {plan?.toldTo ? <p className="sl-meta">Told: {plan.toldTo}</p> : null}
      <button type="button" onClick={openPlanB}>
        {actions.length ? 'Edit plan B' : 'Write plan B'}
      </button>
    </section>
  );
}

/** The SOAP readiness checklist, in the two weeks before Match Week and during it. */
export function SoapChecklist({ onError }: { onError: (message: string | undefined) => void }) {
  const note = useNote('soap-checklist');
  if (note === undefined) return null;
  const checked = new Set(note?.checked ?? []);
  const toggle = async (id: string, on: boolean) => {
    const next = SOAP_CHECKLIST.map((item) => item.id).filter((item) => (item === id ? on : checked.has(item)));
    onError(await write(() => saveNote({ id: 'soap-checklist', checked: next })));
  };
  return (
    <section aria-labelledby="soap-heading" className="sl-card">
      <h2 id="soap-heading" className="sl-h2">
        Ready for SOAP
      </h2>
      <p className="sl-meta">
        {checked.size} of {SOAP_CHECKLIST.length} ready. If you do not match, SOAP moves fast in Match Week.
      </p>
      <ul className="sl-list">
        {SOAP_CHECKLIST.map((item) => (
          <li key={item.id}>
            <label className="sl-check">
              <input
                type="checkbox"
                checked={checked.has(item.id)}
                onChange={(e) => toggle(item.id, e.target.checked)}
              />
              {item.text}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
