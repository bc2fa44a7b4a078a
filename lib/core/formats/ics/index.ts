/** Calendar files (iCalendar, RFC 5545) through ical.js: reading events into deadlines, and writing deadlines. */
export { type IcsProblem, problemText, UNTITLED } from './events';
export { deadlinesToIcs, icsFileName } from './export';
export { deadlineIdForUid, uidForDeadline } from './ids';
export { type IcsRead, type IcsReadOptions, MAX_ICS_BYTES, parseIcs } from './parse';
export type { RepeatWindow } from './recurrence';
export { MAX_PER_SERIES, seasonWindow } from './window';
export { displayNameZone, ianaZoneFor } from './windows-zones';
