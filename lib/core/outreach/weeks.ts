/** Outreach emails grouped for reading: follow-ups due first, then one group per week sent, newest week first. */
import { addDays, daysBetween, weekday } from '@/lib/core/calendar/dates';
import type { Outreach } from '@/lib/core/model/schema';
import { hasReplied } from './funnel';

export interface OutreachGroup {
  /** `follow-up` or the Monday starting the week, YYYY-MM-DD. */
  key: string;
  /** "Follow-up due", "This week", "Last week", "Week of Nov 2". */
  label: string;
  outreach: Outreach[];
  /** Emails in the group and how many of them got any answer. */
  sent: number;
  replied: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The Monday on or before the date. */
export function weekStart(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

function weekLabel(monday: string, today: string): string {
  const weeksAgo = Math.round(daysBetween(monday, weekStart(today)) / 7);
  if (weeksAgo === 0) return 'This week';
  if (weeksAgo === 1) return 'Last week';
  const [year, month, day] = monday.split('-').map(Number);
  const sameYear = year === Number(today.slice(0, 4));
  return `Week of ${MONTHS[month - 1]} ${day}${sameYear ? '' : `, ${year}`}`;
}

function group(key: string, label: string, outreach: Outreach[]): OutreachGroup {
  return { key, label, outreach, sent: outreach.length, replied: outreach.filter(hasReplied).length };
}

/** Groups emails: those whose follow-up is due first (oldest first), then by week sent, newest week and email first. */
export function groupOutreachByWeek(
  outreach: Outreach[],
  today: string,
  followUpDue: ReadonlySet<string>,
): OutreachGroup[] {
  const due = outreach.filter((o) => followUpDue.has(o.id)).sort((a, b) => a.sentDate.localeCompare(b.sentDate));
  const weeks = new Map<string, Outreach[]>();
  for (const o of outreach) {
    if (followUpDue.has(o.id)) continue;
    const monday = weekStart(o.sentDate);
    weeks.set(monday, [...(weeks.get(monday) ?? []), o]);
  }
  const byWeek = [...weeks.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([monday, emails]) =>
      group(
        monday,
        weekLabel(monday, today),
        emails.sort((a, b) => b.sentDate.localeCompare(a.sentDate)),
      ),
    );
  return due.length ? [group('follow-up', 'Follow-up due', due), ...byWeek] : byWeek;
}
