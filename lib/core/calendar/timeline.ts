/**
 * Letter and outreach timelines derived from the user's data. Each derived deadline has a stable key,
 * so deriving again updates it in place (a moved source moves the deadline) instead of duplicating it,
 * and a step the letter has moved past is simply no longer produced.
 */
import { LETTER_STAGES, type LetterStage } from '@/lib/core/model/schema';
import { addDays, dayNumber, daysBetween } from './dates';

export type LetterStep =
  | 'tell-writer'
  | 'mid-rotation-feedback'
  | 'ask-last-week'
  | 'formal-ask'
  | 'letter-id-reminder'
  | 'confirm-upload';

/** The fields of a letter (and its writer) a timeline needs. */
export interface LetterTimelineInput {
  id: string;
  stage: LetterStage;
  writerName?: string;
  /** When working together starts and ends (the rotation, observership or research stint). */
  rotationStart?: string;
  rotationEnd?: string;
  weeksTogether?: number;
}

export interface TimelineOptions {
  /** Days before the target upload date to ask formally with the packet (default 30). */
  askLeadDays?: number;
  /** Days before the target upload date to remind the writer with the Letter ID (default 7). */
  reminderLeadDays?: number;
}

export interface DerivedDeadline {
  /** Stable identity: `derived:letter:<letterId>:<step>` or `derived:outreach:<outreachId>:follow-up-<n>`. */
  key: string;
  kind: 'letter-step' | 'outreach-follow-up';
  source: 'derived';
  relatedId: string;
  step: string;
  title: string;
  dueDate: string;
}

/** The last stage at which each step is still to do; once the letter moves beyond it the step vanishes. */
const LAST_STAGE_FOR_STEP: Record<LetterStep, LetterStage> = {
  'tell-writer': 'working-together',
  'mid-rotation-feedback': 'working-together',
  'ask-last-week': 'working-together',
  'formal-ask': 'agreed',
  'letter-id-reminder': 'letter-id-sent',
  'confirm-upload': 'letter-id-sent',
};

const CLOSED_STAGES: LetterStage[] = ['declined', 'withdrawn'];

function stageIndex(stage: LetterStage): number {
  const index = LETTER_STAGES.indexOf(stage);
  if (index < 0) throw new Error(`Unknown letter stage "${stage}"`);
  return index;
}

function midRotation(letter: LetterTimelineInput): string | undefined {
  if (!letter.rotationStart) return undefined;
  if (letter.rotationEnd) {
    const span = daysBetween(letter.rotationStart, letter.rotationEnd);
    return span > 0 ? addDays(letter.rotationStart, Math.floor(span / 2)) : undefined;
  }
  if (letter.weeksTogether && letter.weeksTogether > 0) {
    return addDays(letter.rotationStart, Math.floor((letter.weeksTogether * 7) / 2));
  }
  return undefined;
}

/** The rotation's last day: as given, else from the start and the number of weeks. */
function rotationEnd(letter: LetterTimelineInput): string | undefined {
  if (letter.rotationEnd) return letter.rotationEnd;
  if (letter.rotationStart && letter.weeksTogether && letter.weeksTogether > 0)
    return addDays(letter.rotationStart, Math.round(letter.weeksTogether * 7) - 1);
  return undefined;
}

/** The start of the rotation's last week (end − 7 days, never before the start): the time to ask. */
export function lastWeekAsk(letter: LetterTimelineInput): string | undefined {
  const end = rotationEnd(letter);
  if (!end) return undefined;
  const ask = addDays(end, -7);
  return letter.rotationStart && ask < letter.rotationStart ? letter.rotationStart : ask;
}

/** The stable key of a derived letter step. */
export function letterStepKey(letterId: string, step: LetterStep): string {
  return `derived:letter:${letterId}:${step}`;
}

/**
 * The letter steps still ahead for this letter, in date order: from the rotation (tell the writer at the start,
 * mid-rotation feedback at the midpoint, ask in the last week) and back from the target upload date (formal
 * request and packet about a month before, Letter ID reminder a week before, then check the upload).
 */
