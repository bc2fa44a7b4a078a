/** The outreach funnel picture: sent → replied → positive → position started → letter, with the reply rate. */
import { type Letter, type LetterStage, type Outreach, STAGE_PATH } from '@/lib/data';

export interface FunnelCounts {
  sent: number;
  replied: number;
  positive: number;
  started: number;
  letter: number;
}

/** Letter stages from "agreed" on: the writer said yes (declined and withdrawn letters do not count). */
const AGREED_OR_LATER = new Set<LetterStage>(STAGE_PATH.slice(STAGE_PATH.indexOf('agreed')));

/**
 * Counts each step of the funnel; a later step always counts in the earlier ones. "Letter" counts the
 * positive contacts who became a writer (linked by the outreach's writerId) with a letter at least agreed.
 */
export function funnelCounts(outreach: Outreach[], letters: Letter[]): FunnelCounts {
  const writersWithLetters = new Set(
    letters.filter((letter) => AGREED_OR_LATER.has(letter.stage)).map((letter) => letter.writerId),
  );
  const replied = outreach.filter((o) => o.status === 'replied' || o.status === 'positive' || o.status === 'declined');
  const positive = outreach.filter((o) => o.status === 'positive');
  return {
    sent: outreach.length,
    replied: replied.length,
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

const STEPS: [keyof FunnelCounts, string][] = [
  ['sent', 'Sent'],
  ['replied', 'Replied'],
  ['positive', 'Positive'],
  ['started', 'Position started'],
  ['letter', 'Letter'],
];

/** The funnel as horizontal bars. */
export function Funnel({ counts }: { counts: FunnelCounts }) {
  const widest = Math.max(counts.sent, 1);
  return (
    <figure className="sl-card" aria-labelledby="funnel-caption" style={{ margin: 0 }}>
      <div className="sl-funnel">
        {STEPS.map(([key, label]) => (
          <div key={key} className="sl-funnel-row">
            <span>{label}</span>
            <span className="sl-bar" style={{ width: `${(counts[key] / widest) * 100}%` }} aria-hidden="true" />
            <span>{counts[key]}</span>
          </div>
        ))}
      </div>
      <figcaption id="funnel-caption" className="sl-meta">
        {replyRateText(counts)}
      </figcaption>
    </figure>
  );
}
