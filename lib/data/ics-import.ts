/**
 * Reads VEVENTs (UID, DTSTART, SUMMARY, DESCRIPTION) from an .ics file into deadline inputs, with per-event
 * problems; plans and writes an import all or nothing, matching events to stored deadlines by UID.
 */
import { addDays, isCalendarDate, lastWeekdayOfMonth, nthWeekdayOfMonth } from '@/lib/core/calendar/dates';
import { isTimeZone, systemTimeZone, wallClock, zonedTimeToInstant } from '@/lib/core/calendar/zone';
import {
  applyEditRules,
  type Deadline,
  type DeadlineInput,
  DeadlineInputSchema,
  db,
  problemsFrom,
  ValidationError,
  withDerived,
} from './';

export const MAX_ICS_BYTES = 5 * 1024 * 1024;

export interface IcsImport {
  /** One per event read; `id` is set (from the event's UID) when the file gives one. */
  deadlines: DeadlineInput[];
  /** One line per event that could not be read, e.g. "Event 3: no start date". */
  errors: string[];
  /** Events left out on purpose: cancelled ones (STATUS:CANCELLED). */
  cancelled: number;
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
    const equals = param.indexOf('=');
    const key = equals < 0 ? param : param.slice(0, equals);
    const val = equals < 0 ? '' : param.slice(equals + 1);
    params[key.trim().toUpperCase()] = val.replace(/^"|"$/g, '');
  }
  return { name: name.trim().toUpperCase(), params, value: line.slice(colon + 1) };
}

interface Component {
  name: string;
  props: Property[];
  children: Component[];
  /** The file ended before its END line. */
  unclosed?: boolean;
}

/** The BEGIN/END blocks of the file as a tree; an END that matches nothing open is ignored. */
function parseComponents(lines: string[]): Component[] {
  const root: Component = { name: '', props: [], children: [] };
  const stack = [root];
  for (const line of lines) {
    const upper = line.trim().toUpperCase();
    if (upper.startsWith('BEGIN:')) {
      const component: Component = { name: upper.slice(6), props: [], children: [] };
      stack[stack.length - 1].children.push(component);
      stack.push(component);
    } else if (upper.startsWith('END:')) {
      const name = upper.slice(4);
      const at = stack.findLastIndex((c, i) => i > 0 && c.name === name);
      if (at > 0) stack.length = at;
    } else if (stack.length > 1) {
      const prop = parseLine(line);
      if (prop) stack[stack.length - 1].props.push(prop);
    }
  }
  for (const open of stack.slice(1)) open.unclosed = true;
  return root.children;
}

/** Components with the given name anywhere in the tree, not looking inside a match. */
function findAll(components: Component[], name: string): Component[] {
  return components.flatMap((c) => (c.name === name ? [c] : findAll(c.children, name)));
}

const prop = (component: Component, name: string) => component.props.find((p) => p.name === name);

// ---------- time zones ----------

/**
 * Windows time-zone names (Outlook, Exchange) to IANA names, after the CLDR windowsZones table (territory 001).
 */
