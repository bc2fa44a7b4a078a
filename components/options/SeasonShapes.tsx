/** The season picture's marker shapes and their legend: shape says what a thing is, colour says its state. */
import type { SeasonMarker, SeasonShape } from '@/lib/core/calendar/season-picture';

type Drawn = Pick<SeasonMarker, 'shape' | 'state' | 'estimated' | 'items'> & { x: number; y: number };

const STATE_CLASS = { done: 'sl-sp-done', overdue: 'sl-sp-overdue', upcoming: 'sl-sp-upcoming' } as const;

function Shape({ shape, x, y, estimated }: { shape: SeasonShape; x: number; y: number; estimated?: boolean }) {
  switch (shape) {
    case 'milestone':
      return (
        <path
          d={`M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z`}
          className={estimated ? 'sl-sp-shape sl-sp-estimated' : 'sl-sp-shape'}
        />
      );
    case 'deadline':
      return <rect x={x - 5} y={y - 5} width={10} height={10} className="sl-sp-shape" />;
    case 'follow-up':
      return <circle cx={x} cy={y} r={5} className="sl-sp-shape" />;
    case 'stage':
      return <circle cx={x} cy={y} r={4} className="sl-sp-shape sl-sp-reached" />;
    case 'step':
      return <circle cx={x} cy={y} r={4} className="sl-sp-shape sl-sp-hollow" />;
    case 'target':
      return <path d={`M${x} ${y + 7}V${y - 9}L${x + 9} ${y - 5}L${x} ${y - 1}`} className="sl-sp-shape sl-sp-flag" />;
  }
}

/** One marker: its shape, or a counted badge for a group, with a ring that shows keyboard focus. */
export function SeasonMarkerShape({ marker }: { marker: Drawn }) {
  const { x, y } = marker;
  const count = String(marker.items.length);
  const badge = 10 + count.length * 7;
  return (
    <g className={STATE_CLASS[marker.state]}>
      <circle cx={x} cy={y} r={marker.shape === 'group' ? badge / 2 + 5 : 11} className="sl-sp-ring" />
      {marker.shape === 'group' ? (
        <>
          <rect x={x - badge / 2} y={y - 8} width={badge} height={16} rx={8} className="sl-sp-group" />
          <text x={x} y={y + 4} textAnchor="middle" className="sl-sp-count">
            {count}
          </text>
        </>
      ) : (
        <Shape shape={marker.shape} x={x} y={y} estimated={marker.estimated} />
      )}
    </g>
  );
}

const LEGEND: [string, Drawn][] = [
  ['Official milestone', { shape: 'milestone', state: 'upcoming', estimated: false, items: [], x: 9, y: 9 }],
  ['Estimated milestone', { shape: 'milestone', state: 'upcoming', estimated: true, items: [], x: 9, y: 9 }],
  ['Deadline', { shape: 'deadline', state: 'upcoming', estimated: false, items: [], x: 9, y: 9 }],
  ['Follow-up', { shape: 'follow-up', state: 'upcoming', estimated: false, items: [], x: 9, y: 9 }],
  ['Letter stage reached', { shape: 'stage', state: 'done', estimated: false, items: [], x: 9, y: 9 }],
  ['Letter step ahead', { shape: 'step', state: 'upcoming', estimated: false, items: [], x: 9, y: 9 }],
  ['Upload target', { shape: 'target', state: 'upcoming', estimated: false, items: [], x: 6, y: 10 }],
  ['Overdue', { shape: 'deadline', state: 'overdue', estimated: false, items: [], x: 9, y: 9 }],
];

/** What each shape and colour means. */
export function SeasonLegend() {
  return (
    <ul className="sl-season-legend" aria-label="Legend">
      {LEGEND.map(([label, marker]) => (
        <li key={label}>
          <svg width={18} height={18} aria-hidden="true" className="sl-season-svg">
            <g className={STATE_CLASS[marker.state]}>
              <Shape shape={marker.shape as SeasonShape} x={marker.x} y={marker.y} estimated={marker.estimated} />
            </g>
          </svg>
          {label}
        </li>
      ))}
      <li>
        <svg width={26} height={18} aria-hidden="true" className="sl-season-svg">
          <g className="sl-sp-upcoming">
            <rect x={1} y={1} width={24} height={16} rx={8} className="sl-sp-group" />
            <text x={13} y={13} textAnchor="middle" className="sl-sp-count">
              12
            </text>
          </g>
        </svg>
        Several close together
      </li>
    </ul>
  );
}
