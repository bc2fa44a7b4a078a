/**
 * Dates and times of calendar events: reading a DTSTART-like property (via ical.js) into a wall-clock moment
 * with its zone, resolving the zone (IANA, Windows names, or the file's own VTIMEZONE), and turning a moment
 * into a deadline's date, time and zone or into an instant.
 */
import ICAL from 'ical.js';
import { isCalendarDate } from '@/lib/core/calendar/dates';
import { wallClock, zonedTimeToInstant } from '@/lib/core/calendar/zone';
import { displayNameZone, ianaZoneFor } from './windows-zones';

/** How a moment's zone is given. A "defined" zone is one only the file describes (its VTIMEZONE). */
export type Zone =
  | { kind: 'floating' }
  | { kind: 'utc' }
  | { kind: 'iana'; name: string }
  | { kind: 'defined'; tzid: string; rules: ICAL.Timezone };

/** A date (no time) or a wall-clock date and time, with its zone. */
export interface Moment {
  date: string;
  time?: { hour: number; minute: number; second: number };
  zone: Zone;
}

/** Where a deadline falls: its date, and for a timed one its HH:MM and zone. */
export type Start = { dueDate: string; dueTime?: string; timeZone?: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The zones a file describes: ical.js rules by TZID, or undefined for a description we cannot read. */
export type DefinedZones = Map<string, ICAL.Timezone | undefined>;

/**
 * True when every observance of a VTIMEZONE has a start, an offset and at most a yearly rule, and there is at
 * least one: ical.js would walk a daily or finer rule change by change for every year up to the event.
 */
function wellFormed(component: ICAL.Component): boolean {
  const observances = [...component.getAllSubcomponents('standard'), ...component.getAllSubcomponents('daylight')];
  const yearly = (o: ICAL.Component) =>
    o.getAllProperties('rrule').every((p) => {
      const rule = p.getFirstValue();
      return rule instanceof ICAL.Recur && rule.freq === 'YEARLY';
    });
  return (
    observances.length > 0 &&
    observances.every(
      (o) =>
        o.getFirstProperty('dtstart') && o.getFirstPropertyValue('tzoffsetto') instanceof ICAL.UtcOffset && yearly(o),
    )
  );
}

/**
 * Moves the start of a yearly observance rule written from long ago (Outlook writes 1601) to 1970, so that
 * ical.js does not walk four centuries of changes before the first offset; dates before 1970 do not matter here.
 */
function startLate(component: ICAL.Component): void {
  for (const observance of [
    ...component.getAllSubcomponents('standard'),
    ...component.getAllSubcomponents('daylight'),
  ]) {
    const rule = observance.getFirstPropertyValue('rrule');
    const start = observance.getFirstPropertyValue('dtstart');
    if (!(rule instanceof ICAL.Recur) || !(start instanceof ICAL.Time) || rule.count) continue;
    if (start.year >= 1970 || (rule.until && rule.until.year < 1970)) continue;
    const later = start.clone();
    later.year = 1970;
    observance.updatePropertyWithValue('dtstart', later);
  }
}

/** The zones the file describes, by TZID (unescaped, so "Kuala Lumpur\, Singapore" is found as written in TZID=). */
export function definedZones(components: ICAL.Component[]): DefinedZones {
  const zones: DefinedZones = new Map();
  for (const component of components) {
    const tzid = String(component.getFirstPropertyValue('tzid') ?? '').trim();
    if (!tzid) continue;
    let readable = false;
    try {
      readable = wellFormed(component);
    } catch {
      // a rule ical.js cannot parse: the zone stays unreadable
    }
    if (readable) startLate(component);
    zones.set(tzid, readable ? new ICAL.Timezone(component) : undefined);
  }
  return zones;
}

/** True when the file's rules give a sane offset (within ±18 hours) for a wall time. */
function readableRules(rules: ICAL.Timezone, date: string): boolean {
  try {
    const [year, month, day] = date.split('-').map(Number);
    const offset = rules.utcOffset(ICAL.Time.fromData({ year, month, day, hour: 12 }));
    return Number.isFinite(offset) && Math.abs(offset) <= 18 * 3600;
  } catch {
    return false;
  }
}

/**
 * The zone a TZID names: an IANA, Windows or prefixed IANA name first, then the file's own description,
 * then a Windows display name; a message when none fits.
 */
export function zoneFor(tzid: string, defined: DefinedZones, date: string): Zone | string {
  const known = resolved.get(defined) ?? new Map<string, Zone | string>();
  resolved.set(defined, known);
  const name = tzid.trim();
  const zone = known.get(name) ?? resolveZone(name, defined, date);
  known.set(name, zone);
  return zone;
}

/** Zones already resolved for a file (keyed by its map of defined zones). */
const resolved = new WeakMap<DefinedZones, Map<string, Zone | string>>();

function resolveZone(name: string, defined: DefinedZones, date: string): Zone | string {
  const iana = ianaZoneFor(name);
  if (iana) return { kind: 'iana', name: iana };
  if (defined.has(name)) {
    const rules = defined.get(name);
    if (rules && readableRules(rules, date)) return { kind: 'defined', tzid: name, rules };
    return `the time zone "${name}" is described in the file in a way we cannot read`;
  }
  const display = displayNameZone(name);
  if (display) return { kind: 'iana', name: display };
  return `the time zone "${name}" is not one we know, and the file does not describe it`;
}

const VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

/**
 * One value as ical.js gives it ("2026-09-15", "2026-09-15T09:00:00[Z]", or "2004-12-25T::" for a date
 * written where a date-time was expected) as a moment; a message when it is not one.
 */
function momentOf(value: string, zone: Zone | string | undefined): Moment | string {
  const compact = value.replace(/[-:]/g, '').replace(/T$/, '');
  const m = VALUE.exec(compact);
  if (!m) return `"${compact}" is not a date`;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isCalendarDate(date)) return `${date} is not a real date`;
  if (!m[4]) return { date, zone: { kind: 'floating' } };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hour > 23 || minute > 59 || second > 60) return `${m[4]}:${m[5]} is not a time of day`;
  const time = { hour, minute, second: Math.min(second, 59) };
  if (m[7]) return { date, time, zone: { kind: 'utc' } };
  if (typeof zone === 'string') return zone;
  return { date, time, zone: zone ?? { kind: 'floating' } };
}