const WINDOWS_ZONES: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'UTC-11': 'Etc/GMT+11',
  'Aleutian Standard Time': 'America/Adak',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Marquesas Standard Time': 'Pacific/Marquesas',
  'Alaskan Standard Time': 'America/Anchorage',
  'UTC-09': 'Etc/GMT+9',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'UTC-08': 'Etc/GMT+8',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Mountain Standard Time': 'America/Denver',
  'Yukon Standard Time': 'America/Whitehorse',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Easter Island Standard Time': 'Pacific/Easter',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Eastern Standard Time': 'America/New_York',
  'Haiti Standard Time': 'America/Port-au-Prince',
  'Cuba Standard Time': 'America/Havana',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'Turks And Caicos Standard Time': 'America/Grand_Turk',
  'Paraguay Standard Time': 'America/Asuncion',
  'Atlantic Standard Time': 'America/Halifax',
  'Venezuela Standard Time': 'America/Caracas',
  'Central Brazilian Standard Time': 'America/Cuiaba',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'Tocantins Standard Time': 'America/Araguaina',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'Greenland Standard Time': 'America/Godthab',
  'Montevideo Standard Time': 'America/Montevideo',
  'Magallanes Standard Time': 'America/Punta_Arenas',
  'Saint Pierre Standard Time': 'America/Miquelon',
  'Bahia Standard Time': 'America/Bahia',
  'UTC-02': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  UTC: 'Etc/UTC',
  'Coordinated Universal Time': 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Sao Tome Standard Time': 'Africa/Sao_Tome',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Jordan Standard Time': 'Asia/Amman',
  'GTB Standard Time': 'Europe/Bucharest',
  'Middle East Standard Time': 'Asia/Beirut',
  'Egypt Standard Time': 'Africa/Cairo',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Syria Standard Time': 'Asia/Damascus',
  'West Bank Standard Time': 'Asia/Hebron',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'FLE Standard Time': 'Europe/Kiev',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Sudan Standard Time': 'Africa/Juba',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad',
  'Sudan Standard Time': 'Africa/Khartoum',
  'Libya Standard Time': 'Africa/Tripoli',
  'Namibia Standard Time': 'Africa/Windhoek',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh',
  'Belarus Standard Time': 'Europe/Minsk',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Volgograd Standard Time': 'Europe/Volgograd',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Astrakhan Standard Time': 'Europe/Astrakhan',
  'Azerbaijan Standard Time': 'Asia/Baku',
  'Russia Time Zone 3': 'Europe/Samara',
  'Mauritius Standard Time': 'Indian/Mauritius',
  'Saratov Standard Time': 'Europe/Saratov',
  'Georgian Standard Time': 'Asia/Tbilisi',
  'Caucasus Standard Time': 'Asia/Yerevan',
  'Afghanistan Standard Time': 'Asia/Kabul',
  'West Asia Standard Time': 'Asia/Tashkent',
  'Ekaterinburg Standard Time': 'Asia/Yekaterinburg',
  'Pakistan Standard Time': 'Asia/Karachi',
  'Qyzylorda Standard Time': 'Asia/Qyzylorda',
  'India Standard Time': 'Asia/Kolkata',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Central Asia Standard Time': 'Asia/Bishkek',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'Omsk Standard Time': 'Asia/Omsk',
  'Myanmar Standard Time': 'Asia/Yangon',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'Altai Standard Time': 'Asia/Barnaul',
  'W. Mongolia Standard Time': 'Asia/Hovd',
  'North Asia Standard Time': 'Asia/Krasnoyarsk',
  'N. Central Asia Standard Time': 'Asia/Novosibirsk',
  'Tomsk Standard Time': 'Asia/Tomsk',
  'China Standard Time': 'Asia/Shanghai',
  'North Asia East Standard Time': 'Asia/Irkutsk',
  'Singapore Standard Time': 'Asia/Singapore',
  'W. Australia Standard Time': 'Australia/Perth',
  'Taipei Standard Time': 'Asia/Taipei',
  'Ulaanbaatar Standard Time': 'Asia/Ulaanbaatar',
  'Aus Central W. Standard Time': 'Australia/Eucla',
  'Transbaikal Standard Time': 'Asia/Chita',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'North Korea Standard Time': 'Asia/Pyongyang',
  'Korea Standard Time': 'Asia/Seoul',
  'Yakutsk Standard Time': 'Asia/Yakutsk',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'Tasmania Standard Time': 'Australia/Hobart',
  'Vladivostok Standard Time': 'Asia/Vladivostok',
  'Lord Howe Standard Time': 'Australia/Lord_Howe',
  'Bougainville Standard Time': 'Pacific/Bougainville',
  'Russia Time Zone 10': 'Asia/Srednekolymsk',
  'Magadan Standard Time': 'Asia/Magadan',
  'Norfolk Standard Time': 'Pacific/Norfolk',
  'Sakhalin Standard Time': 'Asia/Sakhalin',
  'Central Pacific Standard Time': 'Pacific/Guadalcanal',
  'Russia Time Zone 11': 'Asia/Kamchatka',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'UTC+12': 'Etc/GMT-12',
  'Fiji Standard Time': 'Pacific/Fiji',
  'Chatham Islands Standard Time': 'Pacific/Chatham',
  'UTC+13': 'Etc/GMT-13',
  'Tonga Standard Time': 'Pacific/Tongatapu',
  'Samoa Standard Time': 'Pacific/Apia',
  'Line Islands Standard Time': 'Pacific/Kiritimati',
};
const WINDOWS_BY_LOWER = new Map(Object.entries(WINDOWS_ZONES).map(([windows, iana]) => [windows.toLowerCase(), iana]));

