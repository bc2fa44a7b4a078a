/** Deadline ids for calendar events, stable across imports so that a second import updates instead of adding. */

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

/** The UID our export writes for a deadline. */
export function uidForDeadline(id: string): string {
  return `${id}@strongletter`;
}

/**
 * The deadline id for an event's UID (and, for one date of a repeating event, that date as a RECURRENCE-ID
 * would write it): our own export's UIDs give back the deadline's id, any other UID a stable "ics-<hash>" id.
 */
export function deadlineIdForUid(uid: string, recurrenceId?: string): string {
  const own = OWN_UID.exec(uid);
  if (own && !recurrenceId) return own[1];
  return `ics-${hash64(recurrenceId ? `${uid}\n${recurrenceId}` : uid)}`;
}
