/**
 * The season picture as pure geometry: which lanes (milestones, deadlines, follow-ups, one per writer),
 * which markers sit where, and which of them merge into one counted marker. The options page draws it as
 * SVG; nothing here touches the DOM, so the layout is tested in Node.
 */
import type { Deadline, Letter, LetterStage, Writer } from '@/lib/core/model/schema';
import { STAGE_LABELS, STAGE_PATH } from '@/lib/core/model/schema';
import { addDays, dayNumber } from './dates';

export type SeasonShape = 'milestone' | 'deadline' | 'follow-up' | 'stage' | 'step' | 'target';
export type SeasonState = 'done' | 'overdue' | 'upcoming';

/** One dated thing on the picture. */
export interface SeasonItem {
  id: string;
  laneId: string;
  date: string;
  title: string;
  shape: SeasonShape;
  state: SeasonState;
  /** A milestone estimated from the usual pattern rather than published. */
  estimated?: boolean;
}

/** A horizontal lane; writer lanes carry the letter's stage and its upload target. */
export interface SeasonLaneInput {
  id: string;
  label: string;
  /** For a writer: the stage reached and the date the letter should be uploaded by. */
  letter?: { stage: LetterStage; targetUploadDate?: string };
}

const OPEN_UNTIL_UPLOADED = STAGE_PATH.slice(0, STAGE_PATH.indexOf('uploaded'));
const STEPS_TO_UPLOAD = STAGE_PATH.indexOf('uploaded');

/** How far a letter has come: steps reached out of the steps to an uploaded letter (prospect is 0). */
export function letterProgress(stage: LetterStage): { reached: number; of: number } {
  const index = (STAGE_PATH as readonly string[]).indexOf(stage);
  return { reached: Math.min(Math.max(index, 0), STEPS_TO_UPLOAD), of: STEPS_TO_UPLOAD };
}

function stateOf(date: string, done: boolean, today: string): SeasonState {
  if (done) return 'done';
  return date < today ? 'overdue' : 'upcoming';
}

const FIXED_LANES: SeasonLaneInput[] = [
  { id: 'milestones', label: 'Match milestones' },
  { id: 'deadlines', label: 'Program and personal deadlines' },
  { id: 'follow-ups', label: 'Outreach follow-ups' },
];

/** Turns the user's records into lanes and dated items; hidden deadlines and closed letters are left out. */
export function seasonItems(
  deadlines: Deadline[],
  letters: Letter[],
  writers: Writer[],
  today: string,
): { lanes: SeasonLaneInput[]; items: SeasonItem[] } {
  const items: SeasonItem[] = [];
  const letterLanes = new Map<string, SeasonLaneInput>();
  const names = new Map(writers.map((writer) => [writer.id, writer.name]));
  for (const letter of letters) {
    if (letter.stage === 'declined' || letter.stage === 'withdrawn') continue;
    const laneId = `letter:${letter.id}`;
    letterLanes.set(letter.id, {
      id: laneId,
      label: names.get(letter.writerId) ?? 'A writer',
      letter: { stage: letter.stage, targetUploadDate: letter.targetUploadDate },
    });
    for (const [stage, date] of Object.entries(letter.stageDates) as [LetterStage, string | undefined][]) {
      if (!date || stage === 'prospect') continue;
      items.push({ id: `${laneId}:${stage}`, laneId, date, title: STAGE_LABELS[stage], shape: 'stage', state: 'done' });
    }
    if (letter.targetUploadDate) {
      const open = (OPEN_UNTIL_UPLOADED as readonly string[]).includes(letter.stage);
      items.push({
        id: `${laneId}:target`,
        laneId,
        date: letter.targetUploadDate,
        title: 'Upload by this date',
        shape: 'target',
        state: stateOf(letter.targetUploadDate, !open, today),
      });
    }
  }
  for (const deadline of deadlines) {
    if (deadline.hidden) continue;
    const base = { id: deadline.id, date: deadline.dueDate, title: deadline.title };
    const state = stateOf(deadline.dueDate, deadline.done, today);
    if (deadline.kind === 'milestone')
      items.push({ ...base, laneId: 'milestones', shape: 'milestone', state, estimated: !!deadline.estimated });
    else if (deadline.kind === 'outreach-follow-up')
      items.push({ ...base, laneId: 'follow-ups', shape: 'follow-up', state });
    else if (deadline.kind === 'letter-step' && deadline.concerns && letterLanes.has(deadline.concerns.id))
      items.push({ ...base, laneId: `letter:${deadline.concerns.id}`, shape: 'step', state });
    else items.push({ ...base, laneId: 'deadlines', shape: 'deadline', state });
  }
  // Milestones always show; the other fixed lanes only when something is in them.
  const used = new Set(items.map((item) => item.laneId));
  const fixed = FIXED_LANES.filter((lane) => lane.id === 'milestones' || used.has(lane.id));
  return { lanes: [...fixed, ...letterLanes.values()], items };
}

