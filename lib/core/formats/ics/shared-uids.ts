/**
 * Events of one file that share a UID (and RECURRENCE-ID): an exact repeat is imported once, an older
 * version (lower SEQUENCE) gives way to the newer, and two different events are both kept under separate
 * ids, with a notice. Nothing is dropped without saying so.
 */
import type { EventRead } from './events';
import { occurrenceKey } from './moments';

export type KeyedEvent = EventRead & {
  /** The UID the deadline id is made from: the event's own, or with "#2" added for a second distinct event. */
  idUid?: string;
};

const quote = (title: string) => `"${title.length > 60 ? `${title.slice(0, 59)}…` : title}"`;

const sameEvent = (a: EventRead, b: EventRead) =>
  a.title === b.title &&
  occurrenceKey(a.start) === occurrenceKey(b.start) &&
  a.rules.map(String).join() === b.rules.map(String).join();

/** The events to import, in file order, and notices about UIDs the file uses more than once. */
export function settleSharedUids(events: EventRead[]): { events: KeyedEvent[]; notices: string[] } {
  const notices: string[] = [];
  const groups = new Map<string, KeyedEvent[]>();
  const dropped = new Set<EventRead>();
  let repeats = 0;
  for (const event of events) {
    if (!event.uid) continue;
    const key = `${event.uid}\n${event.recurrenceId ? occurrenceKey(event.recurrenceId) : ''}`;
    const kept = groups.get(key) ?? [];
    groups.set(key, kept);
    const keyed = event as KeyedEvent;
    keyed.idUid = event.uid;
    const first = kept[0];
    if (!first) {
      kept.push(keyed);
    } else if (kept.some((k) => sameEvent(k, event))) {
      dropped.add(event);
      repeats++;
    } else if (event.sequence !== first.sequence) {
      const [older, newer] = event.sequence < first.sequence ? [event, first] : [first, event];
      notices.push(
        `Line ${older.line} (${quote(older.title)}) is an older version of the event on line ${newer.line} (${quote(newer.title)}) and is left out.`,
      );
      dropped.add(older);
      if (newer === event) kept.splice(0, kept.length, keyed);
    } else {
      keyed.idUid = `${event.uid}\n#${kept.length + 1}`;
      notices.push(
        `Line ${first.line} (${quote(first.title)}) and line ${event.line} (${quote(event.title)}) share the UID "${event.uid.slice(0, 80)}"; both are imported, as separate deadlines.`,
      );
      kept.push(keyed);
    }
  }
  if (repeats > 0) {
    notices.push(
      `${repeats === 1 ? 'One event appears' : `${repeats} events appear`} twice in the file (same UID, title and date) and ${repeats === 1 ? 'is' : 'are'} imported once.`,
    );
  }
  return { events: events.filter((e) => !dropped.has(e)) as KeyedEvent[], notices };
}
