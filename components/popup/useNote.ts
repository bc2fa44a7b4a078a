/** One of the applicant's notes, kept live (undefined while loading, null when not written yet). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Note, NoteId } from '@/lib/core/model/notes';
import { db } from '@/lib/data';

/** The note with this id, live across popup and options. */
export function useNote(id: NoteId): Note | null | undefined {
  return useLiveQuery(async () => (await db.notes.get(id)) ?? null, [id]);
}
