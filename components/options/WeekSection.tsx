/** Your week: a type for each weekday. Rest days keep the badge to what is due that day and hold notifications. */
import { useState } from 'react';
import { DAY_TYPE_LABELS, DAY_TYPES, type DayType, WEEKDAY_NAMES } from '@/lib/core/calendar/week';
import { useEditableSettings } from './hooks';
import { Status } from './Status';

/** "3 application, 2 clinical, 1 admin, 1 rest". */
function summary(week: readonly DayType[]): string {
  return DAY_TYPES.map((type) => `${week.filter((t) => t === type).length} ${type}`).join(', ');
}

export function WeekSection() {
  const [settings, save] = useEditableSettings();
  const [status, setStatus] = useState<{ error?: string; message?: string }>({});
  if (!settings) return <p>Loading…</p>;
  const week = settings.weekPlan;
  const change = async (day: number, type: DayType) => {
    const error = await save({ weekPlan: week.map((t, i) => (i === day ? type : t)) });
    setStatus(error ? { error } : { message: `${WEEKDAY_NAMES[day]} is now ${DAY_TYPE_LABELS[type].toLowerCase()}.` });
  };
  return (
    <div>
      <p>
        Give each day one job. On a rest day the badge counts only what is overdue or due that day, and notifications
        wait until 8:00 the next morning. Outreach follow-ups fall on application days.
      </p>
      <div className="sl-grid">
        {WEEKDAY_NAMES.map((name, day) => (
          <label key={name}>
            {name}
            <select value={week[day]} onChange={(e) => change(day, e.target.value as DayType)}>
              {DAY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {DAY_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="sl-meta" data-testid="week-summary">
        This week: {summary(week)}.
      </p>
      <Status {...status} />
    </div>
  );
}
