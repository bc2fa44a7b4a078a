/**
 * The season as a picture: months across from today to Match Day, milestones, deadlines, follow-ups
 * and one lane per writer, drawn as SVG from the pure layout in lib/core/calendar/season-picture.
 * Every marker is a button; focusing or clicking it lists what it stands for. A table says the same in words.
 */
import { useEffect, useRef, useState } from 'react';
import {
  layoutSeason,
  type SeasonItem,
  type SeasonLayout,
  type SeasonMarker,
  seasonEnd,
  seasonItems,
} from '@/lib/core/calendar/season-picture';
import { type Deadline, type Letter, todayIso, type Writer } from '@/lib/data';
import { SeasonLegend, SeasonMarkerShape } from './SeasonShapes';
import { readableDate, SeasonTable } from './SeasonTable';

interface Props {
  cycleYear: number;
  deadlines: Deadline[];
  letters: Letter[];
  writers: Writer[];
  /** Today on the user's clock; tests pass a fixed day. */
  today?: string;
}

const STATE_WORDS: Record<SeasonItem['state'], string> = { done: 'done', overdue: 'overdue', upcoming: '' };

/** What a marker says to a screen reader: lane, what, when, and state. */
function markerName(marker: SeasonMarker, laneLabel: string): string {
  const first = marker.items[0];
  const last = marker.items.at(-1) ?? first;
  const when =
    first.date === last.date ? readableDate(first.date) : `${readableDate(first.date)} to ${readableDate(last.date)}`;
  const state = STATE_WORDS[marker.state];
  const estimated = marker.shape === 'milestone' && marker.estimated ? ', estimated date' : '';
  return `${laneLabel}: ${marker.label}, ${when}${estimated}${state ? `, ${state}` : ''}`;
}

/** Follows the width the picture has, so it fills the page and never squeezes below its minimum. */
function useWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export function SeasonPicture({ cycleYear, deadlines, letters, writers, today = todayIso() }: Props) {
  const [ref, width] = useWidth(720);
  const [openKey, setOpenKey] = useState<string>();
  const { lanes, items } = seasonItems(deadlines, letters, writers, today);
  const end = seasonEnd(deadlines, cycleYear);
  const layout = layoutSeason(lanes, items, { today, end, width: Math.max(width, 320) });
  const open = layout.markers.find((marker) => marker.key === openKey);
  const laneLabel = (id: string) => layout.lanes.find((lane) => lane.id === id)?.label ?? '';
  return (
    <figure className="sl-season">
      <figcaption id="season-caption">
        From today to Match Day ({readableDate(end)}). Focus or click a marker to list what it stands for.
      </figcaption>
      <div ref={ref} className="sl-season-scroll">
        {/* biome-ignore lint/a11y/useSemanticElements: the picture's markers are grouped under its caption; a fieldset cannot hold SVG */}
        <svg
          role="group"
          aria-labelledby="season-caption"
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="sl-season-svg"
        >
          <Backdrop layout={layout} />
          {layout.markers.map((marker) => (
            // biome-ignore lint/a11y/useSemanticElements: an SVG marker cannot be an HTML button
            <g
              key={marker.key}
              role="button"
              tabIndex={0}
              aria-label={markerName(marker, laneLabel(marker.laneId))}
              aria-expanded={marker.items.length > 1 ? marker.key === openKey : undefined}
              aria-controls="season-details"
              className="sl-sp-marker"
              onFocus={() => setOpenKey(marker.key)}
              onClick={() => setOpenKey(marker.key)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setOpenKey(undefined);
                else if (event.key === 'Enter' || event.key === ' ') setOpenKey(marker.key);
                else return;
                event.preventDefault();
              }}
            >
              <SeasonMarkerShape marker={marker} />
            </g>
          ))}
        </svg>
      </div>
      <div id="season-details" className="sl-season-details" aria-live="polite">
        {open ? <MarkerDetails marker={open} laneLabel={laneLabel(open.laneId)} /> : null}
      </div>
      <SeasonLegend />
      <details>
        <summary>The season as a table</summary>
        <SeasonTable layout={layout} />
      </details>
    </figure>
  );
}

/** Month bands, month names, lane names and tracks, and the today line: everything that is not a marker. */
function Backdrop({ layout }: { layout: SeasonLayout }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; the table says what this draws
    <g aria-hidden="true">
      {layout.months.map((month, index) => (
        <g key={month.key}>
          <rect
            x={month.x}
            y={0}
            width={month.width}
            height={layout.height}
            className={index % 2 ? 'sl-sp-band' : 'sl-sp-band-alt'}
          />
          {month.width >= 26 && (
            <text x={month.x + 4} y={14} className="sl-sp-month">
              {month.label}
            </text>
          )}
          {month.year && month.width >= 26 && (
            <text x={month.x + 4} y={27} className="sl-sp-year">
              {month.year}
            </text>
          )}
        </g>
      ))}
      {layout.lanes.map((lane) => (
        <g key={lane.id}>
          <text x={6} y={lane.y - (lane.id === 'milestones' ? 38 : 16)} className="sl-sp-lane">
            {lane.label}
            {lane.status ? <tspan className="sl-sp-status"> · {lane.status}</tspan> : null}
          </text>
          {lane.track ? (
            <>
              <line
                x1={lane.track.x1}
                x2={Math.min(layout.todayX, lane.track.x2)}
                y1={lane.y}
                y2={lane.y}
                className={lane.track.overdue ? 'sl-sp-track sl-sp-overdue-stroke' : 'sl-sp-track'}
              />
              {lane.track.x2 > layout.todayX && (
                <line
                  x1={Math.max(layout.todayX, lane.track.x1)}
                  x2={lane.track.x2}
                  y1={lane.y}
                  y2={lane.y}
                  className="sl-sp-track sl-sp-ahead"
                />
              )}
            </>
          ) : (
            <line x1={6} x2={layout.width - 6} y1={lane.y} y2={lane.y} className="sl-sp-rule" />
          )}
        </g>
      ))}
      {layout.markers.map(({ key, caption }) =>
        caption ? (
          <text key={key} x={caption.x} y={caption.y} textAnchor={caption.anchor} className="sl-sp-caption">
            {caption.text}
          </text>
        ) : null,
      )}
      <line x1={layout.todayX} x2={layout.todayX} y1={20} y2={layout.height} className="sl-sp-today" />
      <text x={layout.todayX + 3} y={layout.height - 4} className="sl-sp-today-label">
        Today
      </text>
    </g>
  );
}

function MarkerDetails({ marker, laneLabel }: { marker: SeasonMarker; laneLabel: string }) {
  return (
    <>
      <p className="sl-season-details-title">
        <strong>{marker.label}</strong> <span className="sl-muted">· {laneLabel}</span>
      </p>
      <ul aria-label={`${marker.label} (${laneLabel})`}>
        {marker.items.map((item) => (
          <li key={item.id} className={item.state === 'overdue' ? 'sl-error' : undefined}>
            {readableDate(item.date)}: {item.title}
            {item.estimated ? ' (estimated date)' : ''}
            {STATE_WORDS[item.state] ? ` (${STATE_WORDS[item.state]})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