/** The Match Day this season runs to: the built-in milestone when present, else the usual third Friday of March. */
export function seasonEnd(deadlines: Deadline[], cycleYear: number): string {
  const matchDay = deadlines.find((d) => d.id === `builtin:${cycleYear}:match-day`);
  return matchDay?.dueDate ?? `${cycleYear}-03-20`;
}

export interface SeasonMonth {
  key: string;
  label: string;
  /** Written under the first month and every January. */
  year?: string;
  x: number;
  width: number;
}

export interface SeasonMarker {
  key: string;
  laneId: string;
  x: number;
  y: number;
  /** One item, or several close together in the same lane shown as one counted marker. */
  items: SeasonItem[];
  shape: SeasonShape | 'group';
  /** Overdue when any item is; done only when all are. */
  state: SeasonState;
  estimated: boolean;
  /** What a reader hears and sees: the item's title, or "12 follow-ups". */
  label: string;
  /** A short text drawn beside the marker, when there is room for it. */
  caption?: { text: string; x: number; y: number; anchor: 'start' | 'end' };
}

export interface SeasonLane extends SeasonLaneInput {
  y: number;
  /** The letter's track: from its first mark to its upload target. */
  track?: { x1: number; x2: number; overdue: boolean };
  /** The stage as words, e.g. "Agreed, 3 of 6 steps". */
  status?: string;
}

export interface SeasonLayout {
  width: number;
  height: number;
  start: string;
  end: string;
  months: SeasonMonth[];
  todayX: number;
  lanes: SeasonLane[];
  markers: SeasonMarker[];
  /** Items before the first day shown that are still open, pinned to the left edge. */
  earlier: number;
}

export interface SeasonLayoutOptions {
  today: string;
  /** The last day to show (Match Day); the picture runs to the end of its month. */
  end: string;
  /** Width available; the picture never squeezes a month below `minMonthWidth`. */
  width: number;
  minMonthWidth?: number;
  /** Markers closer than this in one lane become one counted marker. */
  mergeDistance?: number;
}

const LOOK_BACK_DAYS = 7;
const NEAR_DAYS = 42;
const NEAR_SHARE = 0.3;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADER = 34;
const LANE_HEIGHT = 46;
/** The milestone lane has room for two rows of captions above its markers. */
const MILESTONE_LANE_HEIGHT = 60;
const PAD = 12;
const CHAR_WIDTH = 6.2;

