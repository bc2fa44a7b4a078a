/** Where you are in the season: phase, step and the next milestone with the days left, in one line. */
import { daysLeftText, PHASE_LABELS, STEP_LABELS, seasonPosition } from '@/lib/core/calendar/season';
import type { Settings } from '@/lib/platform/settings';

/** The season line under the popup's heading. */
export function SeasonLine({ settings, today }: { settings: Settings; today: string }) {
  const position = seasonPosition(settings.cycleYear, today, settings.specialty);
  const next = position.next;
  return (
    <p className="sl-season" data-testid="season-line">
      <strong>
        {PHASE_LABELS[position.phase]}
        {position.phase !== 'after-match' && `: ${STEP_LABELS[position.step]}`}
      </strong>
      {next ? (
        <span>
          {' '}
          · Next: {next.milestone.title} {daysLeftText(next.daysLeft)}
          {next.milestone.estimated ? ' (estimated)' : ''}
        </span>
      ) : (
        <span> · Match {settings.cycleYear} is over; set your next Match year in Options.</span>
      )}
    </p>
  );
}
