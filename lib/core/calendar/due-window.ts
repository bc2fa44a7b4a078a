/**
 * The calendar side of the badge query: today's date in a zone, and the calendar day a timed deadline
 * falls on for the user. Intl only, no date library.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(instant: number, timeZone: string): number[] {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = Number(part.value);
  return [parts.year, parts.month, parts.day, parts.hour % 24, parts.minute];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar date (YYYY-MM-DD) a zone's clocks show at an instant. */
export function dateIn(instant: number, timeZone: string): string {
  const [y, m, d] = partsIn(instant, timeZone);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The instant a wall-clock time (`date` at `time`) happens in `timeZone` (close enough around DST changes). */
export function instantOf(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const [gy, gm, gd, gh, gmin] = partsIn(guess, timeZone);
    guess += wall - Date.UTC(gy, gm - 1, gd, gh, gmin);
  }
  return guess;
}

/** Adds whole days to a calendar date. */
export function plusDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The calendar day a deadline falls on for a user in `userZone`; all-day deadlines never move. */
export function localDueDate(
  deadline: { dueDate: string; dueTime?: string; timeZone?: string },
  userZone: string,
): string {
  if (!deadline.dueTime || !deadline.timeZone || deadline.timeZone === userZone) return deadline.dueDate;
  return dateIn(instantOf(deadline.dueDate, deadline.dueTime, deadline.timeZone), userZone);
}