/** The first days of each month from `start`'s month to `end`'s month, inclusive. */
export function monthStarts(start: string, end: string): string[] {
  let [year, month] = start.split('-').map(Number);
  const months: string[] = [];
  const stop = end.slice(0, 7);
  for (let key = `${year}-${String(month).padStart(2, '0')}`; key <= stop; ) {
    months.push(`${key}-01`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

const PLURALS: Record<SeasonShape, [string, string]> = {
  milestone: ['milestone', 'milestones'],
  deadline: ['deadline', 'deadlines'],
  'follow-up': ['follow-up', 'follow-ups'],
  stage: ['stage reached', 'stages reached'],
  step: ['step', 'steps'],
  target: ['upload target', 'upload targets'],
};

function groupLabel(items: SeasonItem[]): string {
  const shapes = new Set(items.map((item) => item.shape));
  if (items.length === 1) return items[0].title;
  const [one, many] = shapes.size === 1 ? PLURALS[items[0].shape] : ['item', 'items'];
  const count = `${items.length} ${items.length === 1 ? one : many}`;
  // A few milestones together are each worth naming.
  return items.length <= 3 && shapes.has('milestone') ? `${count}: ${items.map((i) => i.title).join('; ')}` : count;
}

function worstState(items: SeasonItem[]): SeasonState {
  if (items.some((item) => item.state === 'overdue')) return 'overdue';
  return items.every((item) => item.state === 'done') ? 'done' : 'upcoming';
}

/** Lays the season out: months across from today's month to Match Day's, one lane per row, close markers merged. */
export function layoutSeason(
  lanes: SeasonLaneInput[],
  items: SeasonItem[],
  options: SeasonLayoutOptions,
): SeasonLayout {
  const { today } = options;
  const end = options.end < today ? addDays(today, 60) : options.end;
  // A few days before today stay in view, so what just slipped past is still seen.
  const start = addDays(today, -LOOK_BACK_DAYS);
  const starts = monthStarts(start, end);
  // The day after the last month shown: the first of the month after Match Day's.
  const last = `${addDays(`${end.slice(0, 7)}-01`, 31).slice(0, 7)}-01`;
  const scale = seasonScale(start, today, last, options.width, options.minMonthWidth ?? 34);
  const { width, xOf } = scale;
  const months = starts.map((first, index) => {
    const [year, month] = first.split('-').map(Number);
    const x = xOf(first < start ? start : first);
    const next = xOf(starts[index + 1] ?? last);
    return {
      key: first.slice(0, 7),
      label: MONTH_NAMES[month - 1],
      year: index === 0 || month === 1 ? String(year) : undefined,
      x,
      width: next - x,
    };
  });
  // Past things that are finished are history; open ones stay visible at the left edge.
  const shown = items.filter((item) => item.date <= last && (item.date >= start || item.state === 'overdue'));
  let top = HEADER;
  const placedLanes = lanes.map((lane) => {
    const height = lane.id === 'milestones' ? MILESTONE_LANE_HEIGHT : LANE_HEIGHT;
    top += height;
    return placeLane(lane, top - 14, shown, xOf, today);
  });
  const markers = placedLanes.flatMap((lane) =>
    mergeMarkers(
      lane,
      shown.filter((item) => item.laneId === lane.id),
      xOf,
      options.mergeDistance ?? 24,
    ),
  );
  placeCaptions(markers, width - PAD);
  return {
    width,
    height: top + 6,
    start,
    end,
    months,
    todayX: xOf(today),
    lanes: placedLanes,
    markers,
    earlier: shown.filter((item) => item.date < start).length,
  };
}

/**
 * Where each day sits. The weeks just ahead, where most of the work is, get a larger share of the width
 * (NEAR_SHARE for today − LOOK_BACK_DAYS to today + NEAR_DAYS); the months after share the rest evenly by day.
 * A later month is never narrower than `minMonth`: the picture grows wider (and scrolls) instead.
 */
export function seasonScale(start: string, today: string, last: string, available: number, minMonth: number) {
  const [from, to] = [dayNumber(start), dayNumber(last)];
  const near = Math.min(dayNumber(today) + NEAR_DAYS, to);
  const nearDays = near - from;
  const farDays = to - near;
  const share = farDays > 3 * nearDays ? NEAR_SHARE : nearDays / (to - from);
  const farMonths = farDays / 30.4;
  const needed = share < 1 ? (farMonths * minMonth * 30.4) / 28 / (1 - share) : 0;
  const width = Math.max(available, needed + 2 * PAD);
  const plot = width - 2 * PAD;
  const xOf = (date: string) => {
    const day = Math.min(Math.max(dayNumber(date), from), to);
    if (day <= near) return PAD + ((day - from) / Math.max(nearDays, 1)) * share * plot;
    return PAD + share * plot + ((day - near) / Math.max(farDays, 1)) * (1 - share) * plot;
  };
  return { width, xOf };
}

function placeLane(
  lane: SeasonLaneInput,
  y: number,
  items: SeasonItem[],
  xOf: (date: string) => number,
  today: string,
): SeasonLane {
  const placed: SeasonLane = { ...lane, y };
  if (!lane.letter) return placed;
  const { reached, of } = letterProgress(lane.letter.stage);
  placed.status = `${STAGE_LABELS[lane.letter.stage]}, ${reached} of ${of} steps`;
  const dates = items.filter((item) => item.laneId === lane.id).map((item) => item.date);
  const target = lane.letter.targetUploadDate;
  if (!target) {
    placed.status += ', no upload date yet';
    return placed;
  }
  const first = [...dates, today].sort()[0];
  placed.track = {
    x1: xOf(first),
    x2: xOf(target),
    overdue: target < today && (OPEN_UNTIL_UPLOADED as readonly string[]).includes(lane.letter.stage),
  };
  return placed;
}

function mergeMarkers(
  lane: SeasonLane,
  items: SeasonItem[],
  xOf: (date: string) => number,
  distance: number,
): SeasonMarker[] {
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const clusters: SeasonItem[][] = [];
  for (const item of sorted) {
    const current = clusters.at(-1);
    if (current && xOf(item.date) - xOf(current[0].date) < distance) current.push(item);
    else clusters.push([item]);
  }
  return clusters.map((cluster) => {
    const x = cluster.reduce((sum, item) => sum + xOf(item.date), 0) / cluster.length;
    return {
      key: `${lane.id}:${cluster[0].id}`,
      laneId: lane.id,
      x,
      y: lane.y,
      items: cluster,
      shape: cluster.length === 1 ? cluster[0].shape : 'group',
      state: worstState(cluster),
      estimated: cluster.every((item) => item.estimated),
      label: groupLabel(cluster),
    };
  });
}

/**
 * Short words beside milestone markers, in two rows. The last one (Match Day) is placed first so it is
 * always named; the others go left to right, skipped where they would run into words already placed.
 */
function placeCaptions(markers: SeasonMarker[], right: number): void {
  const rows: [number, number][][] = [[], []];
  const milestones = markers.filter((m) => m.laneId === 'milestones').sort((a, b) => a.x - b.x);
  const order = milestones.length ? [milestones[milestones.length - 1], ...milestones.slice(0, -1)] : [];
  for (const marker of order) {
    const last = marker.items.at(-1);
    // A merged group is named by its last item (Match Day after Match Week), with how many more it holds.
    const text =
      marker.items.length > 1 && last
        ? `${shortTitle(last.title)} +${marker.items.length - 1}`
        : shortTitle(marker.label);
    const textWidth = text.length * CHAR_WIDTH;
    // Near the right edge the words run leftwards from the marker instead.
    const anchor = marker.x - 4 + textWidth > right ? 'end' : 'start';
    const from = anchor === 'start' ? marker.x - 4 : marker.x + 4 - textWidth;
    const to = from + textWidth;
    const row = rows.findIndex((taken) => taken.every(([a, b]) => to + 8 < a || from > b + 8));
    if (row < 0) continue;
    rows[row].push([from, to]);
    marker.caption = { text, x: anchor === 'start' ? marker.x - 4 : marker.x + 4, y: marker.y - 12 - row * 12, anchor };
  }
}

/** "ERAS: applications can be submitted" → "Applications can be submitted", cut to a few words. */
export function shortTitle(title: string): string {
  const plain = title.replace(/^[A-Za-z]+:\s*/, '').replace(/\s*\(.*\)$/, '');
  const words = plain.split(/\s+/);
  const short = words.slice(0, 4).join(' ');
  const text = short.length < plain.length ? `${short}…` : plain;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
