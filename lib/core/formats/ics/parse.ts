/**
 * An .ics file to deadline inputs, pure: each event read by ical.js, repeating events expanded within a
 * window (EXDATE left out, RECURRENCE-ID replacing its date), events that cannot be read listed by line and
 * title while the others still come in. Writing is lib/data/ics-import.ts.
 */
import ICAL from 'ical.js';
import { addDays } from '@/lib/core/calendar/dates';
import { localDate, systemTimeZone } from '@/lib/core/calendar/zone';
import { problemsFrom } from '@/lib/core/model/errors';
import { type DeadlineInput, DeadlineInputSchema } from '@/lib/core/model/schema';
import { type Block, blocksOf, isCalendarText, propertyGuess } from './blocks';
import { type EventRead, type IcsProblem, readEvent } from './events';
import { deadlineIdForUid } from './ids';
import { definedZones, type Moment, occurrenceKey, startOf, wallKey } from './moments';
import { expandSeries, FILE_STEP_BUDGET, type RepeatWindow } from './recurrence';
import { settleSharedUids } from './shared-uids';
import { MAX_PER_SERIES } from './window';

/** The largest calendar file read (5 MB). */
export const MAX_ICS_BYTES = 5 * 1024 * 1024;
const MAX_TITLE = 300;

export interface IcsRead {
  /** One per event or date of a repeating event read; `id` is set (from the UID) when the file gives one. */
  deadlines: DeadlineInput[];
  /** Events that could not be read, by line and title; the others are still imported. */
  problems: IcsProblem[];
  /** Things the user should know that are not errors: shared UIDs, shortened titles. */
  notices: string[];
  /** Events left out on purpose: cancelled ones (STATUS:CANCELLED), a series or one changed date of it. */
  cancelled: number;
  /** Repeating events: how many, how many dates came in, how many had more than the cap or none in the window. */
  repeating: { series: number; dates: number; cut: number; outside: number };
  /** The dates repeating events were expanded in. */
  span: RepeatWindow;
  /** VEVENT blocks in the file. */
  events: number;
}

export interface IcsReadOptions {
  /** The user's zone: UTC times and zones only the file describes are shown in it. */
  ownZone?: string;
  /** Where repeating events are expanded; by default a year from today. */
  span?: RepeatWindow;
}

class Collector {
  readonly byKey = new Map<string, DeadlineInput>();
  readonly problems: IcsProblem[] = [];
  shortened = 0;
  private count = 0;

  constructor(private readonly ownZone: string) {}