/**
 * Every value of a date property (DTSTART, RDATE, EXDATE, RECURRENCE-ID) as a moment; a message for the
 * first value that cannot be read. A PERIOD counts as its start.
 */
export function readMoments(prop: ICAL.Property, defined: DefinedZones): Moment[] | string {
  const [, , , ...values] = prop.toJSON() as [string, Record<string, string>, string, ...unknown[]];
  const tzid = prop.getParameter('tzid');
  const tzName = Array.isArray(tzid) ? tzid[0] : tzid;
  const moments: Moment[] = [];
  for (const value of values) {
    const text = String(Array.isArray(value) ? value[0] : value);
    const zone = tzName ? zoneFor(tzName, defined, text.slice(0, 10)) : undefined;
    const moment = momentOf(text, zone);
    if (typeof moment === 'string') return moment;
    moments.push(moment);
  }
  return moments.length > 0 ? moments : 'it has no date';
}

const instants = new WeakMap<Moment, number>();

/** The instant of a moment in a zone (milliseconds), or the wall clock read as UTC for a floating one. */
export function instantOf(moment: Moment): number {
  const instant = instants.get(moment) ?? computeInstant(moment);
  instants.set(moment, instant);
  return instant;
}

function computeInstant(moment: Moment): number {
  const [y, mo, d] = moment.date.split('-').map(Number);
  const t = moment.time ?? { hour: 0, minute: 0, second: 0 };
  const wall = Date.UTC(y, mo - 1, d, t.hour, t.minute, t.second);
  const zone = moment.zone;
  if (!moment.time || zone.kind === 'floating' || zone.kind === 'utc') return wall;
  if (zone.kind === 'iana') {
    return zonedTimeToInstant(moment.date, `${pad(t.hour)}:${pad(t.minute)}`, zone.name).getTime() + t.second * 1000;
  }
  const offset = zone.rules.utcOffset(ICAL.Time.fromData({ year: y, month: mo, day: d, ...t }));
  return wall - offset * 1000;
}

/** A moment's date and time as an iCalendar value: "20261001", "20261001T090000" or, for a zoned one, in UTC with Z. */
export function occurrenceKey(moment: Moment): string {
  if (!moment.time) return moment.date.replaceAll('-', '');
  const iso = new Date(instantOf(moment)).toISOString();
  const value = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  return moment.zone.kind === 'floating' ? value : `${value}Z`;
}

/** The wall clock of a moment as written, ignoring its zone ("20261001T090000"), for lenient matching. */
export function wallKey(moment: Moment): string {
  const t = moment.time;
  return moment.date.replaceAll('-', '') + (t ? `T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}` : '');
}

/** The wall clock in `zone` at an instant, as a moment in that zone. */
export function momentAt(instant: number, zone: Zone): Moment {
  if (zone.kind === 'iana') {
    const wall = wallClock(new Date(instant), zone.name);
    return { date: wall.date, time: { hour: wall.hour, minute: wall.minute, second: wall.second }, zone };
  }
  let shifted = instant;
  if (zone.kind === 'defined') {
    const guess = new Date(instant);
    const at = (d: Date) =>
      zone.rules.utcOffset(
        ICAL.Time.fromData({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
        }),
      );
    shifted = instant + at(new Date(instant + at(guess) * 1000)) * 1000;
  }
  const d = new Date(shifted);
  const date = d.toISOString().slice(0, 10);
  return { date, time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() }, zone };
}

/**
 * A moment as a deadline start: a date alone, a floating time as written, an IANA zone kept as the
 * deadline's zone, and a UTC time or a time in a zone only the file describes shown in `ownZone`.
 */
export function startOf(moment: Moment, ownZone: string): Start {
  const t = moment.time;
  if (!t) return { dueDate: moment.date };
  const zone = moment.zone;
  if (zone.kind === 'floating') return { dueDate: moment.date, dueTime: `${pad(t.hour)}:${pad(t.minute)}` };
  if (zone.kind === 'iana')
    return { dueDate: moment.date, dueTime: `${pad(t.hour)}:${pad(t.minute)}`, timeZone: zone.name };
  const wall = wallClock(new Date(instantOf(moment)), ownZone);
  return { dueDate: wall.date, dueTime: `${pad(wall.hour)}:${pad(wall.minute)}`, timeZone: ownZone };
}
