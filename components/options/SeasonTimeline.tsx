/** The season as a picture: one column per month from January before the cycle to the March Match, with deadlines and letter stages. */
import { type Deadline, type Letter, STAGE_LABELS, todayIso, type Writer } from '@/lib/data';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Mark {
  date: string;
  label: string;
  type: 'deadline' | 'done' | 'letter';
}

/**
 * The season's months as YYYY-MM keys: January of the year before the Match to March of the Match year,
 * starting earlier when today is earlier (so this month's deadlines are on the picture too).
 */
export function seasonMonths(cycleYear: number, today: string = todayIso().slice(0, 7)): string[] {
  const [todayYear, todayMonth] = today.split('-').map(Number);
  let year = cycleYear - 1;
  let month = 1;
  const todayIndex = todayYear * 12 + todayMonth;
  const seasonStart = year * 12 + month;
  if (todayIndex < seasonStart && seasonStart - todayIndex <= 12) {
    year = todayYear;
    month = todayMonth;
  }
  const months: string[] = [];
  while (year * 12 + month <= cycleYear * 12 + 3) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

interface Props {
  cycleYear: number;
  deadlines: Deadline[];
  letters: Letter[];
  writers: Writer[];
}

export function SeasonTimeline({ cycleYear, deadlines, letters, writers }: Props) {
  const months = seasonMonths(cycleYear);
  const names = new Map(writers.map((w) => [w.id, w.name]));
  const byMonth = new Map<string, Mark[]>(months.map((m) => [m, []]));
  for (const d of deadlines) {
    if (d.hidden) continue;
    byMonth.get(d.dueDate.slice(0, 7))?.push({ date: d.dueDate, label: d.title, type: d.done ? 'done' : 'deadline' });
  }
  for (const letter of letters) {
    for (const [stage, date] of Object.entries(letter.stageDates)) {
      if (!date) continue;
      const who = names.get(letter.writerId) ?? 'A writer';
      const label = `${who}: ${STAGE_LABELS[stage as keyof typeof STAGE_LABELS]}`;
      byMonth.get(date.slice(0, 7))?.push({ date, label, type: 'letter' });
    }
  }
  const today = todayIso().slice(0, 7);
  return (
    <figure className="sl-timeline-figure">
      <figcaption>
        Season for the {cycleYear} Match, month by month. Squares are deadlines (crossed when done), circles are letter
        stages reached.
      </figcaption>
      <ol className="sl-timeline">
        {months.map((month) => {
          const marks = (byMonth.get(month) ?? []).sort((a, b) => a.date.localeCompare(b.date));
          const [year, mm] = month.split('-');
          return (
            <li key={month} className={month === today ? 'sl-month sl-now' : 'sl-month'} data-month={month}>
              <h4>
                {MONTHS[Number(mm) - 1]} <span className="sl-muted">{year}</span>
              </h4>
              <ul>
                {marks.map((mark, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: marks are rebuilt each render from sorted data
                  <li key={index} className={`sl-mark sl-${mark.type}`}>
                    <span aria-hidden="true" className="sl-dot" />
                    <span>
                      {Number(mark.date.slice(8))} · {mark.label}
                      {mark.type === 'done' ? <span className="sl-sr"> (done)</span> : null}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