/**
 * The IANA zone a TZID stands for: an IANA name as is, a Windows name (Outlook) mapped, or a prefixed IANA
 * name like "/mozilla.org/20050126_1/America/New_York"; undefined when none of these.
 */
export function ianaZoneFor(tzid: string): string | undefined {
  const name = tzid.trim();
  if (!name) return undefined;
  if (isTimeZone(name)) return name;
  const windows = WINDOWS_BY_LOWER.get(name.toLowerCase());
  if (windows && isTimeZone(windows)) return windows;
  const parts = name.split('/').filter(Boolean);
  for (let i = 1; i < parts.length - 1; i++) {
    const tail = parts.slice(i).join('/');
    if (isTimeZone(tail)) return tail;
  }
  return undefined;
}

const MINUTE_MS = 60_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** A local date-time "YYYYMMDDTHHMM[SS]" as milliseconds of the same wall clock read as UTC. */
function wallMs(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?Z?$/.exec(value.trim());
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) : undefined;
}

function offsetMinutes(value: string | undefined): number | undefined {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(value?.trim() ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}

/** The day of an observance's yearly rule in one year, or undefined when it has none that year. */
function ruleDay(rule: Map<string, string>, year: number, month: number, startDay: number): string | undefined {
  const byDay = rule.get('BYDAY');
  const monthDays = rule.get('BYMONTHDAY')?.split(',').map(Number);
  if (!byDay) {
    const day = monthDays?.length === 1 ? monthDays[0] : startDay;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return isCalendarDate(date) ? date : undefined;
  }
  const m = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec(byDay);
  if (!m) return undefined;
  const dow = WEEKDAYS.indexOf(m[2]);
  const n = m[1] ? Number(m[1]) : 0;
  if (n > 0) {
    const date = nthWeekdayOfMonth(year, month, dow, n);
    return Number(date.slice(5, 7)) === month ? date : undefined;
  }
  if (n < 0) {
    const date = addDays(lastWeekdayOfMonth(year, month, dow), 7 * (n + 1));
    return Number(date.slice(5, 7)) === month ? date : undefined;
  }
  // "BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU": the Sunday among those days.
  for (const day of monthDays ?? []) {
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isCalendarDate(date) && new Date(`${date}T00:00:00Z`).getUTCDay() === dow) return date;
  }
  return undefined;
}

