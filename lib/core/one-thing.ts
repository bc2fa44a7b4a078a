/**
 * One thing today: the Next tab's single recommendation, with a one-line reason. The most urgent deadline
 * first; otherwise the step that does most for the letter set. Pure: the caller passes what is due, the next
 * actions, today's day type and what the user set aside with "Not today".
 */
import type { DayType } from './calendar/week';
import type { DueInfo } from './due';
import type { NextAction } from './next-actions';
import { writerWeight } from './strength';

export type PickKind = 'deadline' | 'follow-ups' | 'letter' | 'check-in' | 'plan-b' | 'rest';

export interface Pick {
  /** Stable for the day, so "Not today" can set it aside. */
  key: string;
  kind: PickKind;
  text: string;
  reason: string;
  /** The deadline behind a 'deadline' pick. */
  deadlineId?: string;
  /** The letter step behind a 'letter' pick. */
  action?: NextAction;
}

export interface PickInput {
  /** Pending deadlines with where they stand today (any status; the pick filters). */
  due: DueInfo[];
  actions: NextAction[];
  dayType: DayType;
  specialty: string;
  /** Names of the check-in group, when today is the check-in day. */
  checkInToday?: string[];
  /** True in the match phase while the plan B is not written down. */
  planBMissing?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function deadlineReason(info: DueInfo): string {
  if (info.status === 'overdue')
    return info.daysLeft < 0 ? `Overdue by ${plural(-info.daysLeft, 'day')}.` : 'Overdue since earlier today.';
  if (info.status === 'due-today') return info.localDueTime ? `Due today at ${info.localDueTime}.` : 'Due today.';
  return info.daysLeft === 1 ? 'Due tomorrow.' : `Due in ${info.daysLeft} days.`;
}

const deadlinePick = (info: DueInfo): Pick => ({
  key: `deadline:${info.deadline.id}`,
  kind: 'deadline',
  text: info.deadline.title,
  reason: deadlineReason(info),
  deadlineId: info.deadline.id,
});

const WEIGHT_REASONS: Record<number, string> = {
  4: 'A US clinical letter counts most with programs.',
  3: 'A US letter in your specialty weighs next.',
  2: 'A US letter weighs more than one from home.',
  1: 'Keeps this letter moving.',
};

function letterPicks(actions: NextAction[], specialty: string): Pick[] {
  const scored = actions.map((action) => {
    const weight = writerWeight({ letter: action.letter, writer: action.writer }, specialty);
    const soon = action.daysLeft !== undefined && action.daysLeft <= 7;
    return { action, weight, soon };
  });
  scored.sort(
    (a, b) =>
      Number(b.soon) - Number(a.soon) ||
      (a.soon ? (a.action.daysLeft ?? 0) - (b.action.daysLeft ?? 0) : 0) ||
      b.weight - a.weight ||
      (a.action.daysLeft ?? 9999) - (b.action.daysLeft ?? 9999),
  );
  return scored.map(({ action, weight, soon }) => ({
    key: `letter:${action.letter.id}:${action.letter.stage}`,
    kind: 'letter',
    text: action.text,
    reason:
      soon && action.daysLeft !== undefined
        ? action.daysLeft < 0
          ? `The upload target passed ${plural(-action.daysLeft, 'day')} ago.`
          : `The upload target is ${action.daysLeft === 0 ? 'today' : `in ${plural(action.daysLeft, 'day')}`}.`
        : WEIGHT_REASONS[weight],
    action,
  }));
}

/** Every pick for today, best first: "Not today" moves down this list. */
export function oneThingCandidates(input: PickInput): Pick[] {
  const tasks = input.due.filter((info) => info.deadline.kind !== 'milestone');
  const followUps = tasks.filter((info) => info.deadline.kind === 'outreach-follow-up');
  const others = tasks.filter((info) => info.deadline.kind !== 'outreach-follow-up');
  const urgent = others.filter((info) => info.status === 'overdue' || info.status === 'due-today');
  const picks: Pick[] = urgent.map(deadlinePick);
  if (input.checkInToday?.length) {
    picks.push({
      key: 'check-in',
      kind: 'check-in',
      text: `Check in with ${input.checkInToday.join(', ')}`,
      reason: 'Today is your check-in day.',
    });
  }
  if (input.dayType === 'rest') {
    if (picks.length === 0)
      picks.push({ key: 'rest', kind: 'rest', text: 'Rest', reason: 'Today is your rest day and nothing is due.' });
    return picks;
  }
  const soon = others.filter((info) => info.status === 'due-soon' && info.daysLeft <= 1);
  picks.push(...soon.map(deadlinePick));
  if (input.planBMissing) {
    picks.push({
      key: 'plan-b',
      kind: 'plan-b',
      text: 'Write down your plan B: three actions with target months',
      reason: 'The match phase has begun; a plan made calmly now is easier than one made in Match Week.',
    });
  }
  picks.push(...letterPicks(input.actions, input.specialty));
  const waiting = followUps.filter(
    (info) => info.status !== 'later' && info.status !== 'done' && info.status !== 'passed',
  );
  if (input.dayType === 'application' && waiting.length) {
    picks.push({
      key: 'follow-ups',
      kind: 'follow-ups',
      text: `Follow up on ${plural(waiting.length, 'outreach email')} with no reply`,
      reason: 'A short, polite follow-up often gets the reply the first email did not.',
    });
  }
  picks.push(...others.filter((info) => info.status === 'due-soon' && info.daysLeft > 1).map(deadlinePick));
  return picks;
}

/** The pick to show: the first one not set aside today, and how many remain after it. */
export function oneThing(candidates: Pick[], setAside: readonly string[]): { pick?: Pick; remaining: number } {
  const open = candidates.filter((pick) => !setAside.includes(pick.key));
  return { pick: open[0], remaining: Math.max(0, open.length - 1) };
}
