/**
 * The letter set as four slots (ERAS takes at most four letters per program): each one secured (the writer
 * agreed or more), planned (asked, working together or still a prospect) or missing, with the writer's kind of contact.
 */
import type { ContactType, LetterStage } from '@/lib/core/model/schema';
import { type LetterWithWriter, writerWeight } from './index';

export type SlotState = 'secured' | 'planned' | 'missing';

export interface LetterSlot {
  state: SlotState;
  writerName?: string;
  contactType?: ContactType;
  usBased?: boolean;
  stage?: LetterStage;
}

/** Slots in a letter set: a program takes at most four. */
export const SLOT_COUNT = 4;

const SECURED: ReadonlySet<LetterStage> = new Set(['agreed', 'packet-sent', 'letter-id-sent', 'uploaded', 'assigned']);

/** Secured when the writer has agreed (or gone further), planned before that; declined and withdrawn letters drop out. */
export function slotState(stage: LetterStage): SlotState | undefined {
  if (stage === 'declined' || stage === 'withdrawn') return undefined;
  return SECURED.has(stage) ? 'secured' : 'planned';
}

/**
 * Fills the four slots: secured letters first, then planned, heaviest writers first within each, then
 * missing ones. `extra` counts active letters beyond the four shown.
 */
export function letterSlots(items: LetterWithWriter[], specialty: string): { slots: LetterSlot[]; extra: number } {
  const ranked = items
    .flatMap((item) => {
      const state = slotState(item.letter.stage);
      return state ? [{ item, state, weight: writerWeight(item, specialty) }] : [];
    })
    .sort((a, b) => (a.state === b.state ? b.weight - a.weight : a.state === 'secured' ? -1 : 1));
  const slots: LetterSlot[] = ranked.slice(0, SLOT_COUNT).map(({ item, state }) => ({
    state,
    writerName: item.writer.name,
    contactType: item.writer.contactType,
    usBased: item.writer.usBased,
    stage: item.letter.stage,
  }));
  while (slots.length < SLOT_COUNT) slots.push({ state: 'missing' });
  return { slots, extra: Math.max(0, ranked.length - SLOT_COUNT) };
}
