/** One VEVENT block read with ical.js into what an import needs, or a problem naming its line and title. */
import ICAL from 'ical.js';
import { type Block, summaryGuess } from './blocks';
import { type DefinedZones, type Moment, readMoments } from './moments';

/** An event that could not be read: the line its BEGIN:VEVENT is on, its title when it has one, and why. */
export interface IcsProblem {
  line: number;
  title?: string;
  message: string;
}

/** The title given to events nobody titled: they still mark a date. */
export const UNTITLED = 'Untitled calendar event';

export interface EventRead {
  line: number;
  uid?: string;
  title: string;
  notes?: string;
  start: Moment;
  /** RECURRENCE-ID: this event replaces one date of the repeating event with the same UID. */
  recurrenceId?: Moment;
  rules: ICAL.Recur[];
  rdates: Moment[];
  exdates: Moment[];
  cancelled: boolean;
  sequence: number;
}

/** The raw value of the first line of a property, as written (for messages about it). */
function rawValue(block: Block, name: string): string | undefined {
  const line = block.lines.find(
    (l) => l.toUpperCase().startsWith(`${name}:`) || l.toUpperCase().startsWith(`${name};`),
  );
  return line?.slice(line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/) + 1).trim();
}

function text(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? undefined : String(value).trim() || undefined;
}

/** Every value of the named date properties as moments; a message when one cannot be read. */
function allMoments(component: ICAL.Component, name: string, zones: DefinedZones): Moment[] | string {
  const moments: Moment[] = [];
  for (const prop of component.getAllProperties(name)) {
    const read = readMoments(prop, zones);
    if (typeof read === 'string') return `${name.toUpperCase()}: ${read}`;
    moments.push(...read);
  }
  return moments;
}

function readStart(block: Block, component: ICAL.Component, zones: DefinedZones): Moment | string {
  const prop = component.getFirstProperty('dtstart');
  if (!prop) return 'no start date (DTSTART)';
  const raw = rawValue(block, 'DTSTART') ?? '';
  if (!/^\d{8}(T\d{6}Z?)?$/i.test(raw)) return `the start "${raw}" is not a date`;
  const read = readMoments(prop, zones);
  return typeof read === 'string' ? read : read[0];
}

function readRules(component: ICAL.Component): ICAL.Recur[] | string {
  try {
    return component.getAllProperties('rrule').map((prop) => prop.getFirstValue() as ICAL.Recur);
  } catch {
    return 'its repeat rule (RRULE) cannot be read';
  }
}

/** Spaces inside a repeat rule ("BYDAY=1MO ") are not meaningful; ical.js refuses them, so they are dropped. */
const tidy = (line: string) => (/^(RRULE|EXRULE)[;:]/i.test(line) ? line.replace(/[ \t]+/g, '') : line);

/** Parses a block with ical.js; a message when its text is not valid iCalendar. */
function componentOf(block: Block): ICAL.Component | string {
  try {
    return new ICAL.Component(ICAL.parse(block.lines.map(tidy).join('\r\n')));
  } catch (error) {
    return `its text cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Reads one VEVENT block; a problem naming its line and title when it cannot be imported. */
export function readEvent(block: Block, zones: DefinedZones): EventRead | IcsProblem {
  const problem = (message: string, title = summaryGuess(block)): IcsProblem => ({
    line: block.line,
    ...(title ? { title } : {}),
    message,
  });
  if (block.unclosed) return problem('the file ends inside this event (no END:VEVENT)');
  const component = componentOf(block);
  if (typeof component === 'string') return problem(component);
  const title = text(component, 'summary') ?? UNTITLED;
  const start = readStart(block, component, zones);
  if (typeof start === 'string') return problem(start, title);
  const rules = readRules(component);
  if (typeof rules === 'string') return problem(rules, title);
  const rdates = allMoments(component, 'rdate', zones);
  const exdates = allMoments(component, 'exdate', zones);
  const recurrence = allMoments(component, 'recurrence-id', zones);
  for (const read of [rdates, exdates, recurrence]) if (typeof read === 'string') return problem(read, title);
  const sequence = Number(component.getFirstPropertyValue('sequence') ?? 0);
  return {
    line: block.line,
    uid: text(component, 'uid'),
    title,
    notes: text(component, 'description'),
    start,
    recurrenceId: (recurrence as Moment[])[0],
    rules,
    rdates: rdates as Moment[],
    exdates: exdates as Moment[],
    cancelled: text(component, 'status')?.toUpperCase() === 'CANCELLED',
    sequence: Number.isFinite(sequence) ? sequence : 0,
  };
}

/** A problem as one line of text: `Line 12, "Interview": no start date (DTSTART)`. */
export function problemText(problem: IcsProblem): string {
  const title = problem.title
    ? `, "${problem.title.length > 80 ? `${problem.title.slice(0, 79)}…` : problem.title}"`
    : '';
  return `Line ${problem.line}${title}: ${problem.message}`;
}