/** When each observance (STANDARD or DAYLIGHT) of a VTIMEZONE starts near `year`; undefined if we cannot read it. */
function onsets(observance: Component, year: number): { at: number; offset: number }[] | undefined {
  const start = wallMs(prop(observance, 'DTSTART')?.value ?? '');
  const offset = offsetMinutes(prop(observance, 'TZOFFSETTO')?.value);
  if (start === undefined || offset === undefined) return undefined;
  const result = [{ at: start, offset }];
  for (const rdate of observance.props.filter((p) => p.name === 'RDATE')) {
    for (const value of rdate.value.split(',')) {
      const at = wallMs(value);
      if (at === undefined) return undefined;
      result.push({ at, offset });
    }
  }
  const rruleProp = prop(observance, 'RRULE');
  if (!rruleProp) return result;
  const rule = new Map(
    rruleProp.value.split(';').map((part) => {
      const [key, value = ''] = part.split('=');
      return [key.trim().toUpperCase(), value.trim().toUpperCase()] as const;
    }),
  );
  const known = new Set(['FREQ', 'BYMONTH', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'INTERVAL', 'WKST']);
  if (rule.get('FREQ') !== 'YEARLY' || [...rule.keys()].some((key) => !known.has(key))) return undefined;
  if ((rule.get('INTERVAL') ?? '1') !== '1' || (rule.get('BYMONTH') ?? '1').includes(',')) return undefined;
  const first = new Date(start);
  const firstYear = first.getUTCFullYear();
  const month = Number(rule.get('BYMONTH') ?? first.getUTCMonth() + 1);
  const until = rule.has('UNTIL') ? wallMs(rule.get('UNTIL') ?? '') : undefined;
  if (rule.has('UNTIL') && until === undefined) return undefined;
  const lastYear = rule.has('COUNT') ? firstYear + Number(rule.get('COUNT')) - 1 : Number.POSITIVE_INFINITY;
  const dayMs = 24 * 60 * MINUTE_MS;
  const timeOfDay = ((start % dayMs) + dayMs) % dayMs; // DTSTART is often in 1601, before 1970
  const untilYear = until === undefined ? year : new Date(until).getUTCFullYear();
  for (const y of new Set([year - 1, year, untilYear - 1, untilYear])) {
    if (y < firstYear || y > lastYear) continue;
    const day = ruleDay(rule, y, month, first.getUTCDate());
    if (!day) continue;
    const at = Date.parse(`${day}T00:00:00Z`) + timeOfDay;
    if (at >= start && (until === undefined || at <= until)) result.push({ at, offset });
  }
  return result;
}

/** Minutes ahead of UTC at a wall time, by the rules a VTIMEZONE gives; undefined if we cannot read them. */
function definedOffset(zone: Component, wall: number): number | undefined {
  const year = new Date(wall).getUTCFullYear();
  const all: { at: number; offset: number; from?: number }[] = [];
  for (const observance of zone.children.filter((c) => c.name === 'STANDARD' || c.name === 'DAYLIGHT')) {
    const list = onsets(observance, year);
    if (!list) return undefined;
    const from = offsetMinutes(prop(observance, 'TZOFFSETFROM')?.value);
    all.push(...list.map((onset) => ({ ...onset, from })));
  }
  if (all.length === 0) return undefined;
  all.sort((a, b) => a.at - b.at);
  const current = all.filter((onset) => onset.at <= wall).pop();
  return current ? current.offset : (all[0].from ?? all[0].offset);
}

type Start = { dueDate: string; dueTime?: string; timeZone?: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall time in `ownZone` at an instant, as a deadline start. */
function startInOwnZone(instant: number, ownZone: string): Start {
  const wall = wallClock(new Date(instant), ownZone);
  return { dueDate: wall.date, dueTime: `${pad(wall.hour)}:${pad(wall.minute)}`, timeZone: ownZone };
}

/**
 * Reads a DTSTART value: DATE, floating local time, UTC ("Z", shown in `ownZone`) or with a TZID (an IANA or
 * Windows name kept as the deadline's zone; a zone only the file's VTIMEZONE describes is shown in `ownZone`).
 */
function readStart(prop: Property, ownZone: string, zones: Map<string, Component>): Start | string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(prop.value.trim());
  if (!m) return `the start "${prop.value}" is not a date`;
  const dueDate = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isCalendarDate(dueDate)) return `${dueDate} is not a real date`;
  if (!m[4] || prop.params.VALUE === 'DATE') return { dueDate };
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  if (hh > 23 || mm > 59) return `${m[4]}:${m[5]} is not a time of day`;
  if (m[7]) return startInOwnZone(Date.UTC(+m[1], +m[2] - 1, +m[3], hh, mm), ownZone);
  const tzid = prop.params.TZID?.trim();
  if (!tzid) return { dueDate, dueTime: `${m[4]}:${m[5]}` };
  const timeZone = ianaZoneFor(tzid);
  if (timeZone) return { dueDate, dueTime: `${m[4]}:${m[5]}`, timeZone };
  const defined = zones.get(tzid);
  if (!defined) return `the time zone "${tzid}" is not one we know, and the file does not describe it`;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], hh, mm);
  const offset = definedOffset(defined, wall);
  if (offset === undefined) return `the time zone "${tzid}" is described in the file in a way we cannot read`;
  return startInOwnZone(wall - offset * MINUTE_MS, ownZone);
}

