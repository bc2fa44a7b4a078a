/** The outreach funnel: sent → replied → positive → position started → letter, and how the reply rate reads. */
import type { Letter, LetterStage, Outreach } from '@/lib/core/model/schema';
import { STAGE_PATH } from '@/lib/core/model/schema';

export interface FunnelCounts {
  sent: number;
  replied: number;
  positive: number;
  started: number;
  letter: number;
}

/** Letter stages from "agreed" on: the writer said yes (declined and withdrawn letters do not count). */
const AGREED_OR_LATER = new Set<LetterStage>(STAGE_PATH.slice(STAGE_PATH.indexOf('agreed')));

/** True once the contact answered at all (a reply, a yes or a no). */
export function hasReplied(outreach: Pick<Outreach, 'status'>): boolean {
  return outreach.status === 'replied' || outreach.status === 'positive' || outreach.status === 'declined';
}

/**
 * Counts each step of the funnel; a later step always counts in the earlier ones. "Letter" counts the
 * positive contacts who became a writer (linked by the outreach's writerId) with a letter at least agreed.
 */
export function funnelCounts(outreach: Outreach[], letters: Letter[]): FunnelCounts {
  const writersWithLetters = new Set(
    letters.filter((letter) => AGREED_OR_LATER.has(letter.stage)).map((letter) => letter.writerId),
  );
  const positive = outreach.filter((o) => o.status === 'positive');
  return {
    sent: outreach.length,
    replied: outreach.filter(hasReplied).length,
    positive: positive.length,
    started: positive.filter((o) => o.positionStartedDate).length,
    letter: positive.filter((o) => o.writerId && writersWithLetters.has(o.writerId)).length,
  };
}

/** How the reply rate reads: cold email usually gets a few replies per hundred, so small numbers are progress. */
export function replyRateText({ sent, replied }: FunnelCounts): string {
  if (sent === 0) return 'Log your first outreach email to see your funnel.';
  const rate = Math.round((replied / sent) * 100);
  const base = `${replied} repl${replied === 1 ? 'y' : 'ies'} from ${sent} email${sent === 1 ? '' : 's'} (${rate}%).`;
  if (replied === 0 && sent < 20) return `${base} Replies often take 30 or more emails to start; keep sending.`;
  if (rate <= 10) return `${base} A few replies per hundred is typical for cold email: you are on track, keep going.`;
  return `${base} That is better than usual for cold email.`;
}
