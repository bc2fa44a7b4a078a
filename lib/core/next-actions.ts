/** What to do next for each letter, in the user's words. Pure: the popup passes today's date. */

import { type Letter, type LetterStage, nextStage, STAGE_LABELS, type Writer } from '@/lib/core/model/schema';
import { daysBetween } from './calendar/dates';

export interface NextAction {
  letter: Letter;
  writer: Writer;
  text: string;
  /** The stage one click moves the letter to. */
  advanceTo?: LetterStage;
  /** Days until the letter's target upload date (negative once past). */
  daysLeft?: number;
}

/** The next action for one letter; undefined once it is assigned, declined or withdrawn. */
export function nextAction(letter: Letter, writer: Writer, today: string): NextAction | undefined {
  const advanceTo = nextStage(letter.stage);
  if (!advanceTo || advanceTo === 'assigned') {
    return letter.stage === 'uploaded'
      ? { letter, writer, text: `Assign ${writer.name}'s letter to your programs` }
      : undefined;
  }
  const daysLeft = letter.targetUploadDate ? daysBetween(today, letter.targetUploadDate) : undefined;
  const due = daysLeft === undefined ? '' : daysLeft < 0 ? `, ${-daysLeft} days late` : `, due in ${daysLeft} days`;
  const name = writer.name;
  const texts: Partial<Record<LetterStage, string>> = {
    prospect: `Ask ${name} for mid-rotation feedback`,
    'working-together': `Ask ${name} for a strong letter`,
    asked: `Note ${name}'s answer to your request`,
    agreed: `Send the packet to ${name}`,
    'packet-sent': `Send ${name} the Letter ID`,
    'letter-id-sent': `Remind ${name}: upload${due}${letter.letterId ? `, Letter ID ${letter.letterId}` : ''}`,
  };
  return { letter, writer, text: texts[letter.stage] ?? `Move to ${STAGE_LABELS[advanceTo]}`, advanceTo, daysLeft };
}

/** Next actions for all letters, most urgent (closest upload date) first. */
export function nextActions(letters: Letter[], writers: Writer[], today: string): NextAction[] {
  const byId = new Map(writers.map((writer) => [writer.id, writer]));
  return letters
    .flatMap((letter) => {
      const writer = byId.get(letter.writerId);
      const action = writer && nextAction(letter, writer, today);
      return action ? [action] : [];
    })
    .sort((a, b) => (a.daysLeft ?? 9999) - (b.daysLeft ?? 9999));
}
