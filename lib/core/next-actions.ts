/** What to do next for each letter, in the user's words. Pure: the popup passes today's date. */

import { type Letter, type LetterStage, nextStage, STAGE_LABELS, type Writer } from '@/lib/core/model/schema';
import { daysBetween } from './calendar/dates';
import { lastWeekAsk } from './calendar/timeline';
import { longDate } from './kit';

export interface NextAction {
  letter: Letter;
  writer: Writer;
  text: string;
  /** The stage one click moves the letter to. */
  advanceTo?: LetterStage;
  /** Days until the letter's target upload date (negative once past). */
  daysLeft?: number;
}

/** "Ask Dr. Lee for a strong letter", with the rotation's last week when its dates are known. */
function askText(name: string, writer: Writer, today: string): string {
  const from = lastWeekAsk({
    id: '',
    stage: 'working-together',
    rotationStart: writer.startDate,
    rotationEnd: writer.endDate,
    weeksTogether: writer.weeksTogether,
  });
  if (!from) return `Ask ${name} for a strong letter`;
  const when = from > today ? ` (from ${longDate(from).replace(/^\w+, /, '')})` : '';
  return `Ask ${name} for a strong letter in the last week of the rotation${when}`;
}

/**
 * The next action for one letter; undefined once it is assigned, declined or withdrawn. `defaultTarget` is the
 * upload date to count from when the letter has none (the Match year's default target).
 */
export function nextAction(
  letter: Letter,
  writer: Writer,
  today: string,
  defaultTarget?: string,
): NextAction | undefined {
  const advanceTo = nextStage(letter.stage);
  if (!advanceTo || advanceTo === 'assigned') {
    return letter.stage === 'uploaded'
      ? {
          letter,
          writer,
          text: `Thank ${writer.name} for the letter (the kit has a note), then assign it to your programs`,
        }
      : undefined;
  }
  const target = letter.targetUploadDate ?? defaultTarget;
  const daysLeft = target ? daysBetween(today, target) : undefined;
  const due = daysLeft === undefined ? '' : daysLeft < 0 ? `, ${-daysLeft} days late` : `, due in ${daysLeft} days`;
  const name = writer.name;
  const texts: Partial<Record<LetterStage, string>> = {
    prospect: `Ask ${name} for mid-rotation feedback`,
    'working-together': askText(name, writer, today),
    asked: `Note ${name}'s answer to your request`,
    agreed: `Send the packet to ${name}`,
    'packet-sent': `Send ${name} the Letter ID`,
    'letter-id-sent': `Remind ${name}: upload${due}${letter.letterId ? `, Letter ID ${letter.letterId}` : ''}`,
  };
  return { letter, writer, text: texts[letter.stage] ?? `Move to ${STAGE_LABELS[advanceTo]}`, advanceTo, daysLeft };
}

/** Next actions for all letters, most urgent (closest upload date, else `defaultTarget`) first. */
export function nextActions(letters: Letter[], writers: Writer[], today: string, defaultTarget?: string): NextAction[] {
  const byId = new Map(writers.map((writer) => [writer.id, writer]));
  return letters
    .flatMap((letter) => {
      const writer = byId.get(letter.writerId);
      const action = writer && nextAction(letter, writer, today, defaultTarget);
      return action ? [action] : [];
    })
    .sort((a, b) => (a.daysLeft ?? 9999) - (b.daysLeft ?? 9999));
}
