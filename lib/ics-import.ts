/** Reads VEVENTs (DTSTART and SUMMARY) from an .ics file into deadline inputs, with per-event problems. */
import { isCalendarDate } from '@/lib/calendar/dates';
import { isTimeZone, wallClock } from '@/lib/calendar/zone';
import type { DeadlineInput } from '@/lib/db';

export const MAX_ICS_BYTES = 5 * 1024 * 1024;

export interface IcsImport {
  deadlines: DeadlineInput[];
  /** One line per event that could not be read, e.g. "Event 3: no start date". */
  errors: string[];
}

/** Undoes line folding (a line starting with a space or tab continues the previous one). */
function unfold(text: string): string[] {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
}

function unescapeText(value: string): string {
  return value
    .replace(/\\n/gi, '\n')
    .replace(/\\([,;\\])/g, '$1')
    .trim();
}

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

function parseLine(line: string): Property | undefined {
  const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (colon < 0) return undefined;
  const [name, ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const param of rawParams) {
    const [key, val = ''] = param.split('=');
    params[key.toUpperCase()] = val.replace(/^"|"$/g, '');
  }
  return { name: name.toUpperCase(), params, value: line.slice(colon + 1) };
}

type Start = { dueDate: string; dueTime?: string; timeZone?: string };

/** Reads a DTSTART value: DATE, floating local time, UTC ("Z", shown in `ownZone`) or with a TZID. */
function readStart(prop: Property, ownZone: string): Start | string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(prop.value.trim());
  if (!m) return `the start "${prop.value}" is not a date`;
  const dueDate = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isCalendarDate(dueDate)) return `${dueDate} is not a real date`;
  if (!m[4] || prop.params.VALUE === 'DATE') return { dueDate };
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  if (hh > 23 || mm > 59) return `${m[4]}:${m[5]} is not a time of day`;
  if (m[7]) {
    const wall = wallClock(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], hh, mm)), ownZone);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      dueDate: wall.date,
      dueTime: `${pad(wall.hour)}:${pad(wall.minute)}`,
      timeZone: ownZone,
    };
  }
  const tzid = prop.params.TZID;
  const timeZone = tzid && isTimeZone(tzid) ? tzid : undefined;
  if (tzid && !timeZone) return `the time zone "${tzid}" is not one this browser knows`;
  return { dueDate, dueTime: `${m[4]}:${m[5]}`, timeZone };
}

/** Parses an .ics text into deadlines (source "import", kind "personal"); throws on a file that is not a calendar. */
export function parseIcs(text: string, ownZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): IcsImport {
  if (text.length > MAX_ICS_BYTES) throw new Error('The calendar file is larger than 5 MB.');
  const lines = unfold(text.replace(/^\uFEFF/, ''));
  if (!lines.some((line) => line.trim().toUpperCase() === 'BEGIN:VCALENDAR')) {
    throw new Error('This is not a calendar file: it has no BEGIN:VCALENDAR line.');
  }
  const deadlines: DeadlineInput[] = [];
  const errors: string[] = [];
  let event: Property[] | undefined;
  let count = 0;
  let depth = 0; // inside a VALARM or other block nested in the event
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VEVENT') {
      event = [];
      count++;
      depth = 0;
    } else if (event && upper.startsWith('BEGIN:')) depth++;
    else if (event && upper.startsWith('END:') && upper !== 'END:VEVENT') depth--;
    else if (event && upper === 'END:VEVENT') {
      const summary = event.find((p) => p.name === 'SUMMARY');
      const dtstart = event.find((p) => p.name === 'DTSTART');
      const title = summary ? unescapeText(summary.value) : '';
      const start = dtstart ? readStart(dtstart, ownZone) : 'no start date (DTSTART)';
      const description = event.find((p) => p.name === 'DESCRIPTION');
      if (!title) errors.push(`Event ${count}: no title (SUMMARY)`);
      else if (typeof start === 'string') errors.push(`Event ${count} ("${title}"): ${start}`);
      else if (title.length > 300) errors.push(`Event ${count}: the title is longer than 300 characters`);
      else {
        const notes = description ? unescapeText(description.value).slice(0, 2000) : undefined;
        deadlines.push({ title, ...start, kind: 'personal', source: 'import', ...(notes ? { notes } : {}) });
      }
      event = undefined;
    } else if (event && depth === 0) {
      const prop = parseLine(line);
      if (prop) event.push(prop);
    }
  }
  if (count === 0) errors.push('The calendar has no events.');
  return { deadlines, errors };
}
