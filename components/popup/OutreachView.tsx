/**
 * Outreach: cold emails grouped by week (follow-ups due first) with counts, filters, replies, and positive
 * contacts into writers.
 */
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { daysBetween } from '@/lib/core/calendar/dates';
import { funnelCounts } from '@/lib/core/outreach/funnel';
import { groupOutreachByWeek, type OutreachGroup } from '@/lib/core/outreach/weeks';
import {
  markOutreachReply,
  OUTREACH_PURPOSES,
  OUTREACH_STATUS_LABELS,
  type Outreach,
  type OutreachPurpose,
  outreachToWriter,
  PURPOSE_LABELS,
  recordFollowUp,
  todayIso,
  updateOutreach,
  ValidationError,
} from '@/lib/data';
import { Funnel } from './Funnel';
import { write } from './notify';
import { ShowMore } from './ShowMore';
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
      .map((d) => d.concerns?.id ?? ''),
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
        <OutreachWeeks
          groups={groupOutreachByWeek(shown, today, dueFollowUp)}
          today={today}
          dueFollowUp={dueFollowUp}
          act={act}
        />
      )}
    </div>
  );
}

/** Weeks shown before "Show older weeks"; the follow-ups due group is always shown. */
const WEEKS_SHOWN = 3;
/** Emails shown in each group before "Show all". */
const ITEMS_SHOWN = 5;

interface WeeksProps {
  groups: OutreachGroup[];
  today: string;
  dueFollowUp: Set<string>;
  act: (action: () => Promise<unknown>) => Promise<void>;
}

/** One headed list per group, with its counts; older weeks wait behind a button so the tab stays short. */
function OutreachWeeks({ groups, today, dueFollowUp, act }: WeeksProps) {
  const [allWeeks, setAllWeeks] = useState(false);
  const limit = WEEKS_SHOWN + (groups[0]?.key === 'follow-up' ? 1 : 0);
  const shown = allWeeks ? groups : groups.slice(0, limit);
  return (
    <section className="sl-stack" aria-label="Outreach emails">
      {shown.map((group) => {
        const headingId = `outreach-week-${group.key}`;
        return (
          <section key={group.key} aria-labelledby={headingId} className="sl-week">
            <h3 id={headingId} className={group.key === 'follow-up' ? 'sl-week-title sl-week-due' : 'sl-week-title'}>
              <span>{group.label}</span>{' '}
              <span className="sl-week-counts">
                {group.sent} email{group.sent === 1 ? '' : 's'}
                {group.key === 'follow-up' ? '' : ` · ${group.replied} repl${group.replied === 1 ? 'y' : 'ies'}`}
              </span>
            </h3>
            <ul className="sl-list">
              <ShowMore
                limit={ITEMS_SHOWN}
                label={
                  group.key === 'follow-up' ? 'emails due a follow-up' : `emails from ${group.label.toLowerCase()}`
                }
                items={group.outreach.map((o) => (
                  <OutreachItem key={o.id} outreach={o} today={today} followUp={dueFollowUp.has(o.id)} act={act} />
                ))}
              />
            </ul>
          </section>
        );
      })}
      {groups.length > limit && (
        <button type="button" onClick={() => setAllWeeks(!allWeeks)}>
          {allWeeks
            ? 'Show fewer weeks'
            : `Show ${groups.length - limit} older week${groups.length - limit === 1 ? '' : 's'}`}
        </button>
      )}
    </section>
  );
}

interface ItemProps {
  outreach: Outreach;
  today: string;
  followUp: boolean;
  act: (action: () => Promise<unknown>) => Promise<void>;
}