  /** Adds one deadline for an event at a moment (a repeating event's date, or its start). */
  add(event: EventRead, moment: Moment, id: string | undefined): void {
    let { title, notes } = event;
    if (title.length > MAX_TITLE) {
      notes = notes ? `${title}\n\n${notes}` : title;
      title = `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
      this.shortened++;
    }
    const input: DeadlineInput = {
      ...(id ? { id } : {}),
      title,
      ...startOf(moment, this.ownZone),
      kind: 'personal',
      source: 'import',
      ...(notes ? { notes: notes.slice(0, 5000) } : {}),
    };
    const checked = DeadlineInputSchema.safeParse(input);
    if (!checked.success) {
      for (const problem of problemsFrom(checked.error.issues)) {
        this.problems.push({ line: event.line, title: event.title, message: problem.message });
      }
      return;
    }
    this.byKey.set(id ?? `#${this.count++}`, input);
  }
}

/** Ids of deadlines made from an event: from its UID, and for one date of a series that date. */
const idFor = (event: EventRead & { idUid?: string }, date?: Moment) =>
  event.idUid ? deadlineIdForUid(event.idUid, date ? occurrenceKey(date) : undefined) : undefined;

const matchKeys = (m: Moment) => (m.time ? [occurrenceKey(m), `W${wallKey(m)}`] : [m.date]);

function addSeries(
  out: Collector,
  master: EventRead & { idUid?: string },
  overrides: (EventRead & { idUid?: string })[],
  span: RepeatWindow,
  read: Pick<IcsRead, 'repeating' | 'cancelled'>,
  budget: { steps: number },
): void {
  const expansion = expandSeries(master.start, master.rules, master.rdates, master.exdates, span, budget);
  if (typeof expansion === 'string') {
    out.problems.push({ line: master.line, title: master.title, message: expansion });
    return;
  }
  const replaced = new Set(overrides.flatMap((o) => (o.recurrenceId ? matchKeys(o.recurrenceId) : [])));
  let dates = 0;
  for (const date of expansion.occurrences) {
    if (matchKeys(date).some((key) => replaced.has(key))) continue;
    out.add(master, date, idFor(master, date));
    dates++;
  }
  for (const change of overrides) {
    if (change.cancelled) read.cancelled++;
    else if (change.start.date >= span.from && change.start.date <= span.to) {
      out.add(change, change.start, idFor({ ...change, idUid: master.idUid }, change.recurrenceId));
      dates++;
    }
  }
  read.repeating.series++;
  read.repeating.dates += dates;
  if (expansion.cut) read.repeating.cut++;
  if (dates === 0) read.repeating.outside++;
}

/** The zones the file's VTIMEZONE blocks describe; one ical.js cannot parse is kept as unreadable. */
function fileZones(blocks: Block[]) {
  const parsed: ICAL.Component[] = [];
  const unreadable: string[] = [];
  for (const block of blocks.filter((b) => b.name === 'VTIMEZONE')) {
    try {
      if (block.unclosed) throw new Error('unclosed');
      parsed.push(new ICAL.Component(ICAL.parse(block.lines.join('\r\n'))));
    } catch {
      const tzid = propertyGuess(block, 'TZID');
      if (tzid) unreadable.push(tzid);
    }
  }
  const zones = definedZones(parsed);
  for (const tzid of unreadable) if (!zones.has(tzid)) zones.set(tzid, undefined);
  return zones;
}

/** Parses an .ics text into deadlines (source "import", kind "personal"); throws on a file that is not a calendar. */
export function parseIcs(text: string, options: IcsReadOptions = {}): IcsRead {
  if (text.length > MAX_ICS_BYTES) throw new Error('The calendar file is larger than 5 MB.');
  if (!isCalendarText(text)) throw new Error('This is not a calendar file: it has no BEGIN:VCALENDAR line.');
  const ownZone = options.ownZone ?? systemTimeZone();
  const today = localDate(new Date(), ownZone);
  const span = options.span ?? { from: today, to: addDays(today, 365), maxPerSeries: MAX_PER_SERIES };
  const blocks = blocksOf(text);
  const zones = fileZones(blocks);
  const out = new Collector(ownZone);
  const read: EventRead[] = [];
  const vevents = blocks.filter((b) => b.name === 'VEVENT');
  for (const block of vevents) {
    const event = readEvent(block, zones);
    if ('message' in event) out.problems.push(event);
    else read.push(event);
  }
  const { events, notices } = settleSharedUids(read);
  const result: IcsRead = {
    deadlines: [],
    problems: out.problems,
    notices,
    cancelled: 0,
    repeating: { series: 0, dates: 0, cut: 0, outside: 0 },
    span,
    events: vevents.length,
  };
  const budget = { steps: FILE_STEP_BUDGET };
  const repeats = (e: EventRead) => e.rules.length > 0 || e.rdates.length > 0;
  const masters = new Map(events.filter((e) => e.uid && !e.recurrenceId).map((e) => [e.uid, e]));
  const changesOf = (master: EventRead) => events.filter((e) => e.recurrenceId && e.uid === master.uid);
  for (const event of events) {
    const master = event.recurrenceId ? masters.get(event.uid) : undefined;
    if (master && (repeats(master) || master.cancelled)) continue; // handled with its series
    if (event.cancelled) {
      result.cancelled++;
      continue;
    }
    try {
      if (repeats(event)) addSeries(out, event, changesOf(event), span, result, budget);
      else out.add(event, event.start, idFor(event, event.recurrenceId));
    } catch (error) {
      // ical.js throws on a few rules it refuses (e.g. BYMONTHDAY in a weekly rule); the event is named, not lost.
      const detail = error instanceof Error ? ` (${error.message})` : '';
      out.problems.push({ line: event.line, title: event.title, message: `its dates cannot be worked out${detail}` });
    }
  }
  if (out.shortened > 0) {
    notices.push(
      `${out.shortened === 1 ? 'One title was' : `${out.shortened} titles were`} longer than ${MAX_TITLE} characters and shortened; the full title is kept in the notes.`,
    );
  }
  result.deadlines = [...out.byKey.values()];
  return result;
}
