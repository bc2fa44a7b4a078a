/** Outreach: cold emails with status and days since sent, filters, replies, and positive contacts into writers. */
import { useState } from 'react';
import { daysBetween } from '@/lib/calendar/dates';
import {
  markOutreachReply,
  OUTREACH_STATUS_LABELS,
  type Outreach,
  outreachToWriter,
  PURPOSE_LABELS,
  todayIso,
  updateOutreach,
} from '@/lib/db';
import { Funnel, funnelCounts } from './Funnel';
import { write } from './notify';
import type { Tracker } from './useTracker';

type Filter = 'all' | 'no-reply' | 'follow-up';

interface Props {
  tracker: Tracker;
  now: Date;
  onError: (message: string | undefined) => void;
}

/** The Outreach tab. */
export function OutreachView({ tracker, onError }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const today = todayIso();
  const dueFollowUp = new Set(
    tracker.pending
      .filter((d) => d.kind === 'outreach-follow-up' && d.dueDate <= today && d.concerns)
      .map((d) => d.concerns?.id),
  );
  const shown = tracker.outreach.filter((o) =>
    filter === 'all'
      ? true
      : filter === 'no-reply'
        ? o.status === 'sent' || o.status === 'no-reply'
        : dueFollowUp.has(o.id),
  );
  const act = async (action: () => Promise<unknown>) => onError(await write(action));

  return (
    <div className="sl-stack">
      <Funnel counts={funnelCounts(tracker.outreach, tracker.letters)} />
      <label className="sl-inline">
        Show
        <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          <option value="all">All ({tracker.outreach.length})</option>
          <option value="no-reply">No reply yet</option>
          <option value="follow-up">Due for follow-up ({dueFollowUp.size})</option>
        </select>
      </label>
      {shown.length === 0 ? (
        <p className="sl-muted">
          {tracker.outreach.length ? 'Nothing matches this filter.' : 'Log cold emails from the compose window.'}
        </p>
      ) : (
        <ul className="sl-list" aria-label="Outreach emails">
          {shown.map((o) => (
            <OutreachItem key={o.id} outreach={o} today={today} followUp={dueFollowUp.has(o.id)} act={act} />
          ))}
        </ul>
      )}
    </div>
  );
}

interface ItemProps {
  outreach: Outreach;
  today: string;
  followUp: boolean;
  act: (action: () => Promise<unknown>) => Promise<void>;
}

function OutreachItem({ outreach: o, today, followUp, act }: ItemProps) {
  const days = daysBetween(o.sentDate, today);
  const waiting = o.status === 'sent' || o.status === 'no-reply';
  return (
    <li
      className={`sl-row ${followUp ? 'sl-due-due-soon' : ''}`}
      style={{ flexDirection: 'column', alignItems: 'stretch' }}
    >
      <div>
        <strong>{o.contactName}</strong> <span className="sl-meta">{o.institution}</span>
        <div className="sl-meta">
          {OUTREACH_STATUS_LABELS[o.status]} · {PURPOSE_LABELS[o.purpose]} · sent {days} day{days === 1 ? '' : 's'} ago
          {followUp ? ' · follow-up due' : ''}
        </div>
        <label className="sl-inline sl-meta">
          Sent on<span className="sl-sr"> (email to {o.contactName})</span>
          <input
            type="date"
            value={o.sentDate}
            max={today}
            onChange={(e) => {
              // Follow-ups are worked out again from the new date by the background.
              if (e.target.value) void act(() => updateOutreach(o.id, { sentDate: e.target.value }));
            }}
          />
        </label>
      </div>
      <div className="sl-inline">
        {waiting && (
          <>
            <button type="button" onClick={() => act(() => markOutreachReply(o.id, 'positive', today))}>
              Positive reply<span className="sl-sr"> from {o.contactName}</span>
            </button>
            <button type="button" onClick={() => act(() => markOutreachReply(o.id, 'declined', today))}>
              Declined<span className="sl-sr"> by {o.contactName}</span>
            </button>
          </>
        )}
        {o.status === 'positive' && !o.positionStartedDate && (
          <button type="button" onClick={() => act(() => updateOutreach(o.id, { positionStartedDate: today }))}>
            Position started
          </button>
        )}
        {o.status === 'positive' && !o.writerId && (
          <button type="button" onClick={() => act(() => outreachToWriter(o.id))}>
            Make {o.contactName} a writer
          </button>
        )}
        {o.writerId && <span className="sl-meta">In your writers</span>}
      </div>
    </li>
  );
}