function OutreachItem({ outreach: o, today, followUp, act }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const days = daysBetween(o.sentDate, today);
  const waiting = o.status === 'sent' || o.status === 'no-reply';
  const followUps = o.followUpDates.length;
  const closeEdit = () => {
    setEditing(false);
    // Back to the Edit button, so keyboard users keep their place in the list.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <li
      className={`sl-row ${followUp ? 'sl-due-due-soon' : ''}`}
      style={{ flexDirection: 'column', alignItems: 'stretch' }}
    >
      <div>
        <strong>{o.contactName}</strong> <span className="sl-meta">{o.institution}</span>
        <div className="sl-meta">
          {OUTREACH_STATUS_LABELS[o.status]} · {PURPOSE_LABELS[o.purpose]} · sent {days} day{days === 1 ? '' : 's'} ago
          {followUps ? ` · followed up ${followUps === 1 ? 'once' : `${followUps} times`}` : ''}
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
        {followUp && waiting && (
          <button type="button" onClick={() => act(() => recordFollowUp(o.id, today))}>
            Followed up<span className="sl-sr"> with {o.contactName}</span>
          </button>
        )}
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
        <button
          ref={editButton}
          type="button"
          aria-expanded={editing}
          onClick={() => (editing ? closeEdit() : setEditing(true))}
        >
          Edit<span className="sl-sr"> email to {o.contactName}</span>
        </button>
      </div>
      {editing && <OutreachEdit outreach={o} onDone={closeEdit} />}
    </li>
  );
}

type EditField = 'contactName' | 'email' | 'institution' | 'department' | 'subject';
const EDIT_FIELDS: [EditField, string, string?][] = [
  ['contactName', 'Name'],
  ['email', 'Email', 'email'],
  ['institution', 'Institution'],
  ['department', 'Department'],
  ['subject', 'Subject'],
];

/**
 * Edits who an outreach email went to and what it was about. A refused value keeps everything typed
 * (nothing is stored until every field is valid) and is named in the message and marked on its field.
 */
export function OutreachEdit({ outreach, onDone }: { outreach: Outreach; onDone: () => void }) {
  const [values, setValues] = useState<Record<EditField, string>>({
    contactName: outreach.contactName,
    email: outreach.email ?? '',
    institution: outreach.institution ?? '',
    department: outreach.department ?? '',
    subject: outreach.subject ?? '',
  });
  const [purpose, setPurpose] = useState<OutreachPurpose>(outreach.purpose);
  // The email's text is never taken from the compose window; it is kept only when the user pastes it here.
  const [body, setBody] = useState(outreach.body ?? '');
  const [error, setError] = useState<string>();
  const [invalid, setInvalid] = useState<string[]>([]);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    let fields: string[] = [];
    const problem = await write(async () => {
      try {
        await updateOutreach(outreach.id, {
          contactName: values.contactName,
          email: values.email.trim() || null,
          institution: values.institution.trim() || null,
          department: values.department.trim() || null,
          subject: values.subject.trim() || null,
          purpose,
          body: body.trim() ? body : null,
        });
      } catch (caught) {
        if (caught instanceof ValidationError) fields = caught.problems.map((p) => p.field);
        throw caught;
      }
    });
    setError(problem);
    setInvalid(fields);
    if (!problem) onDone();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDone();
    }
  };
  const id = (name: string) => `${outreach.id}-edit-${name}`;

  return (
    <form
      className="sl-form"
      onSubmit={save}
      onKeyDown={onKeyDown}
      aria-label={`Edit the email to ${outreach.contactName}`}
      noValidate
    >
      {EDIT_FIELDS.map(([field, label, type], index) => (
        <label key={field} htmlFor={id(field)}>
          {label}
          <input
            ref={index === 0 ? first : undefined}
            id={id(field)}
            type={type ?? 'text'}
            value={values[field]}
            required={field === 'contactName'}
            aria-invalid={invalid.includes(field) || undefined}
            aria-describedby={invalid.includes(field) ? id('error') : undefined}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          />
        </label>
      ))}
      <label htmlFor={id('purpose')}>
        Purpose
        <select id={id('purpose')} value={purpose} onChange={(e) => setPurpose(e.target.value as OutreachPurpose)}>
          {OUTREACH_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {PURPOSE_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={id('body')}>
        Message text (optional: kept only if you paste it here)
        <textarea
          id={id('body')}
          rows={3}
          value={body}
          aria-invalid={invalid.includes('body') || undefined}
          onChange={(e) => setBody(e.target.value)}
        />
      </label>
      {error && (
        <p id={id('error')} role="alert" className="sl-error">
          {error}
        </p>
      )}
      <div className="sl-inline">
        <button type="submit" className="sl-primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