export function letterTimeline(
  letter: LetterTimelineInput,
  targetUploadDate: string,
  options: TimelineOptions = {},
): DerivedDeadline[] {
  dayNumber(targetUploadDate); // throws a readable error on a malformed date
  const askLead = options.askLeadDays ?? 30;
  const reminderLead = options.reminderLeadDays ?? 7;
  if (CLOSED_STAGES.includes(letter.stage)) return [];
  const current = stageIndex(letter.stage);
  const who = letter.writerName?.trim() || 'the writer';
  const dueDates: Record<LetterStep, string | undefined> = {
    'tell-writer': letter.rotationStart,
    'mid-rotation-feedback': midRotation(letter),
    'ask-last-week': lastWeekAsk(letter),
    'formal-ask': addDays(targetUploadDate, -askLead),
    'letter-id-reminder': addDays(targetUploadDate, -reminderLead),
    'confirm-upload': targetUploadDate,
  };
  const titles: Record<LetterStep, string> = {
    'tell-writer': `Let ${who} know you will ask for a letter`,
    'mid-rotation-feedback': `Ask ${who} for mid-rotation feedback`,
    'ask-last-week': `Ask ${who} for a strong letter in the last week of the rotation`,
    'formal-ask': `Send ${who} the formal request and the packet (CV, personal statement, cases, deadline)`,
    'letter-id-reminder': `Remind ${who} about the upload, with the Letter ID`,
    'confirm-upload': `Check that ${who}'s letter is uploaded`,
  };
  const steps = Object.keys(LAST_STAGE_FOR_STEP) as LetterStep[];
  return steps
    .filter((step) => current <= stageIndex(LAST_STAGE_FOR_STEP[step]) && dueDates[step])
    .map((step) => ({
      key: letterStepKey(letter.id, step),
      kind: 'letter-step' as const,
      source: 'derived' as const,
      relatedId: letter.id,
      step,
      title: titles[step],
      dueDate: dueDates[step]!,
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

export type OutreachStatus = 'sent' | 'replied' | 'positive' | 'declined' | 'no-reply';

/** The fields of an outreach email a follow-up needs. */
export interface OutreachFollowUpInput {
  id: string;
  contactName: string;
  institution?: string;
  sentDate: string;
  status: OutreachStatus;
  /** Dates a follow-up was already sent. */
  followUpDates?: string[];
}

export interface FollowUpOptions {
  /** Days without a reply before following up; kept within 7–10 (default 7). */
  followUpDays?: number;
  /** Follow-ups after which the contact is left alone (default 2). */
  maxFollowUps?: number;
}

/** Keeps the follow-up wait within the polite 7–10 day window. */
export function clampFollowUpDays(days: number | undefined): number {
  if (days === undefined || !Number.isFinite(days)) return 7;
  return Math.min(10, Math.max(7, Math.round(days)));
}

/** The next follow-up for an email still waiting for a reply, or undefined when none is due. */
export function outreachFollowUp(
  outreach: OutreachFollowUpInput,
  options: FollowUpOptions = {},
): DerivedDeadline | undefined {
  if (outreach.status !== 'sent' && outreach.status !== 'no-reply') return undefined;
  const wait = clampFollowUpDays(options.followUpDays);
  // A date recorded twice (an import, a double click) is one follow-up.
  const previous = [...new Set(outreach.followUpDates ?? [])];
  if (previous.length >= (options.maxFollowUps ?? 2)) return undefined;
  // Each follow-up waits the same interval after the last contact: the email, then each follow-up sent.
  const lastContact = [outreach.sentDate, ...previous].reduce((a, b) => (dayNumber(b) > dayNumber(a) ? b : a));
  const n = previous.length + 1;
  const where = outreach.institution?.trim() ? ` (${outreach.institution.trim()})` : '';
  return {
    key: `derived:outreach:${outreach.id}:follow-up-${n}`,
    kind: 'outreach-follow-up',
    source: 'derived',
    relatedId: outreach.id,
    step: `follow-up-${n}`,
    title: `Follow up ${n > 1 ? 'again ' : ''}with ${outreach.contactName}${where}: no reply after ${wait} days`,
    dueDate: addDays(lastContact, wait),
  };
}
