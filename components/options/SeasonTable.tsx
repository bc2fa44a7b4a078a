/** The season picture in words: every item on it, in date order, as a table. */

import { dayNumber } from '@/lib/core/calendar/dates';
import type { SeasonLayout } from '@/lib/core/calendar/season-picture';

const DATE_FORMAT = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Nov 3, 2026" for a calendar date. */
export function readableDate(date: string): string {
  return DATE_FORMAT.format(new Date(dayNumber(date) * 86_400_000));
}

const STATE_LABELS = { done: 'Done', overdue: 'Overdue', upcoming: 'Ahead' } as const;

export function SeasonTable({ layout }: { layout: SeasonLayout }) {
  const lanes = new Map(layout.lanes.map((lane) => [lane.id, lane]));
  const rows = layout.markers
    .flatMap((marker) => marker.items)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const writerLanes = layout.lanes.filter((lane) => lane.status);
  return (
    <>
      {writerLanes.length > 0 && (
        <ul aria-label="Letters">
          {writerLanes.map((lane) => (
            <li key={lane.id}>
              {lane.label}: {lane.status}
              {lane.track?.overdue ? ' (upload overdue)' : ''}
            </li>
          ))}
        </ul>
      )}
      <table className="sl-table">
        <caption className="sl-sr">Everything on the season picture, by date</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Lane</th>
            <th scope="col">What</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr key={`${item.laneId}:${item.id}`}>
              <td>{readableDate(item.date)}</td>
              <td>{lanes.get(item.laneId)?.label}</td>
              <td>
                {item.title}
                {item.estimated ? ' (estimated date)' : ''}
              </td>
              <td className={item.state === 'overdue' ? 'sl-error' : undefined}>{STATE_LABELS[item.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