/** A short hash (64 bits as hex) for ids made from long or odd UIDs. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Our own export writes UID "<deadline id>@strongletter". */
const OWN_UID = /^(.{1,200})@strongletter$/;

/**
 * The deadline id for an event's UID (and RECURRENCE-ID, for one changed occurrence of a repeating event):
 * our own export's UIDs give back the deadline's id, any other UID a stable "ics-<hash>" id.
 */
export function deadlineIdForUid(uid: string, recurrenceId?: string): string {
  const own = OWN_UID.exec(uid);
  if (own && !recurrenceId) return own[1];
  return `ics-${hash64(recurrenceId ? `${uid}\n${recurrenceId}` : uid)}`;
}

/** Parses an .ics text into deadlines (source "import", kind "personal"); throws on a file that is not a calendar. */
export function parseIcs(text: string, ownZone: string = systemTimeZone()): IcsImport {
  if (text.length > MAX_ICS_BYTES) throw new Error('The calendar file is larger than 5 MB.');
  const lines = unfold(text.replace(/^\uFEFF/, ''));
  if (!lines.some((line) => line.trim().toUpperCase() === 'BEGIN:VCALENDAR')) {
    throw new Error('This is not a calendar file: it has no BEGIN:VCALENDAR line.');
  }
  const tree = parseComponents(lines);
  const zones = new Map<string, Component>();
  for (const zone of findAll(tree, 'VTIMEZONE')) {
    const tzid = prop(zone, 'TZID')?.value.trim();
    if (tzid) zones.set(tzid, zone);
  }
  const byKey = new Map<string, DeadlineInput>();
  const errors: string[] = [];
  const events = findAll(tree, 'VEVENT');
  let cancelled = 0;
  for (const [index, event] of events.entries()) {
    const count = index + 1;
    if (prop(event, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED') {
      cancelled++;
      continue;
    }
    const summary = prop(event, 'SUMMARY');
    const dtstart = prop(event, 'DTSTART');
    // Calendars export events nobody titled; they still mark a date, so they come in under a plain name.
    const title = (summary ? unescapeText(summary.value).trim() : '') || 'Untitled calendar event';
    const label = title ? `Event ${count} ("${title.slice(0, 80)}")` : `Event ${count}`;
    if (event.unclosed) {
      errors.push(`${label}: the file ends inside this event (no END:VEVENT)`);
      continue;
    }
    const start = dtstart ? readStart(dtstart, ownZone, zones) : 'no start date (DTSTART)';
    if (typeof start === 'string') {
      errors.push(`${label}: ${start}`);
      continue;
    }
    if (title.length > 300) {
      errors.push(`Event ${count}: the title is longer than 300 characters`);
      continue;
    }
    const description = prop(event, 'DESCRIPTION');
    const notes = description ? unescapeText(description.value).slice(0, 5000) : undefined;
    const uid = prop(event, 'UID')?.value.trim();
    const recurrenceId = prop(event, 'RECURRENCE-ID')?.value.trim();
    const id = uid ? deadlineIdForUid(uid, recurrenceId) : undefined;
    const input: DeadlineInput = {
      ...(id ? { id } : {}),
      title,
      ...start,
      kind: 'personal',
      source: 'import',
      ...(notes ? { notes } : {}),
    };
    const checked = DeadlineInputSchema.safeParse(input);
    if (!checked.success) {
      errors.push(...problemsFrom(checked.error.issues).map((problem) => `${label}: ${problem.message}`));
      continue;
    }
    // The same UID twice (a file that repeats an event): the later copy wins.
    byKey.set(id ?? `#${count}`, input);
  }
  if (events.length === 0) errors.push('The calendar has no events.');
  return { deadlines: [...byKey.values()], errors, cancelled };
}

// ---------- planning and writing ----------

export type IcsAction = 'new' | 'update' | 'same';

export interface IcsPlan {
  /** Each event of the file with what the import does to it. */
  items: { deadline: DeadlineInput; action: IcsAction }[];
  added: number;
  updated: number;
  unchanged: number;
}

function isSameMoment(old: Deadline, input: DeadlineInput, ownZone: string): boolean {
  if (!old.dueTime || !input.dueTime) return !old.dueTime && !input.dueTime && old.dueDate === input.dueDate;
  const instant = (date: string, time: string, zone: string | undefined) =>
    zonedTimeToInstant(date, time, zone ?? ownZone).getTime();
  return instant(old.dueDate, old.dueTime, old.timeZone) === instant(input.dueDate, input.dueTime, input.timeZone);
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The stored deadline an event becomes: a new one, or the deadline with its UID updated (title, date and
 * notes from the file; a same moment written in another zone leaves the stored date and zone alone;
 * what the user did to it, such as done, lead days or snooze, is kept). `undefined` when nothing changes.
 */
function nextRecord(old: Deadline | undefined, input: DeadlineInput, ownZone: string, stamp: string) {
  if (!old) {
    const parsed = DeadlineInputSchema.parse(input);
    return withDerived({ ...parsed, id: parsed.id ?? crypto.randomUUID(), createdAt: stamp, updatedAt: stamp });
  }
  const moved = !isSameMoment(old, input, ownZone);
  const renamed = old.title !== input.title;
  const newNotes = input.notes !== undefined && input.notes !== (old.notes ?? '').trim();
  if (!moved && !renamed && !newNotes) return undefined;
  const next: Deadline = { ...old, title: input.title, updatedAt: stamp };
  if (newNotes) next.notes = input.notes;
  if (moved) {
    next.dueDate = input.dueDate;
    next.dueTime = input.dueTime;
    next.timeZone = input.timeZone;
  }
  // The same moment written in another zone is not a move (isSameMoment), so `moved` is passed in.
  applyEditRules(next, old, moved);
  return withDerived(withoutUndefined(next));
}

async function planRecords(deadlines: DeadlineInput[], ownZone: string) {
  const ids = deadlines.map((d) => d.id).filter((id): id is string => Boolean(id));
  const stored = new Map(
    (await db.deadlines.bulkGet(ids)).filter((d): d is Deadline => Boolean(d)).map((d) => [d.id, d]),
  );
  const stamp = new Date().toISOString();
  const rows: Deadline[] = [];
  const items: IcsPlan['items'] = [];
  for (const deadline of deadlines) {
    const old = deadline.id ? stored.get(deadline.id) : undefined;
    const row = nextRecord(old, deadline, ownZone, stamp);
    if (row) rows.push(withoutUndefined(row));
    items.push({ deadline, action: !old ? 'new' : row ? 'update' : 'same' });
  }
  const count = (action: IcsAction) => items.filter((item) => item.action === action).length;
  return { rows, plan: { items, added: count('new'), updated: count('update'), unchanged: count('same') } };
}

/** What importing these events would do: how many are new, how many update a deadline already stored. */
export async function planIcsImport(deadlines: DeadlineInput[], ownZone: string = systemTimeZone()): Promise<IcsPlan> {
  return (await planRecords(deadlines, ownZone)).plan;
}

const CHUNK = 250;

/**
 * Writes a read calendar all or nothing: refused outright when any event could not be read; new events added,
 * events whose UID is already stored updated, in one transaction with progress for a large file.
 */
export async function importIcs(
  parsed: IcsImport,
  onProgress?: (done: number, total: number) => void,
  ownZone: string = systemTimeZone(),
): Promise<IcsPlan> {
  if (parsed.errors.length > 0) {
    throw new ValidationError(
      `${parsed.errors.length === 1 ? 'An event' : `${parsed.errors.length} events`} in the file cannot be read.`,
    );
  }
  return db.transaction('rw', db.deadlines, async () => {
    const { rows, plan } = await planRecords(parsed.deadlines, ownZone);
    let done = 0;
    onProgress?.(0, rows.length);
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await db.deadlines.bulkPut(chunk);
      done += chunk.length;
      onProgress?.(done, rows.length);
    }
    return plan;
  });
}
