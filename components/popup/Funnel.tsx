/** The outreach funnel picture: sent → replied → positive → position started → letter, with the reply rate. */
import { type FunnelCounts, replyRateText } from '@/lib/core/outreach/funnel';

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
